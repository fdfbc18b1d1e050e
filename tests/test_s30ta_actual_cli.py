"""``gantry progress --person --actual-work [--on]`` records one person's hours, a day's kept
on that day, and ``gantry diff`` names a change of a person's hours on a day (task s30ta,
finding s30xt M2)."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.formats import read_plan, write_plan
from tests.test_s30ta_actual_days import H, interviews


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "hours.gantry"
    write_plan(interviews(), path)
    return path


def _progress(path, *args):
    return main(["progress", str(path), "--task", "1", *args])


def test_s30ta_one_persons_hours_on_one_day(plan_file, capsys):
    assert (
        _progress(plan_file, "--person", "maria", "--actual-work", "10h", "--on", "2027-01-07") == 0
    )
    assert (
        _progress(plan_file, "--person", "Maria", "--actual-work", "6h", "--on", "2027-01-08") == 0
    )
    plan = read_plan(plan_file)
    maria, aisha = plan.assignment(1), plan.assignment(2)
    assert [(p.start.date(), p.minutes) for p in maria.actual_days] == [
        (date(2027, 1, 7), 10 * H),
        (date(2027, 1, 8), 6 * H),
    ]
    assert aisha.actual_work_minutes == 0  # the others keep theirs
    assert plan.task(1).percent_complete == pytest.approx(20.0)  # 16h of 80h


def test_s30ta_one_persons_total_without_a_day(plan_file):
    assert _progress(plan_file, "--person", "Aisha", "--actual-work", "12h") == 0
    plan = read_plan(plan_file)
    assert plan.assignment(2).actual_work_minutes == 12 * H
    assert plan.assignment(1).actual_work_minutes == 0


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--person", "Nobody", "--actual-work", "2h"], "--person 'Nobody' is not on 'Interviews'"),
        (["--on", "2027-01-07", "--actual-work", "2h"], "--on needs --person"),
        (["--person", "Maria", "--percent", "50"], "--person goes with --actual-work"),
        (
            ["--person", "Maria", "--actual-work", "25h", "--on", "2027-01-07"],
            "'Maria', Thu 2027-01-07: 25h of actual work in one day; a day has 24 hours",
        ),
        (["--person", "Maria", "--actual-work", "2h", "--on", "7th"], "--on: "),
    ],
)
def test_s30ta_bad_options_are_refused_in_one_line(plan_file, capsys, args, said):
    before = plan_file.read_bytes()
    assert _progress(plan_file, *args) != 0
    err = capsys.readouterr().err
    assert said in err
    assert len(err.strip().splitlines()) == 1
    assert plan_file.read_bytes() == before


def test_s30ta_diff_names_a_persons_hours_on_a_day(plan_file, tmp_path, capsys):
    _progress(plan_file, "--person", "Maria", "--actual-work", "6h", "--on", "2027-01-08")
    other = tmp_path / "other.gantry"
    other.write_bytes(plan_file.read_bytes())
    _progress(other, "--person", "Maria", "--actual-work", "7h", "--on", "2027-01-08")
    capsys.readouterr()
    main(["diff", str(plan_file), str(other)])
    out = capsys.readouterr().out
    assert (
        "Maria on ID 1 'Interviews': Actual work by day '2027-01-08 6h' -> '2027-01-08 7h'" in out
    )


def test_s30ta_hours_typed_by_the_status_date_are_not_ahead_of_it(plan_file, capsys):
    """Half the task's work done Thu-Fri reads, laid by % complete, as done into Monday; the
    hours were typed on Thursday and Friday: nothing is ahead of Friday's status date."""
    assert main(["status-date", str(plan_file), "2027-01-08"]) == 0
    for person in ("Maria", "Aisha"):
        for day in ("2027-01-07", "2027-01-08"):
            assert (
                _progress(plan_file, "--person", person, "--actual-work", "10h", "--on", day) == 0
            )
    assert "after the status date" not in capsys.readouterr().err
    assert main(["info", str(plan_file)]) == 0
    assert "Progress ahead" not in capsys.readouterr().out
    assert (
        _progress(plan_file, "--person", "Maria", "--actual-work", "2h", "--on", "2027-01-11") == 0
    )
    assert (
        "progress recorded up to Mon 2027-01-11 17:00, after the status" in capsys.readouterr().err
    )
