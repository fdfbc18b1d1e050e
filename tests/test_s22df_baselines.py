"""``gantry diff`` compares a baseline's duration, work and cost besides its dates, and
``gantry schedule --json`` lists Baseline1 to Baseline10 when set, not only the Baseline.

Found: a baseline saved again after a re-estimate (same dates, more work and cost) diffed
as "no changes", and a plan baselined in MS Project's Baseline1 printed no baseline at all.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.json_text import dumps
from app.cli.schedule_json import (
    BASELINE_KEYS,
    TASK_KEYS,
    baseline_keys,
    schedule_to_dict,
    schedule_to_json_data,
)
from app.domain.baseline import Baseline
from app.domain.diff import Held, diff_plans
from app.domain.plan import Plan
from app.domain.scheduler import schedule

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _reestimated(plan: Plan, index: int) -> Plan:
    """``plan`` whose baseline 0 is also kept as baseline ``index``, with task 4's baseline
    work and cost there raised (dates and duration as they were)."""
    base = plan.baselines[0]
    entries = tuple(
        replace(e, work_minutes=e.work_minutes + 480, cost=e.cost + 400.0) if e.task_uid == 4 else e
        for e in base.entries
    )
    plan.baselines[index] = Baseline(index, base.saved_at, entries)
    return plan


def _diff(tmp_path: Path, capsys: pytest.CaptureFixture[str], old: Plan, new: Plan) -> list[str]:
    a, b = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    capsys.readouterr()
    assert main(["diff", str(a), str(b)]) == 0
    return capsys.readouterr().out.splitlines()


def test_s22df_a_baseline_reestimated_lists_its_work_and_cost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = formats.read_plan(DEMO)
    old.baselines[3] = Baseline(3, old.baselines[0].saved_at, old.baselines[0].entries)
    new = _reestimated(formats.read_plan(DEMO), 3)
    entry = old.baselines[0].entry(4)
    assert entry is not None
    saved = old.baselines[0].saved_at
    assert saved is not None
    name = f"Baseline 3 of ID 4 '{old.task(4).name}', saved {saved:%Y-%m-%d %H:%M}"
    work = entry.work_minutes // 60
    assert _diff(tmp_path, capsys, old, new) == [
        f"changed  {name}: Baseline3 Work {work}h -> {work + 8}h",
        f"changed  {name}: Baseline3 Cost €{entry.cost:,.2f} -> €{entry.cost + 400:,.2f}",
    ]
    changes = diff_plans(old, new, held=Held(tracking=True))
    assert [(c.uid, c.field, c.new) for c in changes] == [
        ("3:4", "work_minutes", entry.work_minutes + 480),
        ("3:4", "cost", round(entry.cost + 400, 2)),
    ]


def test_s22df_a_task_added_since_reads_na(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = formats.read_plan(DEMO)
    new = formats.read_plan(DEMO)
    base = new.baselines[0]
    new.baselines[0] = replace(base, entries=tuple(e for e in base.entries if e.task_uid != 4))
    lines = [line for line in _diff(tmp_path, capsys, old, new) if "Baseline (0) of ID 4 '" in line]
    assert len(lines) == 5
    assert all(line.endswith(" -> NA") for line in lines)
    assert lines[2].split(": ", 1)[1].startswith("Baseline Duration 5d -> NA")


@pytest.mark.parametrize("suffix", [".gantry", ".xml", ".xlsx"])
def test_s22df_baselines_round_trip_with_no_changes(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    for source in (DEMO, shared_data / "mspdi" / "baselines.xml"):
        copy = tmp_path / f"copy{suffix}"
        assert main(["convert", str(source), str(copy)]) == 0
        capsys.readouterr()
        assert main(["diff", str(source), str(copy)]) == 0
        assert capsys.readouterr().out == "no changes\n"


def _both(plan: Plan) -> dict:
    sched = schedule(plan)
    general = json.loads(dumps(schedule_to_dict(plan, sched), str))
    fast = json.loads(dumps(schedule_to_json_data(plan, sched), str))
    assert general == fast
    return fast


def test_s22df_schedule_json_lists_the_other_baselines() -> None:
    plan = _reestimated(formats.read_plan(DEMO), 10)
    tasks = _both(plan)["tasks"]
    assert baseline_keys(10) == (
        "baseline10_start",
        "baseline10_finish",
        "baseline10_duration_minutes",
        "baseline10_work_minutes",
        "baseline10_cost",
        "baseline10_fixed_cost",  # MS Project's Baseline10 Fixed Cost (s27bf)
    )
    assert all(tuple(t) == TASK_KEYS + BASELINE_KEYS + baseline_keys(10) for t in tasks)
    four = next(t for t in tasks if t["uid"] == 4)
    assert four["baseline10_start"] == four["baseline_start"]
    assert four["baseline10_work_minutes"] == four["baseline_work_minutes"] + 480
    assert four["baseline10_cost"] == round(four["baseline_cost"] + 400, 2)


def test_s22df_schedule_json_of_mspdi_baselines(shared_data: Path) -> None:
    """mspdi/baselines.xml: MS Project's Baseline1..Baseline10 of one task, each a day
    later and ten times the first's work and cost."""
    plan = formats.read_plan(shared_data / "mspdi" / "baselines.xml")
    (task,) = _both(plan)["tasks"]
    assert "baseline_start" not in task  # no Baseline (0)
    for n in range(1, 11):
        assert task[f"baseline{n}_start"] == datetime(2001, 1, n, 9).isoformat()
        assert task[f"baseline{n}_work_minutes"] == 60 * n
        assert task[f"baseline{n}_cost"] == float(n)
