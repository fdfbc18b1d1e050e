"""A People cell with a decimal comma inside its brackets (``Ana[12,5%]``, as a client in
a comma-decimal locale types it) is one person, as the window's People cell reads it;
the workbook read split it at the comma and refused "cannot read 'Ana[12'"."""

from __future__ import annotations

import pytest

from app.io.sheet_values import CellError, read_people


def test_s18rg_a_decimal_comma_in_brackets_stays_with_its_person():
    assert read_people("Ana[12,5%], Ben") == [("Ana", 0.125), ("Ben", 1.0)]
    assert read_people("Sand[2,5 t]; Ana", materials={"sand"}) == [("Sand", 2.5), ("Ana", 1.0)]


def test_s18rg_commas_outside_brackets_still_separate_people():
    assert read_people("Ana,Ben[50%],Cy") == [("Ana", 1.0), ("Ben", 0.5), ("Cy", 1.0)]
    with pytest.raises(CellError, match="cannot read 'Ana\\[12'"):
        read_people("Ana[12, Ben")  # no closing bracket: not one person


def test_s18rg_a_workbook_takes_a_decimal_comma_back(tmp_path):
    from openpyxl import load_workbook

    from app.cli import main
    from app.store.document import read_plan, write_plan
    from tests.s18rc_recurring_plan import ANN, BOB, recurring_plan, units_on

    source, book, back = (tmp_path / n for n in ("lab.gantry", "lab.xlsx", "back.gantry"))
    write_plan(recurring_plan(ann_on_summary=False), source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = load_workbook(book)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    uid_col, col = titles.index("UID") + 1, titles.index("People") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, uid_col).value == 1)
    ws.cell(row, col).value = "Bob[12,5%], Ann"
    wb.save(book)
    assert main(["convert", str(book), str(back)]) == 0
    assert units_on(read_plan(back), 1) == {BOB: 0.125, ANN: 1.0}
