"""A task with only an Actual Finish (no Actual Start, 0 %) has started, for its cost, its
earned value and its status as for the scheduler (app/domain/started.py).

MS Project never holds such a task: typing an Actual Finish sets 100 % and the Actual Start
(Gantry's window and a client workbook's Actual Finish cell do the same:
tracking_edits.typed_actual_finish). A file from another tool, or an older .gantry, can
hold one. Its costs accrued at the start (a fixed cost accrued at Start, a cost per use, a
cost resource accrued at Start) had been counted as not incurred, so the PM saw no actual
cost and no earned value on a task whose finish is recorded, while the scheduler and the
sheet counted it started.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.started import has_started
from app.domain.status_tasks import TaskStatus, is_started, task_status
from app.domain.task import CostAccrual, Task
from app.domain.tracking_edits import task_clock, typed_actual_finish
from app.domain.workload import DayCalendar
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook

MON = datetime(2026, 3, 2, 8, 0)
FRI = datetime(2026, 3, 6, 17, 0)  # the 5-day task's scheduled finish
STATUS = datetime(2026, 3, 9, 17, 0)

FIXED = 1000.0  # accrued at Start
ANA_USE, CONCRETE_USE, PERMIT = 100.0, 30.0, 200.0  # at the start whatever Accrue At says
AT_START = FIXED + ANA_USE + CONCRETE_USE + PERMIT
WORK = 40 * 50.0 + 5 * 120.0  # Ana's 40 h at 50, 5 t of concrete at 120: prorated


def _plan() -> Plan:
    plan = Plan(project=Project(name="Pour", start=MON))
    plan.append_task(
        Task(
            1,
            "Pour",
            duration_minutes=5 * 480,
            fixed_cost=FIXED,
            fixed_cost_accrual=CostAccrual.START,
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0, cost_per_use=ANA_USE))
    concrete = Resource(
        2, "Concrete", type=ResourceType.MATERIAL, standard_rate=120.0, cost_per_use=CONCRETE_USE
    )
    plan.add_resource(concrete)
    plan.add_resource(Resource(3, "Permit", type=ResourceType.COST, accrue_at=CostAccrual.START))
    plan.add_assignment(Assignment(1, 1, 1))
    plan.add_assignment(Assignment(2, 1, 2, units=5.0))
    plan.add_assignment(Assignment(3, 1, 3, cost=PERMIT))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    return plan


def _finish_only(plan: Plan) -> Task:
    task = replace(plan.task(1), actual_finish=FRI)
    plan.update_task(task)
    return task


def test_s26sd_finish_only_is_started_by_the_one_rule():
    task = _finish_only(_plan())
    assert task.percent_complete == 0
    assert task.actual_start is None
    assert has_started(task)
    assert is_started(task)


def test_s26sd_finish_only_costs_what_accrues_at_the_start():
    plan = _plan()
    _finish_only(plan)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    assert costs.task_cost[1] == pytest.approx(AT_START + WORK)
    # the start's shares are spent; the prorated work waits on its % complete (0 here)
    assert costs.task_actual_cost[1] == pytest.approx(AT_START)
    assert costs.remaining_cost(1) == pytest.approx(WORK)


def test_s26sd_finish_only_earns_what_accrues_at_the_start():
    plan = _plan()
    _finish_only(plan)
    sched = schedule(plan)
    ev = earned_value(plan, sched, compute_costs(plan, sched), STATUS)[1]
    assert ev.bac == pytest.approx(AT_START + WORK)
    assert ev.ev == pytest.approx(AT_START)  # BCWP: the shares earned once started
    assert ev.ac == pytest.approx(AT_START)


def test_s26sd_finish_only_reports_complete():
    plan = _plan()
    task = _finish_only(plan)
    sched = schedule(plan)
    cal = DayCalendar(plan, None)
    assert task_status(task, sched.get(1), STATUS, cal) is TaskStatus.COMPLETE


def test_s26sd_an_actual_finish_typed_completes_it_as_ms_project():
    """Typed (the window, a client workbook's Actual Finish cell) it is 100 % with an Actual
    Start, as MS Project records it: all of its cost is actual, all of it earned."""
    plan = _plan()
    sched = schedule(plan)
    task = plan.task(1)
    fields = typed_actual_finish(task, sched.get(1), FRI, task_clock(plan, task))
    assert fields["percent_complete"] == 100.0
    assert fields["actual_start"] == MON
    plan.update_task(replace(task, **fields))
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    assert costs.task_actual_cost[1] == pytest.approx(AT_START + WORK)
    assert costs.remaining_cost(1) == pytest.approx(0.0)
    ev = earned_value(plan, sched, costs, STATUS)[1]
    assert ev.ev == pytest.approx(AT_START + WORK)


def test_s26sd_an_actual_finish_in_a_client_workbook_completes_it(tmp_path):
    """A client's returned workbook with only the Actual Finish cell filled (its % left at 0)
    reads as MS Project records it: 100 %, started at its Start, all of its cost actual."""
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("Actual Finish") + 1).value = FRI
    book.save(path)
    theirs = read_roundtrip_workbook(path).theirs
    task = theirs.task(1)
    assert task.percent_complete == 100.0
    assert task.actual_start == MON
    assert task.actual_finish == FRI
    sched = schedule(theirs)
    costs = compute_costs(theirs, sched)
    assert costs.task_actual_cost[1] == pytest.approx(AT_START + WORK)
    assert costs.remaining_cost(1) == pytest.approx(0.0)
