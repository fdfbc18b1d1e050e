"""A People cell with a decimal comma, as a German client types units, read as one person.

Found: ``Ana (12,5%)`` and ``Ana 12,5%`` read as two people, "Ana (12" and "5%)", and
``Ana, 50%`` as Ana and someone called "50%", without a word; a workbook whose _gantry sheet
is gone cut every People cell at each comma, brackets or not (workbook_registers_recovered),
so a recurring summary's ``Bob[12,5-50%]`` was no range (the read failed on it) and
``Concrete[12,5 m³]`` no quantity. The cell is now cut by one reader
(sheet_values.people_parts) for the sheet import, CSV and the recovered workbook: a comma
between two digits whose second half is only a percentage is a decimal comma when the whole
reads as one person; ``Ana, Bob`` stays two; a part that is only a percentage otherwise,
or a quantity whose comma could as well group thousands (``1,200``), is refused naming the
sheet, row and column.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import write_plan as write_any
from app.io.csv_plan import read_csv
from app.io.excel_import import read_workbook
from app.store.document import write_plan
from tests.s18rc_recurring_plan import BOB, BOB_UNITS, SYNC_UID, recurring_plan, units_on


def _csv(tmp_path: Path, cell: str) -> Path:
    path = tmp_path / "plan.csv"
    path.write_text(f'Task,Duration,People\nPour,2d,"{cell}"\n', encoding="utf-8")
    return path


def _people(plan: Plan, task_uid: int | None = None) -> list[tuple[str, float]]:
    """Who is on the plan's tasks (on ``task_uid`` alone), at units rounded to 1/1000 %."""
    return [
        (plan.resource(a.resource_uid).name, round(a.units, 5))
        for a in plan.assignments
        if task_uid in (None, a.task_uid)
    ]


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("Ana (12,5%)", [("Ana", 0.125)]),
        ("Ana 12,5%", [("Ana", 0.125)]),
        ("Ana[12,5%]", [("Ana", 0.125)]),
        ("Ana (12,5%); Bob 7,5 %", [("Ana", 0.125), ("Bob", 0.075)]),
        ("Ana, Bob", [("Ana", 1.0), ("Bob", 1.0)]),
        ("Ana,Bob (50%)", [("Ana", 1.0), ("Bob", 0.5)]),
    ],
)
def test_s20rd_a_csv_cell_reads_a_decimal_comma_as_one_persons_units(
    tmp_path: Path, cell: str, people: list[tuple[str, float]]
) -> None:
    assert _people(read_csv(_csv(tmp_path, cell))) == people


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("Ana, 50%", "'Ana, 50%': '50%' names no one; if it is someone's units, write them"),
        ("Ana 12, 5%", "'Ana 12, 5%': '5%' names no one; if it is someone's units, write them"),
    ],
)
def test_s20rd_a_percentage_naming_no_one_is_refused_naming_the_cell(
    tmp_path: Path, cell: str, says: str
) -> None:
    with pytest.raises(FileFormatError) as err:
        read_csv(_csv(tmp_path, cell))
    assert str(err.value).startswith(f"plan!C2: {says}")


def test_s20rd_the_cli_refuses_it_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.gantry"
    assert main(["convert", str(_csv(tmp_path, "Ana, 50%")), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("gantry: plan.csv: plan!C2: 'Ana, 50%': '50%' names no one")
    assert not out.exists()


def test_s20rd_a_clients_sheet_reads_it_too(tmp_path: Path) -> None:
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tasks"
    ws.append(["Task Name", "Duration", "Resource Names"])
    ws.append(["Pour", "1d", "Ana (12,5%)"])
    ws.append(["Cure", "2d", "Ana, Bob 7,5%"])
    ws.append(["Dry", "2d", "Bob, 7,5%"])
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"^Tasks!C4: 'Bob, 7,5%': '7,5%' names no one"):
        read_workbook(path)
    ws.delete_rows(4)
    wb.save(path)
    plan = read_workbook(path)
    assert _people(plan) == [("Ana", 0.125), ("Ana", 1.0), ("Bob", 0.075)]


# ---------------------------------------------------------- a workbook without _gantry


def _material_book(tmp_path: Path, cure: str) -> Path:
    """A workbook of Pour (Concrete, Ana) and Cure, its _gantry sheet deleted and Cure's
    People cell made ``cure``."""
    plan = Plan()
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    plan.append_task(Task(2, "Cure", 1, duration_minutes=960))
    plan.add_resource(Resource(1, "Concrete", type=ResourceType.MATERIAL, material_label="m³"))
    plan.add_resource(Resource(2, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 12.5))
    plan.add_assignment(Assignment(2, 1, 2, 0.5))
    path = tmp_path / "client.xlsx"
    write_any(plan, path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    ws = wb["Plan"]
    ws.cell(3, [c.value for c in ws[1]].index("People") + 1).value = cure
    wb.save(path)
    return path


def test_s20rd_a_workbook_without_its_snapshot_reads_a_quantity_with_a_decimal_comma(
    tmp_path: Path,
) -> None:
    plan = read_workbook(_material_book(tmp_path, "Concrete[2,5 m³], Ana (12,5%)"))
    assert _people(plan, 2) == [("Concrete", 2.5), ("Ana", 0.125)]
    assert plan.resource(plan.assignments_of_task(2)[0].resource_uid).type is (
        ResourceType.MATERIAL
    )


def test_s20rd_a_quantity_that_may_group_thousands_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError) as err:
        read_workbook(_material_book(tmp_path, "Concrete[1,200 m³]"))
    assert str(err.value) == (
        "Plan!I3: 'Concrete[1,200 m³]': 1,200 could be 1200 or 1.2; "
        "write the number without a comma"
    )


def test_s20rd_a_recurring_summarys_range_with_a_decimal_comma_is_left_out(
    tmp_path: Path,
) -> None:
    source, book = tmp_path / "lab.gantry", tmp_path / "lab.xlsx"
    write_plan(recurring_plan(ann_on_summary=False), source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    del wb["_gantry"]
    assert wb["Plan"]["I3"].value == "Bob[25-75%]"  # Sync, the recurring summary
    wb["Plan"]["I3"].value = "Bob[12,5-75%]"
    wb.save(book)
    notes: list[str] = []
    plan = read_workbook(book, warn=notes.append)
    assert SYNC_UID in plan.recurrences
    got = [units_on(plan, t.uid)[BOB] for t in plan.children(SYNC_UID)]
    assert got == pytest.approx(list(BOB_UNITS), abs=1e-4)  # each occurrence's own
    assert (
        "Plan!I3: the range of units on 1 recurring task ('Bob[12,5-75%]' on 'Sync') is left "
        "out: the occurrences' rows give each occurrence's own units"
    ) in notes
