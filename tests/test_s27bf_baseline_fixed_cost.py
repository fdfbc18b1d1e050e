"""Baseline Fixed Cost (MS Project's Baseline and Baseline1..10 Fixed Cost): Set Baseline
keeps each task's own Fixed Cost (a summary's own, never its subtasks' summed); the .gantry
keeps it (schema v35; a v34 file reads 0, as MS Project shows $0.00); MS Project XML reads
and writes ``<FixedCost>`` inside a task's ``<Baseline>`` in the ``<Cost>``'s unit."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.domain.baseline import Baseline
from app.domain.baselines import RollUp, snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480
SAVED = datetime(2027, 2, 26, 17, 0)
V34 = "6031ab7d"  # the last commit whose demo plan is schema v34


def _plan() -> Plan:
    """A phase with a fixed cost of its own over two tasks with theirs."""
    plan = Plan(project=Project(name="Fit-out", start=MON))
    plan.append_task(Task(1, "Phase", fixed_cost=500.0))
    plan.append_task(
        Task(2, "Wiring", duration_minutes=2 * DAY, outline_level=2, fixed_cost=1200.0)
    )
    plan.append_task(Task(3, "Paint", duration_minutes=DAY, outline_level=2, fixed_cost=300.5))
    return plan


def _saved(plan: Plan, index: int = 0, **kw) -> Baseline:
    sched = schedule(plan)
    return snapshot(plan, sched, compute_costs(plan, sched), index, SAVED, **kw)


def _fixed(base: Baseline) -> dict[int, float]:
    return {e.task_uid: e.fixed_cost for e in base.entries}


def test_s27bf_set_baseline_keeps_each_tasks_own_fixed_cost():
    base = _saved(_plan(), 3)
    # the summary keeps its own 500, not 500 + 1200 + 300.5; its Baseline Cost has them all
    assert _fixed(base) == {1: 500.0, 2: 1200.0, 3: 300.5}
    summary = base.entry(1)
    assert summary is not None
    assert summary.cost == 2000.5  # the fixed cost is inside Baseline Cost, counted once


def test_s27bf_a_rolled_up_summary_keeps_its_own_fixed_cost():
    plan = _plan()
    plan.set_baseline(_saved(plan))
    plan.update_task(replace(plan.task(2), fixed_cost=2000.0))
    plan.update_task(replace(plan.task(1), fixed_cost=50.0))
    base = _saved(plan, 0, task_uids=[2], roll_up=RollUp(to_all_summaries=True))
    assert _fixed(base) == {1: 50.0, 2: 2000.0, 3: 300.5}
    rolled = base.entry(1)
    assert rolled is not None
    assert rolled.cost == 2000.0 + 300.5 + 50.0


def test_s27bf_the_gantry_file_keeps_baseline_fixed_costs(tmp_path):
    plan = _plan()
    plan.set_baseline(_saved(plan, 0))
    plan.set_baseline(_saved(plan, 10))
    path = tmp_path / "fit.gantry"
    write_plan(plan, path)
    assert read_plan(path).baselines == plan.baselines
    with GantryFile.open(path) as opened:  # an open file writes change by change
        doc = opened.plan
        base = doc.baselines[10]
        entry = base.entry(3)
        assert entry is not None
        entries = tuple(replace(e, fixed_cost=75.25) if e is entry else e for e in base.entries)
        doc.set_baseline(replace(base, entries=entries))
    assert _fixed(read_plan(path).baselines[10]) == {1: 500.0, 2: 1200.0, 3: 75.25}


def test_s27bf_a_v34_file_reads_no_baseline_fixed_cost_and_is_migrated(tmp_path):
    old = tmp_path / "v34.gantry"
    shown = subprocess.run(
        ["git", "show", f"{V34}:resources/demo/crm-rollout.gantry"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    old.write_bytes(shown.stdout)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 34
    conn.close()
    with GantryFile.open(old) as opened:
        entries = opened.plan.baselines[0].entries
        assert entries
        assert {e.fixed_cost for e in entries} == {0.0}
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 35
        assert conn.execute("SELECT DISTINCT fixed_cost FROM baseline_entries").fetchall() == [
            (0.0,)
        ]
    conn.close()


def test_s27bf_the_demo_plan_is_at_the_current_schema():
    from app.assets import resource_path

    with sqlite3.connect(resource_path("demo", "crm-rollout.gantry")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in conn.execute("PRAGMA table_info(baseline_entries)")}
    conn.close()
    assert "fixed_cost" in columns


def test_s27bf_the_workbook_snapshot_carries_baseline_fixed_costs():
    plan = _plan()
    plan.set_baseline(_saved(plan, 2))
    assert plan_from_json(plan_to_json(plan)).baselines == plan.baselines


def _baseline_elements(text: str) -> list[str]:
    return re.findall(r"<Baseline>.*?</Baseline>", text, re.S)


def test_s27bf_ms_projects_own_baselines_read_no_fixed_cost_and_write_none_back(
    shared_data, tmp_path
):
    """MS Project 2003's baselines.xml (Baseline1-10, before Baseline Fixed Cost existed)."""
    source = shared_data / "mspdi" / "baselines.xml"
    plan = read_mspdi(source)
    assert sorted(plan.baselines) == list(range(1, 11))
    assert {e.fixed_cost for b in plan.baselines.values() for e in b.entries} == {0.0}
    out = tmp_path / "again.xml"
    write_mspdi(plan, out)
    assert "<FixedCost>" not in "".join(_baseline_elements(out.read_text(encoding="utf-8")))


