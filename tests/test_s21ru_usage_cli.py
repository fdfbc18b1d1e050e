"""``gantry usage --details overallocation,availability,cost,actual``: the lines the window's
Details menu adds, in the text (a Details column) and the CSV (a Detail column); a detail
it does not know is bad usage (exit 2, one line)."""

from __future__ import annotations

import csv

import pytest

from app.cli import main
from app.formats import write_plan
from tests.test_s21ru_usage_window import crowded_plan


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "crowded.gantry"
    write_plan(crowded_plan(), path)
    return path


def test_s21ru_text_has_a_line_per_detail(source, capsys):
    assert main(["usage", str(source), "--details", "overallocation,availability,cost"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["Resource", "Work", "Details", "5"]
    assert lines[1].split() == ["Ana", "56.0h", "Work", "56.0h*"]
    assert lines[2].split() == ["Overallocation", "16.0h"]
    assert lines[3].split() == ["Rem.", "Availability", "40.0h", "40.0h"]
    assert lines[4].split() == ["Cost", "$2,800.00"]
    # an assignment has no capacity: its lines are Work and Cost
    assert lines[5].split() == ["Specs", "40.0h", "Work", "40.0h"]
    assert lines[6].split() == ["Cost", "$2,000.00"]
    ben = lines.index(next(line for line in lines if line.startswith("Ben")))
    assert lines[ben + 1].split() == ["Overallocation", "24.0h"]


def test_s21ru_csv_has_a_detail_column(source, tmp_path):
    target = tmp_path / "usage.csv"
    assert main(["usage", str(source), "--details", "cost,actual", "--csv", str(target)]) == 0
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:6] == ["Resource", "Task", "Level", "Unit", "Detail", "Work"]
    assert rows[1] == ["Ana", "", "1", "hours", "Work", "56.00", "56.00", "", ""]
    assert rows[2] == ["Ana", "", "1", "USD", "Cost", "", "2800.00", "", ""]
    # since s30tb the Actual Work line carries its total (the hours done), a bill's figure
    assert rows[3] == ["Ana", "", "1", "hours", "Actual Work", "16.00", "16.00", "", ""]


def test_s21ru_without_details_the_table_is_as_before(source, capsys):
    assert main(["usage", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Resource", "Work", "5"]
    assert lines[1].split() == ["Ana", "56.0h", "56.0h*"]


def test_s21ru_an_unknown_detail_is_bad_usage(source, capsys):
    assert main(["usage", str(source), "--details", "cost,spread"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: --details: 'spread' is not a detail "
        "(one of: work, overallocation, availability, cost, actual, actual-cost, peak, "
        "baseline-work, baseline-cost, cumulative-work, remaining-cumulative-work, "
        "cumulative-cost)"
    ]
