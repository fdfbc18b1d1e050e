"""The status report's phase picture stays inside the width it is given.

The end mark of the last summary bar (and a milestone's diamond on the last day)
stuck out past the right edge of the page's text block and was clipped.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QPainter, QPicture

from app.domain.status_lines import PhaseLine
from app.report.status_chart import NAME_SHARE, paint_phase_chart

JAN = datetime(2027, 1, 4, 8, 0)
END = datetime(2027, 6, 1, 0, 0)  # a midnight finish: the very end of the scale
WIDTH = 500.0


def _row(uid: int, start: datetime, finish: datetime, summary: bool, milestone: bool) -> PhaseLine:
    return PhaseLine(
        uid=uid,
        name=f"Row {uid}",
        level=1,
        start=start,
        finish=finish,
        baseline_start=None,
        baseline_finish=None,
        percent_complete=0.0,
        summary=summary,
        milestone=milestone,
        critical=False,
    )


@pytest.mark.parametrize(
    "rows",
    [
        [_row(1, JAN, END, summary=True, milestone=False)],
        [_row(1, JAN, END, summary=False, milestone=False), _row(2, END, END, False, True)],
    ],
)
def test_the_bars_end_marks_stay_inside_the_chart(qapp, rows):
    picture = QPicture()
    painter = QPainter(picture)
    paint_phase_chart(painter, 0.0, WIDTH, rows, datetime(2030, 1, 1))
    painter.end()
    drawn = picture.boundingRect()
    assert drawn.right() <= WIDTH
    assert drawn.left() >= 0


def test_the_first_bars_mark_does_not_reach_into_the_percent_column(qapp):
    rows = [_row(1, JAN, END, summary=True, milestone=False)]
    bars = QPicture()
    painter = QPainter(bars)
    # Paint the bars only: a picture with the names cut off, so the left edge is the bars'.
    painter.setClipRect(WIDTH * NAME_SHARE - 10, 14, WIDTH, 12)
    paint_phase_chart(painter, 0.0, WIDTH, rows, datetime(2030, 1, 1))
    painter.end()
    assert bars.boundingRect().left() >= WIDTH * NAME_SHARE
