"""``gantry new`` in a format that cannot keep an empty plan's start or manager says so, as
other writes name what a format keeps not; a .gan keeps the start; a start on a day off
is said as the first working moment it means."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.formats import read_plan


def _new(capsys: pytest.CaptureFixture[str], path: Path, *more: str) -> tuple[str, str]:
    assert main(["new", str(path), "--start", "2027-03-01", *more]) == 0
    got = capsys.readouterr()
    return got.out, got.err


def test_an_empty_gan_keeps_its_start_and_names_the_manager_it_loses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.gan"
    _out, err = _new(capsys, path, "--manager", "Pat")
    assert read_plan(path).project.start == datetime(2027, 3, 1, 8, 0)
    assert ".gan keeps no project manager: 'Pat' not saved" in err
    assert "project start" not in err


def test_an_empty_csv_says_it_keeps_no_start_nor_manager(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.csv"
    _out, err = _new(capsys, path, "--manager", "Pat")
    back = read_plan(path).project.start
    assert (
        f".csv keeps no project start: a plan with no task reads back starting {back:%Y-%m-%d}"
        in err
    )
    assert ".csv keeps no project manager: 'Pat' not saved" in err


@pytest.mark.parametrize("ext", [".gantry", ".xml", ".xlsx"])
def test_formats_that_keep_both_say_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ext: str
) -> None:
    _out, err = _new(capsys, tmp_path / f"n{ext}", "--manager", "Pat")
    assert err == ""


def test_a_saturday_start_is_said_as_the_monday_it_means(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.gantry"
    assert main(["new", str(path), "--start", "2027-02-06"]) == 0
    out = capsys.readouterr().out
    assert "new plan starting Mon 2027-02-08 08:00 (Sat 2027-02-06 is not a working day)" in out
    assert read_plan(path).project.start == datetime(2027, 2, 6, 8, 0)  # as typed, as MS Project
