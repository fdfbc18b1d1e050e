"""``gantry assign``: Resource > Assign Resources and Assignment Information headless, by
the window's rules; a bad value is one line naming it, exit 1 or 2, the file unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.contours import WorkContour
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.store.document import read_plan, write_plan

H = 60


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """Design 5d (Ana 40h at 100/h) -> Write 5d (Ana); Ben (80/h) free; a budget resource."""
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8), name="Assign demo"))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Write", duration_minutes=5 * 480))
    plan.add_link(Link(predecessor=1, successor=2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100))
    plan.add_resource(Resource(2, "Ben", standard_rate=80, initials="B"))
    plan.add_resource(Resource(3, "Budget", type=ResourceType.COST, is_budget=True))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 40 * H))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def _ben(path: Path, task: int) -> Assignment | None:
    plan = read_plan(path)
    return next((a for a in plan.assignments_of_task(task) if a.resource_uid == 2), None)


def test_s30dl_assign_puts_ben_on_with_a_delay_and_the_task_stretches(plan_file, capsys):
    args = ["assign", str(plan_file), "--task", "2", "--person", "Ben", "--units", "50%"]
    assert main([*args, "--delay", "2d"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "'Write' (UID 2): 'Ben' assigned: Units 50 %, Work 20h, Delay 2d"
    assert out[1] == "  Start   Mon 2027-01-11 08:00 as before"
    # 20h at 50 % after 2 days: the task lasts 7 days (as the dialog's Delay stretches it)
    assert out[2] == "  Finish  Fri 2027-01-15 17:00 -> Tue 2027-01-19 17:00"
    assert out[3] == "  Work    40h -> 60h"
    assert out[4] == "  Cost    €4,000.00 -> €5,600.00"
    assert out[5] == f"written to {plan_file}"
    ben = _ben(plan_file, 2)
    assert ben is not None
    assert (ben.units, ben.work_minutes, ben.delay_minutes) == (0.5, 20 * H, 2 * 480)
    assert read_plan(plan_file).task(2).duration_minutes == 7 * 480


def test_s30dl_assign_sets_the_dialogs_fields_on_someone_already_on(plan_file, capsys):
    assert main(["assign", str(plan_file), "--task", "2", "--person", "B"]) == 0
    capsys.readouterr()
    args = ["assign", str(plan_file), "--task", "2", "--person", "ben", "--work", "30h"]
    assert main([*args, "--contour", "back", "--cost-table", "b"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "'Write' (UID 2): 'Ben': Work 40h -> 30h, Contour Flat -> Back Loaded, Cost table A -> B"
    )
    ben = _ben(plan_file, 2)
    assert ben is not None
    assert (ben.work_minutes, ben.contour, ben.rate_table) == (30 * H, WorkContour.BACK_LOADED, 1)


def test_s30dl_assign_remove_takes_the_person_off(plan_file, capsys):
    assert main(["assign", str(plan_file), "--task", "2", "--person", "Ben"]) == 0
    assert main(["assign", str(plan_file), "--task", "2", "--person", "Ben", "--remove"]) == 0
    assert "'Ben' taken off (Work 40h)" in capsys.readouterr().out
    assert _ben(plan_file, 2) is None


def test_s30dl_assign_writes_to_out_and_leaves_file(plan_file, tmp_path, capsys):
    out = tmp_path / "out.gantry"
    before = plan_file.read_bytes()
    args = ["assign", str(plan_file), "--task", "1", "--person", "Ben", "-o", str(out)]
    assert main(args) == 0
    assert plan_file.read_bytes() == before
    assert _ben(out, 1) is not None


def test_s30dl_assign_unchanged_leaves_the_file(plan_file, capsys):
    before = plan_file.read_bytes()
    assert main(["assign", str(plan_file), "--task", "1", "--person", "Ana"]) == 0
    assert capsys.readouterr().out == (
        f"'Design' (UID 1): 'Ana' unchanged; {plan_file} left as it was\n"
    )
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize(
    ("extra", "code", "said"),
    [
        (["--task", "9", "--person", "Ben"], 1, "no task with UID 9"),
        (["--task", "x", "--person", "Ben"], 1, "--task 'x' is not a task UID"),
        (["--task", "1", "--person", "Zed"], 1, "--person: no one called 'Zed' in the team"),
        (["--task", "1", "--person", "Budget"], 1, "'Budget' is a budget resource"),
        (["--task", "1", "--person", "Ben", "--units", "abc"], 2, "--units 'abc' is not units"),
        (["--task", "1", "--person", "Ben", "--delay", "2x"], 2, "--delay: '2x'"),
        (["--task", "1", "--person", "Ben", "--delay", "-1d"], 2, "--delay: '-1d' cannot be"),
        (["--task", "1", "--person", "Ben", "--work", "3q"], 2, "--work: '3q'"),
        (["--task", "1", "--person", "Ben", "--work", "2ed"], 2, "--work: '2ed' is elapsed"),
        (["--task", "1", "--person", "Ben", "--contour", "zig"], 2, "'zig' is not a work contour"),
        (["--task", "1", "--person", "Ben", "--cost-table", "F"], 2, "not a cost rate table"),
        (["--task", "1", "--person", "Ben", "--remove", "--units", "5%"], 2, "give no --units"),
        (["--task", "1", "--person", "Ben", "--remove"], 1, "'Ben' is not on 'Design' (UID 1)"),
        (["--task", "1"], 2, "--person"),
    ],
)
def test_s30dl_assign_refuses_in_one_line_and_changes_nothing(plan_file, capsys, extra, code, said):
    before = plan_file.read_bytes()
    assert main(["assign", str(plan_file), *extra]) == code
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err
    if code == 1:
        assert len(err.strip().splitlines()) == 1
    assert plan_file.read_bytes() == before


def test_s30dl_assign_is_in_the_top_level_help(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "gantry assign FILE [opts]" in out
    assert main(["assign", "--help"]) == 0
    assert "--cost-table A-E" in capsys.readouterr().out