def test_s27bf_baseline_fixed_costs_of_a_2007_file_read_and_write_back_unchanged(
    shared_data, tmp_path
):
    """baselines.xml as MS Project 2007 and later write it: <FixedCost> last in each task
    <Baseline>, in hundredths as <Cost> (Baseline N's is N x 12.34 here)."""
    text = (shared_data / "mspdi" / "baselines.xml").read_text(encoding="utf-8")

    def with_fixed(m: re.Match[str]) -> str:
        number = int(m.group(1))
        return m.group(0).replace(
            "</Baseline>", f"<FixedCost>{1234 * number}</FixedCost></Baseline>"
        )

    tasks = text.index("<Tasks>"), text.index("</Tasks>")
    body = re.sub(
        r"<Baseline><Number>(\d+)</Number><Start>.*?</Baseline>",
        with_fixed,
        text[tasks[0] : tasks[1]],
    )
    source = tmp_path / "baselines-2007.xml"
    source.write_text(text[: tasks[0]] + body + text[tasks[1] :], encoding="utf-8")
    plan = read_mspdi(source)
    task = next(t for t in plan.tasks if t.name == "Task One")
    for n in range(1, 11):
        entry = plan.baselines[n].entry(task.uid)
        assert entry is not None
        assert entry.fixed_cost == 1234 * n / 100
        assert entry.cost == n  # <Cost>100</Cost> per step: the same unit
    out = tmp_path / "again.xml"
    write_mspdi(plan, out)
    written = out.read_text(encoding="utf-8")
    found = re.findall(r"<Number>(\d+)</Number>(?:(?!</Baseline>).)*<FixedCost>([^<]*)</", written)
    assert sorted((int(n), v) for n, v in found) == [(n, str(1234 * n)) for n in range(1, 11)]
    assert read_mspdi(out).baselines == plan.baselines


def test_s27bf_a_plans_baseline_fixed_cost_survives_ms_project_xml(tmp_path):
    plan = _plan()
    plan.set_baseline(_saved(plan, 0))
    out = tmp_path / "fit.xml"
    write_mspdi(plan, out)
    back = read_mspdi(out)
    assert _fixed(back.baselines[0]) == _fixed(plan.baselines[0])


def test_s27bf_schedule_json_gives_each_baselines_fixed_cost(tmp_path, capsys):
    from app.cli import main

    plan = _plan()
    plan.set_baseline(_saved(plan, 0))
    plan.set_baseline(_saved(plan, 4))
    path = tmp_path / "fit.gantry"
    write_plan(plan, path)
    capsys.readouterr()
    assert main(["schedule", str(path), "--json"]) == 0
    tasks = json.loads(capsys.readouterr().out)["tasks"]
    assert [t["baseline_fixed_cost"] for t in tasks] == [500.0, 1200.0, 300.5]
    assert [t["baseline4_fixed_cost"] for t in tasks] == [500.0, 1200.0, 300.5]
