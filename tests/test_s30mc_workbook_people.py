"""A returned workbook's People cell reads a material's rate and a cost item's amount as the
window does (s30xc): ``Concrete[12 m³/d]`` stays a rate, ``[-40 m³]`` is refused as a
quantity (it said "as a person (write Ana or Ana[50%])"), a wrong label names the
material's, and ``MEP subcontractor[€45,000.00]`` is what it costs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.test_s30mc_material_rates import _plan, _type


def _book(tmp_path: Path, row2: str | None = None, row3: str | None = None) -> Path:
    plan = _plan()
    _type(plan, 1, "Concrete[12 m³/d]")
    path = tmp_path / "slab.xlsx"
    write_plan(plan, path, now=datetime(2027, 3, 1, 9, 0))
    write_plan(plan, tmp_path / "slab.gantry")
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("People") + 1
    assert ws.cell(2, col).value == "Concrete[12 m³/d]"  # as the sheet shows it
    if row2 is not None:
        ws.cell(2, col).value = row2
    if row3 is not None:
        ws.cell(3, col).value = row3
    wb.save(path)
    return path


def test_s30mc_a_rate_comes_back_unchanged(tmp_path: Path) -> None:
    trip = read_roundtrip_workbook(_book(tmp_path))
    (a,) = trip.theirs.assignments_of_task(1)
    assert (a.units, a.material_rate, a.rate_scale) == (pytest.approx(60.0), 12.0, "d")


def test_s30mc_a_new_rate_and_an_amount_are_read(tmp_path: Path) -> None:
    path = _book(tmp_path, "Concrete[10 m³/d]", "MEP subcontractor[€45,000.00]")
    trip = read_roundtrip_workbook(path)
    (a,) = trip.theirs.assignments_of_task(1)
    assert (a.units, a.material_rate) == (pytest.approx(50.0), 10.0)
    (sub,) = trip.theirs.assignments_of_task(2)
    assert sub.cost == 45000.0


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Concrete[-40 m³]", "'Concrete[-40 m³]': the quantity must be more than zero"),
        ("Concrete[12 bags]", "Concrete is counted in m³"),
        ("Concrete[12%]", "a material's quantity is no percentage"),
    ],
)
def test_s30mc_a_bad_quantity_names_the_cell_in_a_materials_words(
    tmp_path: Path, typed: str, said: str
) -> None:
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(_book(tmp_path, typed))
    assert str(err.value).startswith("Plan!")
    assert said in str(err.value)
    assert "as a person" not in str(err.value)


def test_s30mc_gantry_diff_names_the_new_rate(tmp_path: Path, capsys) -> None:
    path = _book(tmp_path, "Concrete[10 m³/d]")
    assert main(["diff", str(tmp_path / "slab.gantry"), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Units 60 m³ -> 50 m³" in out  # it said 6000% -> 5000%
    assert "Material rate 12 m³/d -> 10 m³/d" in out
