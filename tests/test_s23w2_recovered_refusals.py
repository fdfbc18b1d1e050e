"""A Gantry workbook that lost its hidden _gantry sheet tells every bad Team and Risks cell
at once, as a returned workbook does (s23wb): it stopped at the first."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from app.domain.errors import FileFormatError
from app.io.excel_import import read_workbook
from app.io.roundtrip_refusals import CellRefusals
from tests.test_s18s_no_snapshot import _plan, _without_snapshot


def _col(ws: openpyxl.worksheet.worksheet.Worksheet, title: str) -> int:
    return [c.value for c in ws[1]].index(title) + 1


def test_s23w2_every_bad_team_and_risks_cell_is_told(tmp_path: Path) -> None:
    path = _without_snapshot(tmp_path, _plan())
    wb = openpyxl.load_workbook(path)
    team, risks = wb["Team"], wb["Risks"]
    kind, units = _col(team, "Type"), _col(team, "Max units")
    status = _col(risks, "Status")
    team.cell(2, kind).value = "robot"  # the Type cell, refused by the recovery itself
    team.cell(3, units).value = "lots"  # a cell read through the register's rules
    risks.cell(2, status).value = "forgotten"
    wb.save(path)
    with pytest.raises(CellRefusals) as err:
        read_workbook(path)
    cells = [line.partition(": ")[0] for line in err.value.refusals]
    assert cells == [
        f"Team!{get_column_letter(kind)}2",
        f"Team!{get_column_letter(units)}3",
        f"Risks!{get_column_letter(status)}2",
    ]
    assert err.value.refusals[0].endswith("'robot' is not a type (Work, Material, Cost)")
    assert "'forgotten' is not a status" in err.value.refusals[2]
    assert str(err.value).startswith(err.value.refusals[0] + " (and 2 more cells: ")


def test_s23w2_one_bad_cell_is_one_plain_message(tmp_path: Path) -> None:
    path = _without_snapshot(tmp_path, _plan())
    wb = openpyxl.load_workbook(path)
    risks = wb["Risks"]
    col = _col(risks, "Status")
    risks.cell(2, col).value = "forgotten"
    wb.save(path)
    with pytest.raises(FileFormatError) as err:
        read_workbook(path)
    assert not isinstance(err.value, CellRefusals)
    assert str(err.value).startswith(f"Risks!{get_column_letter(col)}2: 'forgotten'")
