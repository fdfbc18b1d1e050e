"""A returned workbook that deletes a recurring task, undone: the pattern comes back too."""

from __future__ import annotations

from datetime import date

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.diff import diff_plans
from app.domain.merge import apply_changes, copy_plan, revert
from app.domain.plan import Plan
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.task import Task

WEEKLY = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (0,), occurrences=2), date(2026, 3, 2), None, 60
)


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", 1, duration_minutes=480))
    plan.append_task(Task(2, "Status meeting", 1, duration_minutes=0))
    plan.append_task(Task(3, "Status meeting 1", 2, duration_minutes=60))
    plan.append_task(Task(4, "Status meeting 2", 2, duration_minutes=60))
    plan.set_recurrence(2, WEEKLY)
    return plan


def test_a_copy_keeps_the_patterns():
    plan = _plan()
    assert copy_plan(plan).recurrences == {2: WEEKLY}


def test_undoing_a_deletion_taken_from_a_client_gives_the_pattern_back():
    plan = _plan()
    theirs = copy_plan(plan)
    theirs.remove_tasks([2, 3, 4])
    applied = apply_changes(plan, theirs, diff_plans(plan, theirs))
    assert not plan.has_task(2)
    assert plan.recurrences == {}
    revert(plan, applied)
    assert [t.name for t in plan.tasks] == [
        "Design",
        "Status meeting",
        "Status meeting 1",
        "Status meeting 2",
    ]
    assert plan.recurrences == {2: WEEKLY}


def test_the_workbook_snapshot_keeps_the_patterns():
    from app.io.plan_snapshot import plan_from_json, plan_to_json

    plan = _plan()
    again = plan_from_json(plan_to_json(plan))
    assert again.recurrences == {2: WEEKLY}


def test_a_snapshot_written_before_recurring_tasks_still_reads():
    import json

    from app.io.plan_snapshot import plan_from_json, plan_to_json

    body = json.loads(plan_to_json(_plan()))
    del body["recurrences"]
    assert plan_from_json(json.dumps(body)).recurrences == {}


def test_the_leveling_copy_keeps_the_patterns():
    from app.domain.leveling import without_leveling

    assert without_leveling(_plan()).recurrences == {2: WEEKLY}
