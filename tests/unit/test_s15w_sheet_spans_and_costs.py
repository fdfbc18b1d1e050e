"""A client's own sheet: a huge lag or duration is refused naming the cell; a negative cost is a credit.

Found by a tester: '1FS+99999999d' in a Predecessors cell was read, and only the
scheduler then said "calendar 'Standard': dates too far apart to schedule", with
no sheet, row or column. A Cost of -100 is a negative fixed cost: a credit, as MS Project
and the task sheet take one.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.scheduler import schedule
from app.formats import read_plan


def _sheet(tmp_path: Path, *rows: tuple[object, ...]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Predecessors", "Cost"])
    for row in rows:
        ws.append(row)
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


LAG_REFUSED = (
    r"{cell}: (the lag after task 1 is longer than 1,200 years of this plan's working time "
    r"\(Gantry schedules from 1800 to 2999\)"
    r"|'[^']+' is too long: a lag can be at most [\d,]+e?[dw] \(dates run to 2999\))"
)


@pytest.mark.parametrize(
    "lag",
    ["1FS+99999999d", "1SS+5000000w", "1FS-99999999d", "1FF+9999999999%", "1FS+99999999ed"],
)
def test_a_huge_lag_names_its_cell(tmp_path: Path, lag: str) -> None:
    path = _sheet(tmp_path, ("Design", "5d", None, None), ("Build", "2d", lag, None))
    with pytest.raises(FileFormatError) as caught:
        read_plan(path)
    # past the calendars' span the notation refuses it first (app/domain/notation.py)
    assert re.fullmatch(LAG_REFUSED.format(cell="Plan!C3"), str(caught.value))


def test_the_command_line_names_the_cell_too(tmp_path: Path, capsys) -> None:
    path = _sheet(tmp_path, ("Design", "5d", None, None), ("Build", "2d", "1FS+99999999d", None))
    assert main(["schedule", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Plan!C3" in err
    assert "too far apart" not in err


def test_a_huge_duration_names_its_cell(tmp_path: Path) -> None:
    path = _sheet(tmp_path, ("Design", "99999999d", None, None))
    with pytest.raises(FileFormatError) as caught:
        read_plan(path)
    assert str(caught.value) == (
        "Plan!B2: '99999999d' is too long: a duration can be at most 1,314,873d (dates run to 2999)"
    )


def test_long_but_schedulable_lags_are_kept(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        ("Design", "5d", None, None),
        ("Build", "2d", "1FS+1000w", None),
        ("Test", "3d", "2SS+200%", None),
    )
    plan = read_plan(path)
    assert plan.links[0].lag_minutes == 1000 * 2400
    assert schedule(plan).finish.year > 2040


@pytest.mark.parametrize(("cost", "read"), [(-100, -100.0), ("-1,250.50", -1250.5)])
def test_a_negative_cost_is_a_credit(tmp_path: Path, cost: object, read: float) -> None:
    # MS Project takes a Fixed Cost below zero (a rebate): so does the task sheet (s25f1)
    path = _sheet(tmp_path, ("Design", "5d", None, 200), ("Build", "2d", "1", cost))
    assert [t.fixed_cost for t in read_plan(path).tasks] == [200.0, read]


def test_a_zero_or_positive_cost_is_taken(tmp_path: Path) -> None:
    path = _sheet(tmp_path, ("Design", "5d", None, 0), ("Build", "2d", "1", "1,250.50"))
    assert [t.fixed_cost for t in read_plan(path).tasks] == [0.0, 1250.5]
