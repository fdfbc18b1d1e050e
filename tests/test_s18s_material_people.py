"""A returned workbook's People cell that names a material reads its quantity back.

Found while giving the Team sheet's Work column its label (s18s): a client who changed
Concrete[12.5 m³] to Concrete[13 m³] on the Plan sheet, or only added a person to a cell
that also held a material, was refused ("cannot read 'Concrete[12.5 m³]' as a person"):
the quantity in its label, as Gantry writes it, was no form the cell reader knew. A
quantity on a person is still refused, naming the cell.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.test_s17exp_team_sheet_materials import _plan


def _people(tmp_path: Path, text: str) -> tuple[Path, str]:
    path = tmp_path / "slab.xlsx"
    write_plan(_plan(), path, now=datetime(2027, 3, 1, 9, 0))
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("People") + 1
    assert ws.cell(2, col).value == "Ana[50%], Concrete[12.5 m³], Permit"  # as exported
    ws.cell(2, col).value = text
    wb.save(path)
    return path, f"Plan!{openpyxl.utils.get_column_letter(col)}2"


def _units(path: Path) -> dict[str, float]:
    trip = read_roundtrip_workbook(path)
    names = {r.uid: r.name for r in trip.theirs.resources}
    return {names[a.resource_uid]: a.units for a in trip.theirs.assignments if a.task_uid == 1}


def test_s18s_a_material_quantity_typed_anew_reads_back(tmp_path: Path) -> None:
    path, _ = _people(tmp_path, "Ana[50%], Concrete[13 m³], Permit")
    assert _units(path) == {"Ana": 0.5, "Concrete": 13.0, "Permit": 1.0}


def test_s18s_a_cell_holding_a_material_takes_a_new_person(tmp_path: Path) -> None:
    path, _ = _people(tmp_path, "Ana[50%], Concrete[12.5 m³], Permit, Bo")
    assert _units(path) == {"Ana": 0.5, "Concrete": 12.5, "Permit": 1.0, "Bo": 1.0}


@pytest.mark.parametrize("text", ["Ana[3 days], Concrete[12.5 m³]", "Zed[4 t]"])
def test_s18s_a_quantity_on_a_person_names_the_cell(tmp_path: Path, text: str) -> None:
    path, cell = _people(tmp_path, text)
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(path)
    name, _, rest = text.partition("[")
    quantity = rest.split("]")[0]
    assert str(err.value) == (
        f"{cell}: '{name}[{quantity}]' gives a quantity, and '{name}' is no material "
        f"(write {name} or {name}[50%])"
    )
