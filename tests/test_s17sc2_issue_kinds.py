"""A summary's missed constraint shows as a broken constraint, whatever its kind."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import IssueKind
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

_DAY = 480


def _phase(kind: ConstraintType, when: datetime) -> Plan:
    """Prep (5d) -> Phase [A]: the phase starts Mon 03-09, finishes Tue 03-10."""
    plan = Plan(project=Project(name="Phase", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Prep", 1, duration_minutes=5 * _DAY))
    plan.append_task(Task(2, "Phase", 1, constraint_type=kind, constraint_date=when))
    plan.append_task(Task(3, "A", 2, duration_minutes=2 * _DAY))
    plan.add_link(Link(1, 2))
    return plan


@pytest.mark.parametrize(
    "kind",
    [ConstraintType.MSO, ConstraintType.SNLT, ConstraintType.MFO, ConstraintType.FNLT],
)
def test_s17sc2_a_summarys_missed_constraint_is_a_broken_constraint(kind):
    times = schedule(_phase(kind, datetime(2026, 3, 4, 8, 0)))
    kinds = [i.kind for i in times.issues if i.task_uid == 2]
    assert kinds == [IssueKind.CONSTRAINT_BROKEN]
