"""gantry split and gantry days-off: an interruption or a person's absence recorded without
the window, and bad input refused in one line with the file left as it was."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.vacations import vacations

MON = datetime(2026, 1, 5, 8)  # a Monday; the day is 8-12, 13-17
DAY = 480


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """Phase > Build (4d, Ana) -> Test (2d); Cement, a material."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Phase", duration_minutes=0))
    plan.append_task(Task(2, "Build", 2, duration_minutes=4 * DAY))
    plan.append_task(Task(3, "Test", 2, duration_minutes=2 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana Ruiz"))
    plan.add_resource(Resource(2, "Cement", type=ResourceType.MATERIAL))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 4 * DAY))
    path = tmp_path / "shop.gantry"
    formats.write_plan(plan, path)
    return path


def _run(capsys, *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def test_split_pauses_the_task_and_its_successor_follows(plan_file, capsys, tmp_path):
    out = tmp_path / "split.gantry"
    status, said, err = _run(
        capsys, "split", plan_file, "--task", 2, "--at", "2026-01-06", "--for", "2d", "-o", out
    )
    assert (status, err) == (0, "")
    plan = formats.read_plan(out)
    assert plan.task(2).splits == (Split(DAY, 2 * DAY),)  # Monday done, Tue-Wed paused
    result = schedule(plan)
    assert result[2].finish == datetime(2026, 1, 12, 17)  # Thu, Fri, Mon
    assert result[3].start == datetime(2026, 1, 13, 8)
    assert said.startswith("'Build': work stops Tue 2026-01-06 08:00 for 2d, finish Mon 2026-01-12")
    assert "(was Thu 2026-01-08 17:00)" in said


def test_days_off_go_into_the_persons_calendar_and_move_their_work(plan_file, capsys):
    status, said, err = _run(
        capsys,
        "days-off",
        plan_file,
        "--person",
        "ana ruiz",  # any case
        "--from",
        "2026-01-06",
        "--to",
        "2026-01-07",
        "--name",
        "Dentist",
    )
    assert (status, err) == (0, "")
    plan = formats.read_plan(plan_file)  # written in place without -o
    (off,) = vacations(plan, 1)
    assert (off.name, off.start, off.end, off.working) == (
        "Dentist",
        date(2026, 1, 6),
        date(2026, 1, 7),
        False,
    )
    result = schedule(plan)
    assert result[2].finish == datetime(2026, 1, 12, 17)  # Mon, then Thu, Fri, Mon
    assert "'Ana Ruiz': 'Dentist' 2026-01-06 to 2026-01-07 (2 days) off" in said
    assert "project finish Wed 2026-01-14 17:00 (was Mon 2026-01-12 17:00)" in said


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["split", "--task", 9, "--at", "2026-01-06", "--for", "1d"], 1, "no task with UID 9"),
        (["split", "--task", 1, "--at", "2026-01-06", "--for", "1d"], 1, "is a summary task"),
        (["split", "--task", 2, "--at", "2026-01-05", "--for", "1d"], 1, "is not inside 'Build'"),
        (["split", "--task", 2, "--at", "2026-02-02", "--for", "1d"], 1, "is not inside 'Build'"),
        (["split", "--task", 2, "--at", "2026-01-06", "--for", "0d"], 1, "longer than zero"),
        (["split", "--task", 2, "--at", "2026-01-06", "--for", "2ed"], 1, "working time"),
        (["split", "--task", 2, "--at", "Tuesday", "--for", "1d"], 1, "--at"),
        (["days-off", "--person", "Bo", "--from", "2026-01-06", "--to", "2026-01-06"], 1,
         "no person named 'Bo'"),
        (["days-off", "--person", "Cement", "--from", "2026-01-06", "--to", "2026-01-06"], 1,
         "material resource"),
        (["days-off", "--person", "Ana Ruiz", "--from", "2026-01-07", "--to", "2026-01-06"], 1,
         "before --from"),
        (["days-off", "--person", "Ana Ruiz", "--from", "7 Jan", "--to", "2026-01-06"], 2,
         "is not a date"),
        (["days-off", "--person", "Ana Ruiz", "--from", "2026-01-06", "--to", "2026-01-06",
          "--name", "Off\x07"], 1, "control character"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_the_file_is_untouched(plan_file, capsys, args, code, said):
    before = plan_file.read_bytes()
    status, out, err = _run(capsys, args[0], plan_file, *args[1:])
    assert status == code
    assert out == ""
    assert said in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert plan_file.read_bytes() == before


def test_days_off_overlapping_ones_the_person_has_are_refused(plan_file, capsys):
    days = ["--person", "Ana Ruiz", "--from", "2026-01-06", "--to", "2026-01-07"]
    assert _run(capsys, "days-off", plan_file, *days)[0] == 0
    before = plan_file.read_bytes()
    status, _, err = _run(
        capsys, "days-off", plan_file, "--person", "Ana Ruiz", "--from", "2026-01-07",
        "--to", "2026-01-09",
    )  # fmt: skip
    assert status == 1
    assert "overlap their 'Vacation' (2026-01-06 to 2026-01-07)" in err
    assert plan_file.read_bytes() == before
