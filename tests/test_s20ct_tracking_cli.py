"""Tracking without the window: gantry baseline, status-date and update run what the
Project menu runs (Set Baseline, Status Date, Update Project) and write the plan; info
shows the status date, % complete, the finish's variance and the actual cost."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.costs import compute_costs
from app.domain.money import format_money
from app.domain.scheduling.run import schedule_only as schedule
from app.domain.status_report import gather_status
from app.domain.task import ConstraintType
from app.domain.tracking import UpdateMode, end_of_day, reschedule_uncompleted, update_progress

FRIDAY = datetime(2027, 2, 5, 17, 0)  # the demo's day ends at 17:00


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def _leaf_with_subtask_parent(path: Path) -> tuple[int, int]:
    plan = formats.read_plan(path)
    parents = plan.parent_uids()
    for task in plan.tasks:
        parent = parents.get(task.uid)
        if parent is not None and not plan.is_summary(task.uid) and not task.milestone:
            return task.uid, parent
    raise AssertionError("no subtask")


# ---------------------------------------------------------------------- baseline


def test_s20ct_baseline_saves_the_schedule_as_it_is_now(demo, capsys):
    status, out, err = _run(capsys, "baseline", demo, "--number", "2")
    assert (status, err) == (0, "")
    assert "Baseline 2 saved for the entire project (61 tasks)" in out
    assert out.rstrip().endswith(f"written to {demo}")
    plan = formats.read_plan(demo)
    result = schedule(plan)
    base = plan.baselines[2]
    assert len(base.entries) == 61
    for entry in base.entries:
        times = result.get(entry.task_uid)
        assert (entry.start, entry.finish) == (times.start, times.finish)
    assert plan.baselines[0] is not None  # the budget baseline untouched


def test_s20ct_baseline_of_some_tasks_keeps_the_others_and_rolls_up_on_request(demo, capsys):
    leaf, parent = _leaf_with_subtask_parent(demo)
    plan = formats.read_plan(demo)
    old = {e.task_uid: e for e in plan.baselines[0].entries}
    task = plan.task(leaf)  # the task grows 5 days after the baseline was saved
    from dataclasses import replace

    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 5 * 480))
    formats.write_plan(plan, demo)
    now = schedule(plan).get(leaf)

    assert _run(capsys, "baseline", demo, "--tasks", leaf)[0] == 0
    base = {e.task_uid: e for e in formats.read_plan(demo).baselines[0].entries}
    assert base[leaf].finish == now.finish != old[leaf].finish
    assert base[parent] == old[parent]  # a summary keeps its baseline (MS Project's default)
    assert len(base) == len(old)

    status, out, _err = _run(
        capsys, "baseline", demo, "--tasks", leaf, "--roll-up", "to-all-summaries"
    )
    assert status == 0
    assert "updating the one saved" in out
    base = {e.task_uid: e for e in formats.read_plan(demo).baselines[0].entries}
    assert base[parent].finish >= now.finish  # rolled up from its subtasks' baselines


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--tasks", "9999"], 1, "no task with UID 9999"),
        (["--tasks", "3,x"], 2, "'x' is not a task UID"),
        (["--number", "11"], 2, "'11' is not a baseline number"),
        (["--roll-up", "from-subtasks"], 2, "--roll-up applies with --tasks or --filter"),
        (["--filter", "task-name-contains=zzzz"], 1, "No task matches the filter"),
        (["-o", "OUT.csv"], 1, "a .csv file keeps no baseline"),
    ],
)
def test_s20ct_baseline_refusals_change_nothing(demo, capsys, tmp_path, args, code, said):
    before = demo.read_bytes()
    args = [str(tmp_path / a) if a == "OUT.csv" else a for a in args]
    status, out, err = _run(capsys, "baseline", demo, *args)
    assert status == code
    assert said in err
    assert err.count("\n") <= (1 if code == 1 else 99)
    assert "Traceback" not in err
    assert out == ""
    assert demo.read_bytes() == before
    assert not (tmp_path / "OUT.csv").exists()


def test_s20ct_a_read_only_file_is_refused_and_kept(demo, capsys):
    before = demo.read_bytes()
    demo.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        for args in (
            ["baseline", demo],
            ["status-date", demo, "2027-02-05"],
            ["update", demo, "--through", "2027-02-05"],
        ):
            status, _out, err = _run(capsys, *args)
            assert status == 1
            assert err.startswith("gantry: plan.gantry: the file is read-only; ")
            assert err.count("\n") == 1
        assert demo.read_bytes() == before
        assert not os.stat(demo).st_mode & stat.S_IWUSR  # still read-only, not replaced
    finally:
        demo.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_s20ct_baseline_in_ms_project_xml_round_trips(shared_data, tmp_path, capsys):
    source = shared_data / "mspdi" / "sample.xml"
    out_path = tmp_path / "baselined.xml"
    status, out, _err = _run(capsys, "baseline", source, "--number", "1", "-o", out_path)
    assert status == 0
    assert "Baseline 1 saved" in out
    plan = formats.read_plan(out_path)
    assert 1 in plan.baselines
    assert plan.baselines[1].entries


# ---------------------------------------------------------------------- status date


def test_s20ct_status_date_sets_clears_and_leaves_the_same_date_alone(demo, capsys):
    status, out, _err = _run(capsys, "status-date", demo, "2027-02-05")
    assert status == 0
    assert "status date set to Fri 2027-02-05 17:00 (was NA); written to " in out
    assert formats.read_plan(demo).project.status_date == FRIDAY
    before, mtime = demo.read_bytes(), demo.stat().st_mtime_ns
    status, out, _err = _run(capsys, "status-date", demo, "2027-02-05")
    assert status == 0
    assert "unchanged" in out
    assert "left as it was" in out
    assert demo.read_bytes() == before
    assert demo.stat().st_mtime_ns == mtime
    status, out, _err = _run(capsys, "status-date", demo, "na")
    assert status == 0
    assert (
        "status date cleared (NA: progress is measured at today; was Fri 2027-02-05 17:00)" in out
    )
    assert formats.read_plan(demo).project.status_date is None


@pytest.mark.parametrize(
    ("day", "code", "said"),
    [
        ("1900-01-01", 1, "outside MS Project's dates"),
        ("2150-01-01", 1, "outside MS Project's dates"),
        ("soon", 1, "'soon' is not a date"),
    ],
)
def test_s20ct_status_date_refuses_what_is_no_date(demo, capsys, day, code, said):
    before = demo.read_bytes()
    status, _out, err = _run(capsys, "status-date", demo, day)
    assert status == code
    assert said in err
    assert err.count("\n") == 1
    assert demo.read_bytes() == before


def test_s20ct_status_date_is_not_written_where_it_is_lost(demo, capsys, tmp_path):
    for ext in (".csv", ".gan"):
        status, _out, err = _run(
            capsys, "status-date", demo, "2027-02-05", "-o", tmp_path / f"x{ext}"
        )
        assert status == 1
        assert f"a {ext} file keeps no status date" in err
        assert not (tmp_path / f"x{ext}").exists()


# ---------------------------------------------------------------------- update project


def test_s20ct_update_sets_progress_as_the_project_menu_does(demo, capsys):
    plan = formats.read_plan(demo)
    expected = update_progress(plan, schedule(plan), FRIDAY, UpdateMode.PROPORTIONAL)
    assert expected  # the demo has work due by then
    status, out, err = _run(capsys, "update", demo, "--through", "2027-02-05")
    assert (status, err) == (0, "")
    assert f"updated {len(expected)} tasks through 2027-02-05" in out
    after = formats.read_plan(demo)
    for update in expected:
        task = after.task(update.uid)
        assert task.percent_complete == update.percent_complete
        assert task.actual_start == update.actual_start
    # nothing more to update: the file is left as it was
    before = demo.read_bytes()
    status, out, _err = _run(capsys, "update", demo, "--through", "2027-02-05")
    assert status == 0
    assert "nothing to update through 2027-02-05" in out
    assert demo.read_bytes() == before


def test_s20ct_update_all_or_nothing_sets_only_finished_tasks(demo, capsys):
    assert _run(capsys, "update", demo, "--through", "2027-02-05", "--all-or-nothing")[0] == 0
    plan = formats.read_plan(demo)
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    assert {t.percent_complete for t in leaves} <= {0.0, 100.0}
    assert any(t.percent_complete == 100.0 for t in leaves)


def test_s20ct_update_reschedule_moves_late_work_after_the_date(demo, capsys):
    assert _run(capsys, "update", demo, "--through", "2027-02-05")[0] == 0
    plan = formats.read_plan(demo)
    after = end_of_day(plan, datetime(2027, 2, 19).date())
    expected = reschedule_uncompleted(plan, schedule(plan), after)
    status, out, _err = _run(capsys, "update", demo, "--through", "2027-02-19", "--reschedule")
    assert status == 0
    assert f"moved {len(expected)} tasks after 2027-02-19" in out
    moved = formats.read_plan(demo)
    result = schedule(moved)
    for update in expected:
        task = moved.task(update.uid)
        if update.splits is None:
            assert task.constraint_type is ConstraintType.SNET
            assert task.constraint_date == after
        assert result.get(update.uid).finish > after


def test_s20ct_update_of_some_tasks_leaves_the_others(demo, capsys):
    leaf, parent = _leaf_with_subtask_parent(demo)
    status, _out, _err = _run(capsys, "update", demo, "--through", "2027-06-01", "--tasks", parent)
    assert status == 0
    plan = formats.read_plan(demo)
    done = {t.uid for t in plan.tasks if t.percent_complete > 0 and not plan.is_summary(t.uid)}
    family = {t.uid for t in plan.descendants(parent)}
    assert leaf in done
    assert done <= family


def test_s20ct_update_refuses_a_plan_that_cannot_be_scheduled(tmp_path, capsys):
    loop = tmp_path / "loop.csv"
    loop.write_text("ID,Name,Duration,Predecessors\n1,A,2d,2\n2,B,2d,1\n", encoding="utf-8")
    before = loop.read_bytes()
    status, out, err = _run(capsys, "update", loop, "--through", "2027-02-05")
    assert status == 1
    assert out == ""
    assert err.startswith("gantry: loop.csv")
    assert err.count("\n") == 1
    assert loop.read_bytes() == before


# ---------------------------------------------------------------------- info


def test_s20ct_info_shows_tracking_only_when_the_plan_has_it(demo, capsys):
    _status, out, _err = _run(capsys, "info", demo)
    assert "Status date:" not in out
    assert "% complete:" not in out
    assert "Actual cost:" not in out
    assert "Variance:       finish 0d against Baseline (finish 2027-06-01 17:00)" in out
    assert _run(capsys, "status-date", demo, "2027-02-05")[0] == 0
    assert _run(capsys, "update", demo, "--through", "2027-02-05")[0] == 0
    _status, out, _err = _run(capsys, "info", demo)
    lines = dict(line.split(":", 1) for line in out.splitlines())
    plan = formats.read_plan(demo)
    result = schedule(plan)
    report = gather_status(plan, result, compute_costs(plan, result), datetime.now())
    headline = report.headline
    assert lines["Status date"].strip() == "Fri 2027-02-05 17:00"
    assert lines["% complete"].strip() == f"{round(headline.percent_complete)}%"
    spent = format_money(headline.actual, plan.project)
    assert lines["Actual cost"].strip() == f"{spent} to the status date"
    assert "Over-allocated: " in out  # the keys' column is where it was


def test_s20ct_the_installed_command_runs_the_tracking_commands(demo):
    gantry = Path(sys.executable).parent / "gantry"
    if not gantry.exists():
        pytest.skip("the gantry script is not installed beside this Python")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(gantry), *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    assert run("status-date", demo, "2027-02-05").returncode == 0
    done = run("update", demo, "--through", "2027-02-05")
    assert done.returncode == 0
    assert "updated" in done.stdout
    bad = run("update", demo, "--through", "31/12/2027")
    assert bad.returncode == 2
    assert bad.stderr.strip().endswith("is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
    info = run("info", demo)
    assert "Status date:    Fri 2027-02-05 17:00" in info.stdout


def test_s20ct_help_reads_as_written(capsys):
    for command in ("baseline", "status-date", "update"):
        assert main([command, "--help"]) == 0
        out = capsys.readouterr().out
        assert "%%" not in out  # argparse formats option help with %, not the description
    assert main(["update", "--help"]) == 0
    assert "stands for all its subtasks" in " ".join(capsys.readouterr().out.split())
