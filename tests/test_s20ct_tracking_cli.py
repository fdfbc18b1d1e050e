"""Tracking without the window: gantry baseline, status-date and update run what the
Project menu runs (Set Baseline, Status Date, Update Project) and write the plan; info
shows the status date, % complete, the finish's variance and the actual cost."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.scheduling.run import schedule_only as schedule

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
    assert "status date set to Fri 2027-02-05 17:00" in out
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
    assert "cleared" in out
    assert formats.read_plan(demo).project.status_date is None


@pytest.mark.parametrize(
    ("day", "code", "said"),
    [
        ("1900-01-01", 1, "outside MS Project's dates"),
        ("2150-01-01", 1, "outside MS Project's dates"),
        ("soon", 2, "'soon' is not a date"),
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


# ---------------------------------------------------------------------- info
