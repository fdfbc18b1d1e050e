"""Property: an assignment's own pieces hold exactly its work, in order, inside its task's
working parts, and end early only when its need is shorter than the task."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour, assignment_pieces, own_need
from app.domain.worktime import WorkTime, from_minutes, to_minutes

WT = WorkTime.for_calendar(standard_calendar(), {})
START = datetime(2026, 1, 5, 8)


def _parts(lengths: list[int], gaps: list[int]) -> list[tuple[datetime, datetime]]:
    """Working parts of ``lengths`` working minutes with ``gaps`` working minutes between."""
    out = []
    at = WT.index(to_minutes(START))
    for length, gap in zip(lengths, gaps, strict=True):
        out.append((from_minutes(WT.at_start(at)), from_minutes(WT.at_end(at + length))))
        at += length + gap
    return out


@settings(max_examples=150, deadline=None)
@given(
    contour=st.sampled_from(list(WorkContour)),
    work=st.integers(1, 20_000),
    units=st.floats(0.1, 2.0),
    lengths=st.lists(st.integers(1, 4000), min_size=1, max_size=3),
    gap=st.integers(1, 2000),
    done_share=st.floats(0.0, 1.0),
    stretch=st.floats(0.3, 2.0),
)
def test_pieces_hold_the_work_in_order_inside_the_parts(
    contour, work, units, lengths, gap, done_share, stretch
):
    parts = _parts(lengths, [gap] * len(lengths))
    total = sum(lengths)
    need = own_need(work, units, contour)
    duration = max(1, round(need * stretch))
    pieces = assignment_pieces(parts, WT, work, units, contour, duration, work * done_share)
    assert sum(w for _, _, w, _ in pieces) == pytest.approx(work)
    assert all(s < f for s, f, _, _ in pieces)
    assert all(a[1] <= b[0] for a, b in pairwise(pieces))
    for s, f, _, _ in pieces:
        assert any(ps <= s and f <= pf for ps, pf in parts)
    assert pieces[0][0] == parts[0][0]
    own = WT.between(pieces[0][0], pieces[-1][1]) - gap * sum(
        1 for ps, _ in parts[1:] if ps < pieces[-1][1]
    )
    if need < duration - 1 - 0.5 / (units * contour.mean) and need < total:
        assert own == pytest.approx(round(need), abs=1)  # its own length, not the task's
    else:
        assert pieces[-1][1] == parts[-1][1] or own == total
    assert all(u >= 0 for *_, u in pieces)
