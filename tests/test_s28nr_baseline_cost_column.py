"""A Baseline3 Cost column the PM inserted in the task sheet is a Plan sheet column of the
client workbook (full and --no-roundtrip), each task's cost as saved; read back it changes
nothing. The workbook left it out: the client never saw the figure the PM was showing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
import python_calamine as pc

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.view_state import SheetView
from app.store.document import write_plan

MON = datetime(2027, 3, 1, 8, 0)


def _plan(columns: tuple[tuple[str, int], ...]) -> Plan:
    plan = Plan(project=Project(name="Fit-out", start=MON))
    plan.append_task(Task(1, "Phase"))
    plan.append_task(Task(2, "Wiring", duration_minutes=960, outline_level=2, fixed_cost=800.0))
    plan.append_task(Task(3, "Paint", duration_minutes=480, outline_level=2, fixed_cost=200.0))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 3, MON))
    plan.view = replace(plan.view or SheetView(), columns=columns)
    return plan


def _sheet(path) -> list[list[object]]:
    return pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Plan").to_python()


@pytest.mark.parametrize("extra", [[], ["--no-roundtrip"]])
def test_an_inserted_baseline3_cost_column_travels(tmp_path, capsys, extra):
    source, out = tmp_path / "fit.gantry", tmp_path / "fit.xlsx"
    write_plan(_plan((("name", 170), ("baseline3_cost", 90))), source)
    assert main(["convert", str(source), str(out), *extra]) == 0
    rows = _sheet(out)
    header = rows[0]
    at = header.index("Baseline3 Cost")
    by_name = {r[header.index("Task")].strip(): r[at] for r in rows[1:] if r[0] != ""}
    # each task's cost as saved in Baseline 3; the summary's rolled up from them
    assert by_name == {"Phase": 1000.0, "Wiring": 800.0, "Paint": 200.0}
    assert "Baseline Cost" not in header  # Baseline (0) is not saved, nor shown
    capsys.readouterr()
    assert main(["diff", str(source), str(out)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"


def test_a_plan_not_showing_it_gets_no_such_column(tmp_path):
    source, out = tmp_path / "fit.gantry", tmp_path / "fit.xlsx"
    write_plan(_plan((("name", 170),)), source)
    assert main(["convert", str(source), str(out)]) == 0
    header = [str(t) for t in _sheet(out)[0]]
    assert "Baseline3 Start" in header  # its dates, as before
    assert not [t for t in header if t.startswith("Baseline") and t.endswith("Cost")]
