"""MS Project XML written by Gantry carries each task's Cost, ActualCost and RemainingCost
(and the project row's), as MS Project writes them: the file had none, so MPXJ and the
tools built on it (ProjectLibre, reporting add-ins) read every task's cost as empty."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS
from app.io.mspdi_write import write_mspdi

Q = "{" + NS + "}"


def _plan() -> Plan:
    plan = Plan(Project(name="Costs", start=datetime(2027, 1, 4, 8)))
    plan.insert_tasks(
        0,
        [
            Task(1, "Phase", outline_level=1),
            Task(2, "Build", outline_level=2, duration_minutes=960, fixed_cost=50.0),
            Task(3, "Test", outline_level=2, duration_minutes=480, percent_complete=50.0),
        ],
    )
    plan.add_resource(Resource(1, "Ann", standard_rate=100.0))
    plan.assignments = [Assignment(1, 2, 1, 1.0, 960), Assignment(2, 3, 1, 1.0, 480)]
    return plan


def _rows(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {t.findtext(Q + "UID") or "": t for t in root.iter(Q + "Task")}


def _money(row: ET.Element, tag: str) -> float | None:
    text = row.findtext(Q + tag)
    return None if text is None else int(text) / 100


def test_each_task_row_carries_its_costs(tmp_path: Path):
    plan = _plan()
    costs = compute_costs(plan, schedule(plan))
    path = tmp_path / "costs.xml"
    write_mspdi(plan, path)
    rows = _rows(path)
    for uid in (1, 2, 3):
        row = rows[str(uid)]
        assert _money(row, "Cost") == round(costs.task_cost[uid], 2)
        assert _money(row, "ActualCost") == round(costs.task_actual_cost.get(uid, 0.0), 2)
        assert _money(row, "RemainingCost") == round(costs.remaining_cost(uid), 2)
    assert _money(rows["2"], "Cost") == 16 * 100.0 + 50.0  # two days of Ann plus the fixed cost
    assert _money(rows["3"], "ActualCost") == 400.0  # half of a day of Ann
    assert _money(rows["1"], "Cost") == 1650.0 + 800.0  # the summary rolls them up
    project = rows["0"]
    assert _money(project, "Cost") == round(costs.total_cost, 2)
    assert _money(project, "ActualCost") == round(costs.total_actual_cost, 2)
    assert _money(project, "RemainingCost") == round(costs.total_cost - costs.total_actual_cost, 2)


def test_the_costs_written_change_nothing_read_back(tmp_path: Path):
    plan = _plan()
    path = tmp_path / "costs.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path)
    before = compute_costs(plan, schedule(plan))
    after = compute_costs(back, schedule(back))
    assert after.task_cost == before.task_cost
    assert after.total_cost == before.total_cost
