"""``gantry new FILE``: File > New from the command line. A script that sets up a project
folder makes the same empty plan the window makes (the three base calendars, the project
defaults), with the start, project calendar, public holidays and manager it names; an
existing FILE is kept unless --force, and a bad option is one line naming it, exit 2,
with nothing written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.blank_plan import blank_plan
from app.formats import read_plan


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    got = capsys.readouterr()
    return code, got.out, got.err


def test_new_gantry_holds_what_the_options_say(tmp_path: Path, capsys) -> None:
    path = tmp_path / "Depot.gantry"
    code, out, err = _run(
        capsys,
        *("new", str(path), "--start", "2027-01-04", "--country", "DE-BY"),
        *("--manager", "Ann Lee", "--name", "Depot rollout"),
    )
    assert (code, err) == (0, "")
    assert "Depot rollout: new plan starting 2027-01-04 08:00 on the Standard calendar" in out
    plan = read_plan(path)
    assert plan.project.name == "Depot rollout"
    assert plan.project.manager == "Ann Lee"
    assert plan.project.start == datetime(2027, 1, 4, 8, 0)
    assert plan.tasks == []
    assert sorted(c.name for c in plan.calendars.values()) == [
        "24 Hours",
        "Night Shift",
        "Standard",
    ]
    project_calendar = plan.calendar(plan.project.calendar_uid)
    assert (project_calendar.holiday_country, project_calendar.holiday_subdivision) == (
        "DE",
        "BY",
    )


def test_new_plan_is_file_new_s_plan(tmp_path: Path, capsys) -> None:
    """Without options: named after FILE, starting today, Standard, as File > New makes it."""
    path = tmp_path / "Plain.gantry"
    assert _run(capsys, "new", str(path))[0] == 0
    plan = read_plan(path)
    window_s = blank_plan("Plain", date.today())
    assert plan.project.name == "Plain"
    assert plan.project.start == window_s.project.start
    assert plan.project.calendar_uid == window_s.project.calendar_uid
    assert {c.name: c.week for c in plan.calendars.values()} == {
        c.name: c.week for c in window_s.calendars.values()
    }


@pytest.mark.parametrize("suffix", [".xml", ".xlsx"])
def test_new_in_other_formats_on_another_calendar(tmp_path: Path, capsys, suffix: str) -> None:
    path = tmp_path / f"Plant{suffix}"
    code, _out, err = _run(
        capsys, "new", str(path), "--calendar", "night shift", "--start", "05.01.2027"
    )
    assert (code, err) == (0, "")
    plan = read_plan(path)
    assert plan.calendar(plan.project.calendar_uid).name == "Night Shift"
    assert plan.project.start.date() == date(2027, 1, 5)


def test_existing_file_kept_unless_force(tmp_path: Path, capsys) -> None:
    path = tmp_path / "Old.gantry"
    assert _run(capsys, "new", str(path), "--name", "First")[0] == 0
    before = path.read_bytes()
    code, out, err = _run(capsys, "new", str(path), "--name", "Second")
    assert (code, out) == (1, "")
    assert err == "gantry: Old.gantry: exists; give --force to replace it\n"
    assert path.read_bytes() == before
    assert _run(capsys, "new", str(path), "--name", "Second", "--force")[0] == 0
    assert read_plan(path).project.name == "Second"


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--start", "2027-13-01", "--start '2027-13-01' is not a date"),
        ("--country", "XX", "--country 'XX': no public-holiday list"),
        ("--country", "DE-XX", "--country 'DE-XX'"),
        ("--calendar", "Weekend", "--calendar 'Weekend' is not a base calendar"),
    ],
)
def test_bad_option_is_bad_usage_and_writes_nothing(
    tmp_path: Path, capsys, option: str, value: str, named: str
) -> None:
    path = tmp_path / "Bad.gantry"
    code, out, err = _run(capsys, "new", str(path), option, value)
    assert (code, out) == (2, "")
    assert err.startswith(f"gantry: {named}")
    assert len(err.splitlines()) == 1
    assert not path.exists()


def test_a_printout_is_no_plan_to_make(tmp_path: Path, capsys) -> None:
    code, _out, err = _run(capsys, "new", str(tmp_path / "plan.pdf"))
    assert code == 1
    assert "a new plan is written as .gantry" in err
    assert list(tmp_path.iterdir()) == []


def test_help_lists_new(capsys) -> None:
    assert main(["--help"]) == 0
    assert "gantry new FILE" in capsys.readouterr().out
