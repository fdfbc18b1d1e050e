"""A client sheet's People cell: "&", "/" and " and " separate people only named elsewhere."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from app.io.excel_import import read_workbook
from app.io.sheet_import import SheetRows, build_plan
from app.io.sheet_mapping import guess_mapping
from app.io.sheet_values import read_people, split_on_known


def _plan(people: list[str], team: tuple[str, ...] = ()):
    rows = [["Task", "Duration", "People"]]
    rows += [[f"T{k}", "1d", cell] for k, cell in enumerate(people, start=1)]
    mapping = guess_mapping("Plan", rows)
    assert mapping is not None
    return build_plan(SheetRows("Plan", rows), mapping, team=team)


def _assigned(plan, task_uid: int) -> list[str]:
    names = {r.uid: r.name for r in plan.resources}
    return [names[a.resource_uid] for a in plan.assignments if a.task_uid == task_uid]


@pytest.mark.parametrize("cell", ["R&D team", "Smith & Jones", "Design and Build Ltd", "QA/QC"])
def test_a_name_with_a_joiner_stays_one_person(cell):
    plan = _plan([cell, "Ana"])
    assert sorted(r.name for r in plan.resources) == sorted([cell, "Ana"])
    assert _assigned(plan, 1) == [cell]


@pytest.mark.parametrize("cell", ["Ana & Ben", "Ana / Ben", "Ana and Ben", "Ana&Ben"])
def test_people_named_on_other_rows_are_split(cell):
    plan = _plan(["Ana", "Ben", cell])
    assert sorted(r.name for r in plan.resources) == ["Ana", "Ben"]
    assert _assigned(plan, 3) == ["Ana", "Ben"]


def test_one_part_unknown_keeps_the_whole_text():
    plan = _plan(["Smith", "Smith & Jones"])
    assert _assigned(plan, 2) == ["Smith & Jones"]


def test_whole_text_named_elsewhere_is_not_split():
    plan = _plan(["Ana", "Ben", "Ana & Ben", "Ana & Ben"])
    assert _assigned(plan, 3) == ["Ana & Ben"]
    assert _assigned(plan, 4) == ["Ana & Ben"]


def test_commas_and_semicolons_always_split():
    plan = _plan(["Doe; Roe, R&D team"])
    assert _assigned(plan, 1) == ["Doe", "Roe", "R&D team"]


def test_a_name_on_the_same_row_only_is_not_named_elsewhere():
    plan = _plan(["Ana, Ben, Ana & Ben"])
    assert _assigned(plan, 1) == ["Ana", "Ben", "Ana & Ben"]


def test_units_and_case_do_not_hide_a_known_person():
    plan = _plan(["ana", "BEN[50%]", "Ana[50%] & Ben[25%]"])
    names = {r.uid: r.name for r in plan.resources}
    units = {names[a.resource_uid]: a.units for a in plan.assignments if a.task_uid == 3}
    assert units == {"ana": 0.5, "BEN": 0.25}


def test_team_sheet_names_count_as_known():
    plan = _plan(["Ana & Ben"], team=("Ana", "Ben"))
    assert _assigned(plan, 1) == ["Ana", "Ben"]
    assert _assigned(_plan(["Ana & Ben"]), 1) == ["Ana & Ben"]


def test_split_on_one_joiner_when_all_at_once_would_not_do():
    assert split_on_known("R&D / QA", {"r&d", "qa"}) == ["R&D ", " QA"]
    assert split_on_known("R&D / QA", {"r", "d", "qa"}) == ["R", "D ", " QA"]
    assert split_on_known("R&D / QA", {"r&d / qa", "r&d", "qa"}) == ["R&D / QA"]


def test_read_people_without_known_splits_as_before():
    assert [n for n, _ in read_people("Ana & Ben / Cy and Di")] == ["Ana", "Ben", "Cy", "Di"]
    assert [n for n, _ in read_people("Ana & Ben", known=set())] == ["Ana & Ben"]
    assert [n for n, _ in read_people("R&D / QA", listed=True)] == ["R&D / QA"]


def test_workbook_team_sheet_is_read(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "People"])
    ws.append(["Dig", "2d", "Ana & Ben"])
    ws.append(["Pour", "1d", "Smith & Jones"])
    team = wb.create_sheet("Team")
    team.append(["Name", "Role"])
    team.append(["Ana", "Engineer"])
    team.append(["Ben", "Foreman"])
    path = tmp_path / "client.xlsx"
    wb.save(path)
    plan = read_workbook(path, sheet="Plan")
    assert _assigned(plan, 1) == ["Ana", "Ben"]
    assert _assigned(plan, 2) == ["Smith & Jones"]


@pytest.mark.parametrize(
    ("book", "sheet"),
    [
        ("packt-tpm-handbook-project-plan.xlsx", None),
        ("packt-tpm-handbook-tables.xlsx", "Project Plan"),
        ("packt-tpm-handbook-tables.xlsx", "Project Plan w Relays"),
        ("packt-tpm-handbook-tables.xlsx", "Tasks"),
    ],
)
def test_shared_workbooks_read_the_same_people(shared_data, book, sheet):
    from app.io.excel_import import sheet_rows

    path = shared_data / "xlsx" / book
    plan = read_workbook(path, sheet=sheet)
    mapping = guess_mapping(sheet or "Project Plan", sheet_rows(path, sheet or "Project Plan").rows)
    assert mapping is not None
    col = mapping.columns.get("resources")
    rows = sheet_rows(path, mapping.sheet).rows[mapping.header_row + 1 :]
    cells = [r[col] for r in rows if col is not None and col < len(r) and r[col]]
    # the old rule (every joiner splits) and the new one agree on these sheets
    before = {n.casefold() for c in cells for n, _ in read_people(c)}
    assert {r.name.casefold() for r in plan.resources} == before
    if book.endswith("project-plan.xlsx"):
        assert sorted(r.name for r in plan.resources) == [
            "Arun",
            "Bex",
            "Charley",
            "Danielle",
            "Eliza",
        ]


def test_client_csv_keeps_a_firm_whole_and_splits_known_people(tmp_path):
    from app.io.csv_plan import read_csv

    path = tmp_path / "client.csv"
    path.write_text(
        "Task,Duration,People\nDig,2d,Ana\nPour,1d,Ben\nCheck,1d,Ana / Ben\nPaint,1d,Smith & Jones\n",
        encoding="utf-8",
    )
    plan = read_csv(path)
    assert _assigned(plan, 3) == ["Ana", "Ben"]
    assert _assigned(plan, 4) == ["Smith & Jones"]
