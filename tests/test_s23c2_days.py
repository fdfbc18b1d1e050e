"""Every day option of ``gantry`` takes the day as a German PM types it (DD.MM.YYYY), as
``status-date``, ``update --through`` and ``level --from`` do: ``move --start``, ``convert
--from/--to``, ``report --status-date`` and the filters ``late-tasks=DATE`` and
``date-range=FROM..TO`` refused ``15.01.2027``. A day that is none stays bad usage (exit 2)
in the same words, one outside MS Project's dates a one-line refusal (exit 1)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.cli.parser import build_parser
from app.store.document import read_plan

DEMO = str(resource_path("demo", "crm-rollout.gantry"))


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_s23c2_move_takes_a_dotted_start(tmp_path: Path, capsys) -> None:
    dotted, iso = tmp_path / "dotted.gantry", tmp_path / "iso.gantry"
    said = _out(capsys, "move", DEMO, "--start", "15.01.2027", "-o", str(dotted))
    assert "moved to start 2027-01-15" in said
    _out(capsys, "move", DEMO, "--start", "2027-01-15", "-o", str(iso))
    assert read_plan(dotted).project.start == read_plan(iso).project.start
    assert read_plan(dotted).project.start.date().isoformat() == "2027-01-15"


@pytest.mark.parametrize(
    ("dotted", "iso"),
    [
        ("late-tasks=15.03.2027", "late-tasks=2027-03-15"),
        ("date-range=1.2.2027..28.02.2027", "date-range=2027-02-01..2027-02-28"),
    ],
)
def test_s23c2_the_date_filters_take_a_dotted_day(capsys, dotted: str, iso: str) -> None:
    german = _out(capsys, "schedule", DEMO, "--filter", dotted)
    assert german == _out(capsys, "schedule", DEMO, "--filter", iso)
    assert "(0 of" not in german  # the filter kept some tasks: the day was read


@pytest.mark.parametrize(
    ("args", "dest"),
    [
        (["convert", "a.gantry", "b.pdf", "--from", "15.01.2027"], "date_from"),
        (["convert", "a.gantry", "b.pdf", "--to", "15.01.2027"], "date_to"),
        (["report", "a.gantry", "b.pdf", "--status-date", "15.01.2027"], "status_date"),
    ],
)
def test_s23c2_chart_and_report_dates_take_a_dotted_day(args: list[str], dest: str) -> None:
    assert getattr(build_parser(args).parse_args(args), dest) == datetime(2027, 1, 15)
    iso = [a if a != "15.01.2027" else "2027-01-15 17:00" for a in args]  # a time still
    assert getattr(build_parser(iso).parse_args(iso), dest) == datetime(2027, 1, 15, 17, 0)


def test_s23c2_a_printout_filtered_on_a_dotted_late_day(tmp_path: Path, capsys) -> None:
    out = tmp_path / "late.pdf"  # the printout's status date is that day (saved_view.py)
    assert main(["convert", DEMO, str(out), "--filter", "late-tasks=15.03.2027"]) == 0
    assert out.stat().st_size > 0
    assert "internal error" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["move", DEMO, "--start", "31.02.2027", "-o", "x.pdf"],
            "--start '31.02.2027' is not a date",
        ),
        (["schedule", DEMO, "--filter", "late-tasks=31.02.2027"], "'31.02.2027' is not a date"),
        (["schedule", DEMO, "--filter", "date-range=1.2.2027..15/02/2027"], "is not a date"),
        (["convert", DEMO, "x.pdf", "--from", "15/01/2027"], "--from: '15/01/2027' is not a"),
        (["report", DEMO, "x.pdf", "--status-date", "15.13.2027"], "'15.13.2027' is not a date"),
    ],
)
def test_s23c2_a_day_that_is_none_is_bad_usage(tmp_path: Path, capsys, args, said) -> None:
    args = [str(tmp_path / a) if a == "x.pdf" else a for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "(use YYYY-MM-DD or DD.MM.YYYY)" in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["move", DEMO, "--start", "01.01.1900", "-o", "x.pdf"],
        ["schedule", DEMO, "--filter", "late-tasks=01.01.1900"],
        ["convert", DEMO, "x.pdf", "--from", "01.01.1900"],
        ["report", DEMO, "x.pdf", "--status-date", "0001-01-01"],
    ],
)
def test_s23c2_a_day_outside_ms_projects_dates_is_refused_in_one_line(
    tmp_path: Path, capsys, args
) -> None:
    args = [str(tmp_path / a) if a == "x.pdf" else a for a in args]
    assert main(args) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith("is outside MS Project's dates (1984-01-01 to 2149-12-31)")
    assert "1900-01-01" in line or "0001-01-01" in line
    assert not (tmp_path / "x.pdf").exists()
