"""A range of units (``Bob[25-75%]``) read by the plain sheet import is refused saying why.

Gantry's client workbook shows a recurring task's people as a range where the occurrences'
units differ; read with its hidden _gantry sheet the range keeps each occurrence's own units
(s18rg). Without that sheet the workbook is read as any client's sheet, which refused the
cell with "cannot read 'Bob[25-75%]' as a person (write Ana or Ana[50%])": no word of a
range, nor why Gantry's own cell was refused. It now says that a range is kept only with the
_gantry sheet, naming the sheet, row and column, and what to type instead, which reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.errors import FileFormatError
from app.io.csv_plan import read_csv
from app.io.excel_import import read_workbook
from app.store.document import write_plan
from tests.s18rc_recurring_plan import BOB, BOB_UNITS, SYNC_UID, recurring_plan, units_on

_SAYS = (
    "gives a range of units, as Gantry shows a recurring task's people; a range is kept "
    "only when the workbook is read with its hidden _gantry sheet"
)


def _without_snapshot(tmp_path: Path) -> tuple[Path, str]:
    """The recurring plan's client workbook, written by gantry convert, its _gantry sheet
    deleted; and the address of the recurring summary's People cell."""
    source, book = tmp_path / "lab.gantry", tmp_path / "lab.xlsx"
    write_plan(recurring_plan(ann_on_summary=False), source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = load_workbook(book)
    del wb["_gantry"]
    wb.save(book)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[titles.index("UID")].value == SYNC_UID)
    cell = row[titles.index("People")]
    assert cell.value == "Bob[25-75%]"  # as Gantry wrote it
    return book, f"Plan!{cell.coordinate}"


def test_s19wb_the_cli_names_the_cell_and_the_missing_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book, where = _without_snapshot(tmp_path)
    wb = load_workbook(book)  # on an ordinary task (a recurring summary's is left out, s19w2)
    wb["Plan"][where.split("!")[1]].value = None
    where = f"{where.rstrip('0123456789')}2"  # the row of 'Build', the first task
    wb["Plan"][where.split("!")[1]].value = "Bob[25-75%]"
    wb.save(book)
    capsys.readouterr()
    out = tmp_path / "back.gantry"
    assert main(["convert", str(book), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"gantry: lab.xlsx: {where}: 'Bob[25-75%]' {_SAYS} (type one value, such as Bob[25%])"
    ]
    assert not out.exists()


def test_s19wb_typed_as_told_the_workbook_reads(tmp_path: Path) -> None:
    book, where = _without_snapshot(tmp_path)
    wb = load_workbook(book)
    wb["Plan"][where.split("!")[1]].value = "Bob[25%]"
    wb.save(book)
    plan = read_workbook(book)
    assert SYNC_UID in plan.recurrences  # found again from its occurrences' rows
    occurrences = [t.uid for t in plan.children(SYNC_UID)]
    got = [units_on(plan, uid)[BOB] for uid in occurrences]  # as the rows show them: 33.33%
    assert got == pytest.approx(list(BOB_UNITS), abs=1e-4)
    assert plan.assignments_of_task(SYNC_UID) == []


@pytest.mark.parametrize(
    ("cell", "hint"),
    [("Ana, Bob[25 - 75 %]", "Bob[25%]"), ("Cement[2-5 t]", "Cement[2 t]")],
)
def test_s19wb_a_csv_cell_is_refused_the_same_way(tmp_path: Path, cell: str, hint: str) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(f'Task,Duration,People\nPour,2d,"{cell}"\n', encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        read_csv(path)
    typed = cell.split(", ")[-1]
    assert str(err.value) == f"plan!C2: '{typed}' {_SAYS} (type one value, such as {hint})"


def test_s19wb_one_value_still_reads_and_a_person_still_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text('Task,Duration,People\nPour,2d,"Bob[25%]"\nDry,1d,"Bob[a-b]"\n', "utf-8")
    with pytest.raises(FileFormatError) as err:
        read_csv(path)
    assert str(err.value) == "plan!C3: cannot read 'Bob[a-b]' as a person (write Ana or Ana[50%])"
