"""The client workbook's Plan sheet carries a Baseline (0..10) Fixed Cost column where the
plan's sheet shows it for a baseline the plan holds; read back, it changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

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
SHOWN = (("name", 170), ("baseline_fixed_cost", 90), ("baseline3_fixed_cost", 90))


def _plan(columns: tuple[tuple[str, int], ...] = SHOWN) -> Plan:
    plan = Plan(project=Project(name="Fit-out", start=MON))
    plan.append_task(Task(1, "Phase", fixed_cost=500.0))
    plan.append_task(Task(2, "Wiring", duration_minutes=960, outline_level=2, fixed_cost=1200.0))
    plan.append_task(Task(3, "Paint", duration_minutes=480, outline_level=2))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.view = replace(plan.view or SheetView(), columns=columns)
    return plan


def _plan_sheet(path) -> list[list[object]]:
    book = pc.CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name("Plan").to_python()


def _export(tmp_path, plan: Plan):
    source, out = tmp_path / "fit.gantry", tmp_path / "fit.xlsx"
    write_plan(plan, source)
    assert main(["convert", str(source), str(out)]) == 0
    return source, out


def test_s27bf_a_shown_baseline_fixed_cost_is_a_plan_sheet_column(tmp_path, capsys):
    source, out = _export(tmp_path, _plan())
    rows = _plan_sheet(out)
    header = rows[0]
    # Baseline 3 is not saved: its column is not written
    assert "Baseline3 Fixed Cost" not in header
    at = header.index("Baseline Fixed Cost")
    by_name = {r[header.index("Task")].strip(): r[at] for r in rows[1:] if r[0] != ""}
    assert by_name == {"Phase": 500.0, "Wiring": 1200.0, "Paint": 0.0}
    capsys.readouterr()
    assert main(["diff", str(source), str(out)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"


def test_s27bf_a_plan_not_showing_it_gets_the_same_sheet_as_before(tmp_path):
    _, out = _export(tmp_path, _plan(columns=()))
    assert not [t for t in _plan_sheet(out)[0] if "Fixed Cost" in str(t) and "Baseline" in str(t)]


def test_s27bf_a_client_hand_off_without_costs_leaves_it_out(tmp_path, capsys):
    source, out = tmp_path / "fit.gantry", tmp_path / "client.xlsx"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(out), "--client", "--no-roundtrip"]) == 0
    header = _plan_sheet(out)[0]
    assert "Cost" not in header
    assert "Baseline Fixed Cost" not in header
    capsys.readouterr()
    assert main(["diff", str(source), str(out)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"


def test_s27bf_a_client_hand_off_without_costs_keeps_no_baseline_fixed_cost(tmp_path, capsys):
    from app.formats import read_plan

    source, out = tmp_path / "fit.gantry", tmp_path / "client.xlsx"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(out), "--client"]) == 0  # round-trip data kept
    sent = read_plan(out).baselines[0].entries
    assert {(e.cost, e.fixed_cost) for e in sent} == {(0.0, 0.0)}
    capsys.readouterr()
    assert main(["diff", str(source), str(out)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
