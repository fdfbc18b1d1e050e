"""A note when the schedule from scratch moves tasks from the dates an MS Project file saved
(tester s31xm: SplitTaskFinishDate.xml lost its split on the way from the .mpp and finished
5 days early, with no word). `gantry schedule` and `gantry info` say it once; a file whose
dates Gantry reproduces says nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.saved_dates import NOTE_WORDS, saved_dates_note
from app.domain.scheduler import schedule
from app.domain.task import Task

DAY = 480
MON = datetime(2027, 3, 1, 8)


def _plan(saved_finish: datetime, percent: float = 0) -> Plan:
    """Dig (2d), then Pour (3d); Pour saved as finishing at ``saved_finish``."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(1, "Dig", duration_minutes=2 * DAY, start=MON, finish=datetime(2027, 3, 2, 17))
    )
    plan.append_task(
        Task(
            2,
            "Pour",
            duration_minutes=3 * DAY,
            start=datetime(2027, 3, 3, 8),
            finish=saved_finish,
            percent_complete=percent,
        )
    )
    plan.add_link(Link(1, 2))
    return plan


def test_dates_as_saved_say_nothing():
    plan = _plan(datetime(2027, 3, 5, 17))
    assert saved_dates_note(plan, schedule(plan), "plan.xml") is None


def test_a_task_moved_is_counted_and_named():
    plan = _plan(datetime(2027, 3, 10, 17))
    note = saved_dates_note(plan, schedule(plan), "plan.xml")
    assert note is not None
    assert note.startswith(
        f"plan.xml: 1 task {NOTE_WORDS}, first: 'Pour' finishes 2027-03-05 17:00"
    )
    assert "the file says 2027-03-10 17:00" in note
    assert "the project finishes 2027-03-05, the file says 2027-03-10" in note


def test_a_task_with_progress_is_not_compared():
    plan = _plan(datetime(2027, 3, 10, 17), percent=50)
    assert saved_dates_note(plan, schedule(plan), "plan.xml") is None


def test_a_manual_task_is_not_compared():
    plan = _plan(datetime(2027, 3, 10, 17))
    pour = plan.task(2)
    plan.update_task(replace(pour, manual=True))
    assert saved_dates_note(plan, schedule(plan), "plan.xml") is None


def _said(capsys, *args):
    capsys.readouterr()
    assert main(list(args)) == 0
    err = capsys.readouterr().err
    return [line for line in err.splitlines() if NOTE_WORDS in line]


def test_schedule_and_info_say_it_for_the_split_file(shared_data, capsys):
    path = str(shared_data / "mpp" / "SplitTaskFinishDate.xml")
    for args in (("schedule", path), ("schedule", path, "--json"), ("info", path)):
        lines = _said(capsys, *args)
        assert len(lines) == 1, args
        assert "SplitTaskFinishDate.xml: 6 tasks scheduled differently" in lines[0]
        assert (
            "first: 'Task4' finishes 2010-06-23 17:00, the file says 2010-06-28 17:00" in lines[0]
        )
        assert "the project finishes 2010-07-16, the file says 2010-07-21" in lines[0]
    capsys.readouterr()
    assert main(["info", path, "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert sum(NOTE_WORDS in n for n in notes) == 1


@pytest.mark.parametrize(
    "name", ["mspdi/Software-Development.xml", "mspdi/sample.xml", "mspdi/mspdirelations.xml"]
)
def test_files_gantry_schedules_as_saved_say_nothing(shared_data, capsys, name):
    path = shared_data / name
    if not path.exists():
        path = next(shared_data.rglob(path.name))
    assert _said(capsys, "schedule", str(path)) == []


def test_a_gantry_plan_says_nothing(shared_data, capsys, tmp_path):
    out = tmp_path / "split.gantry"
    assert main(["convert", str(shared_data / "mpp" / "SplitTaskFinishDate.xml"), str(out)]) == 0
    assert _said(capsys, "schedule", str(out)) == []
