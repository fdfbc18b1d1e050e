"""Bar geometry and arrow routing (pure numbers, no Qt)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baseline import BaselineEntry
from app.domain.link import LinkType
from app.domain.schedule import TaskTimes
from app.domain.task import Task
from app.report.arrows import STUB, Head, route
from app.report.bars import BarKind, bar_geometry
from app.report.timescale import Timescale, level_named

TS = Timescale(datetime(2026, 1, 5), 26.0, level_named("days"))  # 26 px a day
ROW = 20.0


def _times(start, finish, **kw):
    return TaskTimes(start, finish, 480, start, finish, start, finish, **kw)


def _bar(uid, start, finish, row, **kw):
    task = Task(uid, f"T{uid}", percent_complete=kw.pop("pct", 0.0), milestone=kw.pop("ms", False))
    at = kw.pop("at", None)  # its progress point (complete through)
    times = _times(start, finish, **kw)
    return bar_geometry(task, times, TS, row * ROW, ROW, summary=False, progress_at=at)


def test_task_bar_spans_its_dates_and_sits_inside_its_row():
    g = _bar(1, datetime(2026, 1, 6), datetime(2026, 1, 8), 2, pct=50, at=datetime(2026, 1, 7))
    assert g.kind is BarKind.TASK
    assert g.x0 == pytest.approx(26)
    assert g.x1 == pytest.approx(78)
    assert 40 < g.top < g.bottom < 60
    assert g.progress_x == pytest.approx(52)  # at its progress point


def test_milestone_is_a_diamond_centred_on_its_date():
    d = datetime(2026, 1, 7)
    g = _bar(1, d, d, 0, ms=True)
    assert g.kind is BarKind.MILESTONE
    assert (g.x0 + g.x1) / 2 == pytest.approx(TS.x_of(d))


def test_summary_bracket_and_baseline_and_slack():
    task = Task(9, "Phase")
    times = _times(datetime(2026, 1, 5), datetime(2026, 1, 9), summary=True)
    g = bar_geometry(task, times, TS, 0, ROW, summary=True, progress_at=None)
    assert g.kind is BarKind.SUMMARY
    late = TaskTimes(
        datetime(2026, 1, 5), datetime(2026, 1, 6), 480, datetime(2026, 1, 5),
        datetime(2026, 1, 6), datetime(2026, 1, 7), datetime(2026, 1, 8), total_slack_minutes=960,
    )  # fmt: skip
    base = BaselineEntry(1, datetime(2026, 1, 6), datetime(2026, 1, 7))
    g = bar_geometry(
        Task(1),
        late,
        TS,
        0,
        ROW,
        summary=False,
        progress_at=None,
        baseline=base,
        show_baseline=True,
    )
    assert g.baseline == (pytest.approx(26), pytest.approx(52))
    assert g.slack_x1 == pytest.approx(TS.x_of(datetime(2026, 1, 8)))


def test_fs_arrow_runs_right_then_drops_into_the_successor():
    a = _bar(1, datetime(2026, 1, 5), datetime(2026, 1, 6), 0)
    b = _bar(2, datetime(2026, 1, 8), datetime(2026, 1, 9), 2)
    path = route(LinkType.FS, a, b, ROW)
    assert path.points[0] == (a.x1, a.mid_y)
    assert path.points[-1][1] == b.top  # enters from above
    assert path.head is Head.DOWN
    assert a.x1 < path.points[-1][0] < b.x1


def test_fs_arrow_detours_when_the_successor_starts_earlier():
    a = _bar(1, datetime(2026, 1, 5), datetime(2026, 1, 8), 0)
    b = _bar(2, datetime(2026, 1, 6), datetime(2026, 1, 9), 1)
    path = route(LinkType.FS, a, b, ROW)
    xs = [x for x, _ in path.points]
    assert path.head is Head.RIGHT
    assert path.points[-1] == (b.x0, b.mid_y)
    assert max(xs) == pytest.approx(a.x1 + STUB)  # out of the end first
    assert min(xs) == pytest.approx(b.x0 - STUB)  # back round to the start
    lane = path.points[2][1]
    assert a.bottom < lane < b.top  # runs between the rows, not through a bar


def test_upward_arrows_enter_from_below():
    a = _bar(1, datetime(2026, 1, 5), datetime(2026, 1, 6), 3)
    b = _bar(2, datetime(2026, 1, 8), datetime(2026, 1, 9), 1)
    path = route(LinkType.FS, a, b, ROW)
    assert path.head is Head.UP
    assert path.points[-1][1] == b.bottom


@pytest.mark.parametrize(
    ("kind", "head", "end"),
    [
        (LinkType.SS, Head.RIGHT, "x0"),
        (LinkType.FF, Head.LEFT, "x1"),
        (LinkType.SF, Head.LEFT, "x1"),
    ],
)
def test_other_link_types_end_on_the_right_edge(kind, head, end):
    a = _bar(1, datetime(2026, 1, 6), datetime(2026, 1, 8), 0)
    b = _bar(2, datetime(2026, 1, 7), datetime(2026, 1, 9), 1)
    path = route(kind, a, b, ROW)
    assert path.head is head
    assert path.points[-1] == (getattr(b, end), b.mid_y)
