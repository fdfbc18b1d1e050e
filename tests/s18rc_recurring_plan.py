"""A plan with a recurring task whose occurrences each have Bob at his own units, and
Ann on the recurring task's summary itself (as an old file has her), for the s18rc tests."""

from __future__ import annotations

from datetime import date, datetime, time

from app.domain.calendar import Recurrence, RecurrenceKind, standard_calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.worktime import WorkTime

ANN, BOB, CLEO, CEMENT = 1, 2, 3, 4
SYNC_UID = 2
BOB_UNITS = (0.25, 0.5, 0.75, 1 / 3)
SYNC = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=4),
    date(2026, 3, 2),
    duration_minutes=60,
)


def recurring_plan(ann_on_summary: bool = True) -> Plan:
    cal = standard_calendar(1)
    wt = WorkTime.for_calendar(cal, {1: cal})
    occurrences = occurrence_tasks(SYNC, "Sync", 4, 2, time(9, 0), wt)
    plan = Plan(
        project=Project(name="Lab", start=datetime(2026, 3, 2, 8, 0)),
        tasks=[Task(1, "Build", duration_minutes=10 * 480), Task(SYNC_UID, "Sync"), *occurrences],
    )
    plan.set_recurrence(SYNC_UID, SYNC)
    plan.add_resource(Resource(ANN, "Ann"))
    plan.add_resource(Resource(BOB, "Bob"))
    plan.add_resource(Resource(CLEO, "Cleo"))
    plan.add_resource(Resource(CEMENT, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    for k, (uid, units) in enumerate(zip(occurrence_uids_of(plan), BOB_UNITS, strict=True)):
        plan.add_assignment(
            Assignment(10 + k, uid, BOB, units=units, work_minutes=round(60 * units))
        )
    if ann_on_summary:
        plan.add_assignment(Assignment(30, SYNC_UID, ANN, units=1.0, work_minutes=240))
    return plan


def occurrence_uids_of(plan: Plan) -> list[int]:
    return [t.uid for t in plan.children(SYNC_UID)]


def units_on(plan: Plan, task_uid: int) -> dict[int, float]:
    return {a.resource_uid: a.units for a in plan.assignments_of_task(task_uid)}


def bob_units(plan: Plan) -> list[float | None]:
    return [units_on(plan, uid).get(BOB) for uid in occurrence_uids_of(plan)]
