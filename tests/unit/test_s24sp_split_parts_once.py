"""A split task's parts: read once an edit, on the calendar its people work.

A Duration edit on a plan with split tasks read every split task's parts twice (the cost
report judging who is over-allocated, and the Indicators column again for the whole plan),
and each TaskClocks read every assignment of the plan for the people's calendars. The
Indicators now read the parts of the tasks of the people a row asks about, and TaskClocks
reads the task's own assignments.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain import assignment_dates, overallocation, usage, usage_bookings, workload
from app.domain.calendar import STANDARD_DAY, Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import Task
from app.report.indicators import Indicator, TaskIndicators
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.models.indicators import IndicatorCells
from tests.bench.generate import make_plan

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480
MWF = Calendar(uid=2, name="MWF", week=(STANDARD_DAY, (), STANDARD_DAY, (), STANDARD_DAY, (), ()))


def _poured(*people: tuple[Resource, float]) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.calendars[2] = MWF
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=(Split(2 * DAY, 2 * DAY),)))
    for k, (person, units) in enumerate(people, start=1):
        plan.add_resource(person)
        plan.add_assignment(Assignment(k, 1, person.uid, units, 5 * DAY))
    return plan


def _parts(plan: Plan) -> tuple[tuple[datetime, datetime], ...]:
    times = schedule(plan)[1]
    parts = TaskClocks(plan).parts(plan.task(1), times)
    assert (parts[0][0], parts[-1][1]) == (times.start, times.finish)  # as the engine has it
    return parts


def test_s24sp_the_pause_counts_on_the_days_of_the_people_at_work():
    ben = Resource(1, "Ben", calendar_uid=2)
    on_mwf = _parts(_poured((ben, 1.0)))
    assert on_mwf[1][0] == datetime(2026, 1, 14, 8)  # paused Fri 9 and Mon 12, Ben's days
    # Ben at no units, or a material on Ben's calendar, leaves the task on the project's
    concrete = Resource(2, "Concrete", type=ResourceType.MATERIAL, calendar_uid=2)
    plain = _parts(_poured())
    assert plain[1][0] == datetime(2026, 1, 9, 8)  # paused Wed 7 and Thu 8
    assert _parts(_poured((ben, 0.0))) == plain
    assert _parts(_poured((concrete, 1.0))) == plain
    assert _parts(_poured((concrete, 1.0), (ben, 1.0))) == on_mwf


@pytest.fixture
def counted(monkeypatch):
    calls: list[int] = []
    real = workload.split_parts

    def split_parts(plan, sched, uids=None):
        calls.append(1)
        return real(plan, sched, uids)

    for module in (workload, overallocation, usage, usage_bookings, assignment_dates):
        monkeypatch.setattr(module, "split_parts", split_parts)
    return calls


def test_s24sp_a_duration_edit_reads_the_split_parts_once(qapp, counted):
    plan = make_plan(400, 500, 2, n_resources=8)
    leaves = [t for t in plan.tasks if t.outline_level == 2 and t.duration_minutes >= 960]
    for task in leaves[::4]:
        plan.update_task(replace(task, splits=(Split(480, 960),)))
    document = Document(plan)
    marks = IndicatorCells(document)
    before = {t.uid: marks.marks(t.uid) for t in plan.tasks}
    shown = {m.kind for found in before.values() for m in found}
    assert {Indicator.SPLIT, Indicator.OVERALLOCATED} <= shown
    counted.clear()
    finish = document.schedule[leaves[1].uid].finish
    execute(document, EditTaskCommand(document, leaves[1].uid, "Duration", duration_minutes=4800))
    after = {t.uid: marks.marks(t.uid) for t in plan.tasks}  # every row painted
    assert document.schedule[leaves[1].uid].finish > finish
    assert len(counted) == 1  # the cost report's, judging who is over-allocated
    fresh = TaskIndicators(plan, document.schedule)  # worked out from scratch
    assert after == {t.uid: fresh.of(t.uid) for t in plan.tasks}
