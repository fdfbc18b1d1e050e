"""``gantry info`` on a late plan: a missed deadline shows in the Finish line and the
Deadlines line right under it, and they agree (the same task, by the same figure); a
Variance of 0d whose baseline misses the deadline too says so, as the status report's note
under its cards does (app/cli/info_command.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from app.cli import main
from app.domain.scheduling.run import schedule_only
from app.formats import read_plan, write_plan
from tests.test_s24s2_info_deadlines import DEMO, GO_LIVE, _with_deadlines

CUT_OVER_PLAN = 54  # 4d, critical, before Go-live (its length is its own)
HYPERCARE = 58  # a 15d task (no milestone) after Go-live


def _info_lines(path: Path, capsys) -> list[tuple[str, str]]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return [(k, v.strip()) for k, _sep, v in (line.partition(":") for line in lines)]


def test_s25st_a_missed_milestone_deadline_shows_in_the_finish_line(tmp_path, capsys):
    path = _with_deadlines(tmp_path, "late.gantry", {GO_LIVE: -timedelta(days=7)})
    lines = _info_lines(path, capsys)
    info = dict(lines)
    # Go-live's deadline is Tue 2027-05-04 17:00; it finishes a week later, 5 working days
    assert info["Finish"] == (
        "2027-06-01 17:00; 'Go-live' finishes 5d after its deadline (2027-05-04 17:00)"
    )
    assert info["Deadlines"] == "1 set, 1 missed (the most late: 'Go-live', by 5d)"
    # the demo's baseline was saved before: it misses the deadline too, so 0d says nothing
    assert info["Variance"] == (
        "finish 0d against Baseline (finish 2027-06-01 17:00); the baseline misses that "
        "deadline too, so the variance does not show it"
    )
    keys = [k for k, _ in lines]
    # the deadlines in the first lines a PM reads: right under the finish and its variance
    assert keys.index("Deadlines") == keys.index("Variance") + 1 == keys.index("Finish") + 2
    assert keys.index("Deadlines") < keys.index("Critical tasks")


def test_s25st_a_baseline_meeting_the_deadline_gets_no_note(tmp_path, capsys):
    plan = read_plan(DEMO)
    base = {e.task_uid: e for e in plan.baselines[0].entries}
    deadline = base[GO_LIVE].finish + timedelta(days=1)  # the baseline meets it by a day
    plan.update_task(replace(plan.task(GO_LIVE), deadline=deadline))
    core = plan.task(CUT_OVER_PLAN)
    plan.update_task(replace(core, duration_minutes=core.duration_minutes + 5 * 480))
    path = tmp_path / "slipped.gantry"
    write_plan(plan, path)
    info = dict(_info_lines(path, capsys))
    assert info["Variance"] == "finish +5d against Baseline (finish 2027-06-01 17:00)"
    assert info["Finish"] == (
        "2027-06-08 17:00; 'Go-live' finishes 4d after its deadline (2027-05-12 17:00)"
    )
    assert info["Deadlines"] == "1 set, 1 missed (the most late: 'Go-live', by 4d)"


def test_s25st_a_task_missing_its_deadline_is_counted_in_the_finish_line(tmp_path, capsys):
    path = _with_deadlines(
        tmp_path, "task.gantry", {HYPERCARE: -timedelta(days=2), GO_LIVE: timedelta(days=1)}
    )
    info = dict(_info_lines(path, capsys))
    assert info["Finish"] == "2027-06-01 17:00; 1 task finishes after a deadline (Deadlines)"
    assert info["Deadlines"] == "2 set, 1 missed (the most late: 'Hypercare', by 2d)"


def test_s25st_deadlines_met_leave_the_finish_line_alone(tmp_path, capsys):
    path = _with_deadlines(tmp_path, "met.gantry", {GO_LIVE: timedelta(days=3)})
    info = dict(_info_lines(path, capsys))
    assert info["Finish"] == "2027-06-01 17:00"
    assert not info["Variance"].endswith("does not show it")
    assert schedule_only(read_plan(path)).issues == []


def test_s25st_a_milestone_reached_after_its_deadline_finished_late(tmp_path, capsys):
    plan = read_plan(DEMO)
    sched = schedule_only(plan)
    kickoff = plan.task(2)  # the first milestone, 2027-01-04 08:00
    deadline = sched[2].finish - timedelta(days=3)  # a Friday before the start
    plan.update_task(replace(kickoff, deadline=deadline, percent_complete=100.0))
    path = tmp_path / "reached.gantry"
    write_plan(plan, path)
    info = dict(_info_lines(path, capsys))
    assert info["Finish"].startswith("2027-06-01 17:00; 'Project kick-off' finished ")
    assert info["Finish"].endswith(f" after its deadline ({deadline:%Y-%m-%d %H:%M})")
