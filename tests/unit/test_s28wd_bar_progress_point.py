"""A Gantt bar's progress ends at the task's progress point (complete through, on its
calendar) and nowhere else: the old share-of-span fallback, used only when a caller gave no
point, ended a task under way across a weekend inside the weekend. Every caller now says
where the point is (None: the task is not under way), and the drag's inverse is the chart's
(ProgressPoints.percent_at), so neither bars.progress_for_x nor the fallback is left."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.schedule import TaskTimes
from app.domain.task import Task
from app.report import bars
from app.report.timescale import Timescale, level_named

TS = Timescale(datetime(2026, 1, 5), 26.0, level_named("days"))
START, FINISH = datetime(2026, 1, 8, 8), datetime(2026, 1, 13, 17)  # Thu to Tue, a weekend in


def _times():
    return TaskTimes(START, FINISH, 4 * 480, START, FINISH, START, FINISH)


def test_s28wd_a_bar_needs_its_progress_point():
    task = Task(1, "Pour", percent_complete=50.0)
    with pytest.raises(TypeError):
        bars.bar_geometry(task, _times(), TS, 0, 20.0, summary=False)  # type: ignore[call-arg]
    assert not hasattr(bars, "progress_for_x")


def test_s28wd_the_bar_ends_at_the_point_never_at_a_share_of_its_span():
    task = Task(1, "Pour", percent_complete=50.0)
    friday = datetime(2026, 1, 9, 17)  # 2 of 4 working days done
    g = bars.bar_geometry(task, _times(), TS, 0, 20.0, summary=False, progress_at=friday)
    assert g.progress_x == pytest.approx(TS.x_of(friday))
    no_point = bars.bar_geometry(task, _times(), TS, 0, 20.0, summary=False, progress_at=None)
    assert no_point.progress_x == pytest.approx(no_point.x0)  # not half the span (Sunday)
    done = Task(1, "Pour", percent_complete=100.0)
    full = bars.bar_geometry(done, _times(), TS, 0, 20.0, summary=False, progress_at=None)
    assert full.progress_x == pytest.approx(full.x1)
