"""A task marked Milestone with a duration draws its diamond at its finish (was a known
defect: it drew at its start).

Found building a plan as an MS Project user: 'Sign-off' (2 days, ticked Milestone in
Task Information, as a PM does for a review meeting that ends in the sign-off) drew
its diamond on Monday morning, when the review starts. MS Project's Milestone bar style
runs From Finish To Finish: the diamond sits where the sign-off happens, at the
task's finish. Lives in app/report/bars.py (bar_geometry).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.bars import BarKind, bar_geometry
from app.report.timescale import Timescale, level_named


def test_a_milestone_with_a_duration_is_drawn_at_its_finish():
    plan = Plan(project=Project(name="Sign-off", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Sign-off", 1, duration_minutes=2 * 480, milestone=True))
    times = schedule(plan)[1]
    scale = Timescale.at_level(datetime(2026, 3, 1), level_named("days"))
    geom = bar_geometry(plan.tasks[0], times, scale, 0, 20, summary=False, progress_at=None)
    assert geom.kind is BarKind.MILESTONE
    assert (geom.x0 + geom.x1) / 2 == pytest.approx(scale.x_of(times.finish))
