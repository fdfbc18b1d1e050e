"""``gantry move FILE --start DATE [-o OUT]`` through a real subprocess."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import datetime

from app.assets import resource_path
from app.store.document import read_plan, write_plan
from tests.cli.test_cli import gantry


def _starts(path):
    data = json.loads(gantry("schedule", path, "--json").stdout)
    return data["project"], {t["uid"]: t["start"] for t in data["tasks"]}


def test_move_writes_out_and_every_task_shifts_by_the_same_working_time(tmp_path):
    demo = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), demo)
    before = read_plan(demo)
    _old_project, old_starts = _starts(demo)
    start = before.project.start
    new_day = datetime(start.year + 1, 1, 4).date()  # any Monday far from the old start
    while new_day.weekday() != start.weekday():
        new_day = new_day.replace(day=new_day.day + 1)
    out = tmp_path / "moved.xml"
    done = gantry("move", demo, "--start", new_day.isoformat(), "-o", out)
    assert done.returncode == 0, done.stderr
    assert f"moved to start {new_day:%Y-%m-%d}" in done.stdout
    assert read_plan(demo).project.start == start  # the input is untouched with -o
    new_project, new_starts = _starts(out)
    assert new_project["start"].startswith(new_day.isoformat())
    assert new_starts.keys() == old_starts.keys()
    # the same working offset from the project start, so the same weekday and time of day
    for uid, old in old_starts.items():
        a, b = datetime.fromisoformat(old), datetime.fromisoformat(new_starts[uid])
        assert (a.weekday(), a.time()) == (b.weekday(), b.time()), uid
        assert b > a


def test_move_in_place_and_keep_deadlines(tmp_path):
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    last = plan.tasks[-1]
    plan.update_task(replace(last, deadline=datetime(2027, 6, 30, 17)))  # a Wednesday
    demo = tmp_path / "demo.gantry"
    write_plan(plan, demo)
    done = gantry("move", demo, "--start", "2030-01-07", "--keep-deadlines")
    assert done.returncode == 0, done.stderr
    after = read_plan(demo)
    assert after.project.start == datetime(2030, 1, 7, 8)
    assert after.task(last.uid).deadline == datetime(2027, 6, 30, 17)
    # moved back by the same working time, the deadline moves with it this time
    assert gantry("move", demo, "--start", "2027-01-04").returncode == 0
    assert read_plan(demo).task(last.uid).deadline < datetime(2027, 6, 30, 17)


def test_a_bad_date_is_one_line_and_exit_2(tmp_path):
    demo = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), demo)
    done = gantry("move", demo, "--start", "2026-02-30")
    assert done.returncode == 2  # bad usage, as --status-date's and --from's
    said = "is not a date (use YYYY-MM-DD or DD.MM.YYYY)"
    assert done.stderr == f"gantry: --start '2026-02-30' {said}\n"
    assert gantry("move", demo).returncode == 2  # --start missing: bad usage


def test_a_plan_gantry_cannot_write_back_asks_for_an_output(tmp_path, shared_data):
    mpp = tmp_path / "plan.mpp"
    shutil.copy(shared_data / "mpp" / "Blank2010.mpp", mpp)
    done = gantry("move", mpp, "--start", "2030-01-07")
    assert done.returncode == 1
    assert done.stderr.startswith("gantry: plan.mpp: Gantry cannot write .mpp files; name")
    assert len(done.stderr.splitlines()) == 1
    out = tmp_path / "moved.xml"
    done = gantry("move", mpp, "--start", "2030-01-07", "-o", out)
    assert done.returncode == 0, done.stderr
    assert read_plan_any(out).project.start.date().isoformat() == "2030-01-07"


def read_plan_any(path):
    from app import formats

    return formats.read_plan(path)
