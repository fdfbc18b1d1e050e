"""``gantry info`` says how many deadlines the plan has and how many are missed, as the
status report lists them (every active task finishing after its deadline, however far from
the status date), naming the most late; the Issues line, the window's Scheduling issues,
still counts each missed deadline among them."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.scheduling.run import schedule_only
from app.domain.status_report import gather_status
from app.formats import read_plan, write_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
GO_LIVE, UAT, CLOSED = 57, 48, 61  # milestones of the demo plan


def _info(path: Path, capsys) -> dict[str, str]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {k: v.strip() for k, _sep, v in (line.partition(":") for line in lines)}


def _with_deadlines(tmp_path: Path, name: str, shifts: dict[int, timedelta]) -> Path:
    """The demo plan with a deadline on each task of ``shifts``: its finish plus the shift
    (negative: missed), written as ``name`` (the extension says the format)."""
    plan = read_plan(DEMO)
    sched = schedule_only(plan)
    for uid, shift in shifts.items():
        plan.update_task(replace(plan.task(uid), deadline=sched[uid].finish + shift))
    path = tmp_path / name
    write_plan(plan, path)
    return path


def test_s24s2_a_plan_without_deadlines_says_none_set(tmp_path, capsys):
    path = tmp_path / "crm.gantry"
    shutil.copy(DEMO, path)
    info = _info(path, capsys)
    assert info["Deadlines"] == "none set"
    assert info["Issues"] == "none"


def test_s24s2_deadlines_met_say_none_missed(tmp_path, capsys):
    path = _with_deadlines(tmp_path, "met.gantry", {GO_LIVE: timedelta(days=3)})
    assert _info(path, capsys)["Deadlines"] == "1 set, none missed"


def test_s24s2_missed_deadlines_are_counted_as_the_status_report_lists_them(tmp_path, capsys):
    shifts = {GO_LIVE: -timedelta(days=7), UAT: -timedelta(days=1), CLOSED: timedelta(days=1)}
    path = _with_deadlines(tmp_path, "missed.gantry", shifts)
    plan = read_plan(path)
    sched = schedule_only(plan)
    report = gather_status(plan, sched, compute_costs(plan, sched), datetime(2027, 1, 4))
    assert [d.uid for d in report.deadlines] == [GO_LIVE, UAT]  # the most late first
    info = _info(path, capsys)
    assert info["Deadlines"] == "3 set, 2 missed (the most late: 'Go-live', by 5d)"
    # the window's Scheduling issues hold both, as the report's headline counts them
    assert report.headline.issue_count == 2
    assert info["Issues"] == "2 (gantry schedule names them)"


def test_s24s2_deadlines_read_back_from_ms_project_xml_are_counted(tmp_path, capsys):
    path = _with_deadlines(tmp_path, "missed.xml", {UAT: -timedelta(days=14)})
    assert (
        _info(path, capsys)["Deadlines"]
        == "1 set, 1 missed (the most late: 'UAT signed off', by 10d)"
    )


def test_s24s2_an_inactive_task_s_deadline_is_not_counted(tmp_path, capsys):
    plan = read_plan(DEMO)
    sched = schedule_only(plan)
    late = replace(plan.task(GO_LIVE), deadline=sched[GO_LIVE].finish - timedelta(days=7))
    plan.update_task(replace(late, active=False))
    path = tmp_path / "inactive.gantry"
    write_plan(plan, path)
    assert _info(path, capsys)["Deadlines"] == "none set"
