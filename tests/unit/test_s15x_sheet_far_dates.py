"""A date beyond the years Gantry schedules is refused naming its cell, like any bad date.

Found with a client sheet whose Start cell held 9999-12-31 (a 'no date' filler
some tools write): `gantry schedule` said only "calendar 'Standard': a date in
9999 cannot be scheduled (Gantry schedules from 1800 to 2999)", with no sheet,
row or column, and File > Import read the sheet and failed later, at saving.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.io.excel_import import read_workbook


def _sheet(tmp_path: Path, start: object) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Start"])
    ws.append(["Design", "5d", datetime(2027, 1, 4)])
    ws.append(["Build", "5d", start])
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("start", [datetime(9999, 12, 31), "3001-01-01", "1799-12-31"])
def test_a_date_out_of_range_names_its_cell(tmp_path: Path, start: object) -> None:
    with pytest.raises(FileFormatError) as caught:
        read_workbook(_sheet(tmp_path, start))
    message = str(caught.value)
    assert message.startswith("Plan!C3: ")
    assert "1800 to 2999" in message


def test_the_command_line_says_it_in_one_line(tmp_path: Path, capsys) -> None:
    assert main(["schedule", str(_sheet(tmp_path, datetime(9999, 12, 31)))]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Plan!C3" in err


def test_dates_inside_the_range_are_read(tmp_path: Path) -> None:
    plan = read_workbook(_sheet(tmp_path, datetime(2999, 1, 4)))
    assert len(plan.tasks) == 2
