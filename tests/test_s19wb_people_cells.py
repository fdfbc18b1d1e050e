"""People cells of a Gantry workbook whose _gantry sheet is gone read as the other readers do.

Found: the CSV reader reads Gantry's own People cells as lists (listed_people, "R&D / QA[50%]"
one person), the workbook without its snapshot did not: with its Team sheet deleted too, a
Plan sheet cell "R&D / QA[50%]" was split into R&D and QA (both named on other rows), a
person the plan never had. Now a Plan sheet with Gantry's hidden UID column reads its cells
as the CSV does; with a Team sheet the Team's names decide, as the read of a returned
workbook does (its snapshot kept): "Ana & Ben" typed there is the two people on the Team
sheet, a name on it such as "R&D / QA" stays one. A name on no sheet (``Zed[50%]``) is a new
person in every reader; a range of units (``Zed[25-75%]``) is refused by each, naming the cell.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import write_plan
from app.io.csv_plan import read_csv
from app.io.excel_import import read_roundtrip_workbook, read_workbook


def _plan() -> Plan:
    plan = Plan()
    for uid, name in ((1, "Design"), (2, "Build"), (3, "Test"), (4, "Review")):
        plan.append_task(Task(uid, name, 1, duration_minutes=480))
    plan.resources = [Resource(1, "R&D / QA"), Resource(2, "R&D"), Resource(3, "QA")]
    plan.resources += [Resource(4, "Ana"), Resource(5, "Ben")]
    plan.assignments = [
        Assignment(1, 1, 1, 0.5),  # Design: R&D / QA[50%], one person
        Assignment(2, 2, 2, 1.0),  # Build: R&D
        Assignment(3, 3, 3, 1.0),  # Test: QA
        Assignment(4, 4, 4, 1.0),  # Review: Ana, Ben
        Assignment(5, 4, 5, 1.0),
    ]
    return plan


def _people(plan: Plan, task: str) -> list[tuple[str, float]]:
    names = {r.uid: r.name for r in plan.resources}
    uid = next(t.uid for t in plan.tasks if t.name == task)
    return sorted((names[a.resource_uid], a.units) for a in plan.assignments if a.task_uid == uid)


def _workbook(tmp_path: Path, drop: tuple[str, ...], cell: str | None = None) -> Path:
    """The plan exported, its Design row's People cell typed over, ``drop`` sheets deleted."""
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    for name in drop:
        del wb[name]
    if cell is not None:
        ws = wb["Plan"]
        ws.cell(2, [c.value for c in ws[1]].index("People") + 1).value = cell
    wb.save(path)
    return path


def _csv(tmp_path: Path, cell: str | None = None) -> Path:
    path = tmp_path / "plan.csv"
    write_plan(_plan(), path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if cell is not None:
        rows[1][rows[0].index("People")] = cell
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_s19wb_gantrys_own_cells_read_as_the_csv_reads_them(tmp_path: Path) -> None:
    without_team = read_workbook(_workbook(tmp_path, ("_gantry", "Team")))
    with_team = read_workbook(_workbook(tmp_path, ("_gantry",)))
    from_csv = read_csv(_csv(tmp_path))
    for plan in (without_team, with_team, from_csv):
        assert _people(plan, "Design") == [("R&D / QA", 0.5)]  # not R&D and QA
        assert _people(plan, "Review") == [("Ana", 1.0), ("Ben", 1.0)]
        assert sorted(r.name for r in plan.resources) == ["Ana", "Ben", "QA", "R&D", "R&D / QA"]


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("Zed[50%]", [("Zed", 0.5)]),  # a name on no sheet: a new person
        ("Ana[50%], Zed", [("Ana", 0.5), ("Zed", 1.0)]),
        ("R&D / QA[25%]", [("R&D / QA", 0.25)]),
    ],
)
def test_s19wb_typed_cells_read_the_same_in_every_reader(
    tmp_path: Path, cell: str, want: list[tuple[str, float]]
) -> None:
    readers = {
        "no team": read_workbook(_workbook(tmp_path, ("_gantry", "Team"), cell)),
        "team": read_workbook(_workbook(tmp_path, ("_gantry",), cell)),
        "snapshot": read_roundtrip_workbook(_workbook(tmp_path, (), cell)).theirs,
        "csv": read_csv(_csv(tmp_path, cell)),
    }
    assert {k: _people(p, "Design") for k, p in readers.items()} == dict.fromkeys(readers, want)


def test_s19wb_with_a_team_sheet_its_names_split_a_typed_pair(tmp_path: Path) -> None:
    # the client typed two people of the Team sheet in one cell, joined by '&'
    team = read_workbook(_workbook(tmp_path, ("_gantry",), "Ana & Ben"))
    kept = read_roundtrip_workbook(_workbook(tmp_path, (), "Ana & Ben")).theirs
    assert _people(team, "Design") == _people(kept, "Design") == [("Ana", 1.0), ("Ben", 1.0)]
    # without the Team sheet the cell is a list as Gantry writes one, as in its CSV
    alone = read_workbook(_workbook(tmp_path, ("_gantry", "Team"), "Ana & Ben"))
    from_csv = read_csv(_csv(tmp_path, "Ana & Ben"))
    assert _people(alone, "Design") == _people(from_csv, "Design") == [("Ana & Ben", 1.0)]


def test_s19wb_a_range_of_units_is_refused_by_each_naming_the_cell(tmp_path: Path) -> None:
    for read, path, where in (
        (read_workbook, _workbook(tmp_path, ("_gantry", "Team"), "Zed[25-75%]"), "Plan!I2"),
        (read_workbook, _workbook(tmp_path, ("_gantry",), "Zed[25-75%]"), "Plan!I2"),
        (read_csv, _csv(tmp_path, "Zed[25-75%]"), "plan!I2"),
    ):
        with pytest.raises(FileFormatError) as err:
            read(path)
        assert str(err.value).startswith(f"{where}: ")
        assert "Zed[25-75%]" in str(err.value)
