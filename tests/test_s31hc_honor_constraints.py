"""MS Project's "Tasks will always honor their constraint dates" (File > Options > Schedule).

On (the default), a Must Start On or a No Later Than date beats the links; off, as in
four of the client files in shared/data, the links win: the task follows its
predecessor, the date it misses is noted and shows as negative slack. The option is
read from <HonorConstraints>, written back as read, and kept in a .gantry plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan(honor: bool, ctype: ConstraintType, date: datetime) -> Plan:
    """Build (5d) then Test (2d, FS after Build) constrained by ``ctype`` on ``date``."""
    plan = Plan(project=Project(start=MON, honor_constraints=honor))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.append_task(
        Task(2, "Test", duration_minutes=2 * DAY, constraint_type=ctype, constraint_date=date)
    )
    plan.add_link(Link(1, 2))
    return plan


# Build ends Fri 5 March 17:00; Test could start Mon 8 March by its link.
EARLY = datetime(2027, 3, 3, 8, 0)  # Wed 3 March: before the link allows
LATE = datetime(2027, 3, 10, 8, 0)  # Wed 10 March: after it


@pytest.mark.parametrize(
    ("ctype", "date"),
    [
        (ConstraintType.MSO, EARLY),
        (ConstraintType.SNLT, EARLY),
        (ConstraintType.MFO, datetime(2027, 3, 4, 17, 0)),
        (ConstraintType.FNLT, datetime(2027, 3, 4, 17, 0)),
    ],
)
def test_links_win_when_constraints_are_not_honored(ctype, date):
    honored = schedule(_plan(True, ctype, date))
    assert honored[2].start < datetime(2027, 3, 8, 8, 0)  # the date beat the link

    result = schedule(_plan(False, ctype, date))
    assert result[2].start == datetime(2027, 3, 8, 8, 0)
    assert result[2].finish == datetime(2027, 3, 9, 17, 0)
    # The date missed: negative slack on the task and its predecessor, and one note
    assert result[2].total_slack_minutes < 0
    assert result[1].total_slack_minutes < 0
    assert result[1].critical
    notes = [i.message for i in result.issues if i.task_uid == 2]
    assert len(notes) == 1
    assert "misses its" in notes[0]
    assert "links move it later" in notes[0]


def test_a_must_start_on_after_the_links_still_holds_the_task():
    result = schedule(_plan(False, ConstraintType.MSO, LATE))
    assert result[2].start == LATE
    assert not result.issues


def test_a_met_no_later_than_changes_nothing():
    on = schedule(_plan(True, ConstraintType.SNLT, LATE))
    off = schedule(_plan(False, ConstraintType.SNLT, LATE))
    assert off[2].start == on[2].start == datetime(2027, 3, 8, 8, 0)
    assert off[2].total_slack_minutes == on[2].total_slack_minutes
    assert not off.issues


def test_must_start_on_without_links_stays_on_its_date():
    plan = Plan(project=Project(start=MON, honor_constraints=False))
    plan.append_task(
        Task(
            1,
            "Kick-off",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=LATE,
        )
    )
    assert schedule(plan)[1].start == LATE


def test_the_client_file_option_is_read_and_written_back(shared_data, tmp_path):
    for name in ("sample.xml", "baselines.xml", "mspdiassignmentfields.xml", "mspdirelations.xml"):
        path = next(shared_data.rglob(name))
        plan = read_mspdi(path)
        assert plan.project.honor_constraints is False, name
        out = tmp_path / name
        write_mspdi(plan, out)
        assert "<HonorConstraints>0</HonorConstraints>" in out.read_text(encoding="utf-8")
        assert read_mspdi(out).project.honor_constraints is False


def test_a_file_that_honors_them_says_so_and_a_file_without_the_element_honors(tmp_path):
    plan = _plan(True, ConstraintType.MSO, EARLY)
    out = tmp_path / "on.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    assert "<HonorConstraints>1</HonorConstraints>" in text
    bare = tmp_path / "bare.xml"
    bare.write_text(text.replace("<HonorConstraints>1</HonorConstraints>", ""), encoding="utf-8")
    assert read_mspdi(bare).project.honor_constraints is True


def test_the_tester_file_schedules_task_2_after_task_1(shared_data, tmp_path):
    """mspdirelations.xml with Task 2 given Must Start On 2000-01-01 (tester s31xm)."""
    path = next(shared_data.rglob("mspdirelations.xml"))
    plan = read_mspdi(path)
    task2 = next(t for t in plan.tasks if t.uid == 2)
    plan.update_task(
        replace(task2, constraint_type=ConstraintType.MSO, constraint_date=datetime(2000, 1, 3, 8))
    )
    out = tmp_path / "honor0.xml"
    write_mspdi(plan, out)
    result = schedule(read_mspdi(out))
    assert result[2].start > result[1].finish
    assert result[2].start.year == 2006


def test_diff_names_a_change_of_the_option(shared_data, tmp_path, capsys):
    import json

    from app.cli import main

    plan = read_mspdi(next(shared_data.rglob("mspdirelations.xml")))
    off, on, csv = tmp_path / "off.xml", tmp_path / "on.xml", tmp_path / "off.csv"
    write_mspdi(plan, off)
    write_mspdi(replace(plan, project=replace(plan.project, honor_constraints=True)), on)
    capsys.readouterr()
    assert main(["diff", str(off), str(on), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["entity"], c["field"], c["old"], c["new"]) for c in changes] == [
        ("project", "honor_constraints", False, True)
    ]
    assert main(["diff", str(off), str(on)]) == 0
    assert "Tasks will always honor their constraint dates No -> Yes" in capsys.readouterr().out
    # A CSV has no place for it: not reported as changed
    assert main(["convert", str(off), str(csv)]) == 0
    capsys.readouterr()
    assert main(["diff", str(off), str(csv), "--json"]) == 0
    fields = [c.get("field") for c in json.loads(capsys.readouterr().out)["changes"]]
    assert "honor_constraints" not in fields


def test_a_must_start_on_before_the_project_start_stays_there():
    """No link moves it: its date holds, as with the option on (and as a Start No Earlier
    Than before the project start does)."""
    plan = Plan(project=Project(start=datetime(2027, 3, 8, 8), honor_constraints=False))
    plan.append_task(
        Task(
            1,
            "Permit",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=MON,
        )
    )
    assert schedule(plan)[1].start == MON


def test_info_says_when_constraint_dates_are_not_honored(shared_data, capsys):
    import json

    from app.cli import main

    off = next(shared_data.rglob("sample.xml"))
    capsys.readouterr()
    assert main(["info", str(off)]) == 0
    out = capsys.readouterr().out
    assert "Constraint dates: not honored: links win over them (Project Information)" in out
    assert main(["info", str(off), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["project"]["honor_constraints"] is False
    on = next(shared_data.rglob("Software-Development.xml"))
    assert main(["info", str(on)]) == 0
    assert "Constraint dates" not in capsys.readouterr().out
    assert main(["info", str(on), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["project"]["honor_constraints"] is True
