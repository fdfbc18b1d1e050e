"""A returned workbook's Team and Risks sheets tell all their bad cells at once, as the Plan
sheet does: a client with six mistakes hears of six, the Plan sheet's first, then the Team
and Risks sheets' (sheet, row, column each), and nothing changes. Before, the Team sheet
stopped at its first bad cell, and the Risks sheet was not read until the Plan was clean."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.merge import copy_plan
from app.formats import read_plan
from app.io.register_sheets import read_risks, read_team
from app.io.roundtrip_refusals import CellRefusals
from app.ui.document import Document
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs

# sheet -> [(row's name, column, what the client typed)]
BAD: dict[str, list[tuple[str, str, object]]] = {
    "Plan": [("System test", "Duration", "soon")],
    "Team": [
        ("Tom Becker", "Max units", -2),
        ("Tom Becker", "Std. rate", "1300h"),  # two in one row: both told
        ("Aisha Khan", "Name", "Maria Lopez"),  # another person's name
    ],
    "Risks": [
        ("ERP vendor API changes during the project", "Probability", "often"),
        ("Key users unavailable for UAT in peak season", "Status", "Done?"),
    ],
}
KEYS = {"Plan": "Task", "Team": "Name", "Risks": "Risk"}


def _spoil(workbook: Path, bad: dict[str, list[tuple[str, str, object]]]) -> list[str]:
    """Type ``bad`` into the workbook; the cells, as ``Sheet!E12``, in the order typed."""
    wb = openpyxl.load_workbook(workbook)
    cells: list[str] = []
    for sheet, typed in bad.items():
        ws = wb[sheet]
        col = {c.value: k + 1 for k, c in enumerate(ws[1])}
        rows = {ws.cell(r, col[KEYS[sheet]]).value: r for r in range(2, ws.max_row + 1)}
        for name, title, value in typed:
            cell = ws.cell(rows[name], col[title])
            cell.value = value
            cells.append(f"{sheet}!{cell.coordinate}")
    wb.save(workbook)
    return cells


@pytest.fixture
def returned(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    plan = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    workbook = tmp_path / "demo.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    return plan, workbook, _spoil(workbook, BAD)


def test_s23wb_the_cli_names_every_sheets_bad_cells(returned, tmp_path, capsys) -> None:
    _plan, workbook, cells = returned
    out = tmp_path / "back.gantry"
    capsys.readouterr()
    assert main(["convert", str(workbook), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: demo.xlsx: Plan!E43: 'soon' is not a duration (try 5d, 4h, 2w) "
        f"(and 5 more cells: {', '.join(cells[1:])})"
    ]
    assert cells[1:] == ["Team!E3", "Team!F3", "Team!B4", "Risks!C3", "Risks!I4"]
    assert not out.exists()
    capsys.readouterr()
    assert main(["diff", str(workbook), str(workbook)]) == 1  # gantry diff reads it the same
    assert capsys.readouterr().err.strip().splitlines() == err


def test_s23wb_the_window_lists_them_one_a_line_and_changes_nothing(
    qtbot, returned, monkeypatch
) -> None:
    plan, workbook, cells = returned
    document = Document(read_plan(plan), plan)
    before = copy_plan(document.plan)
    told: list[str] = []
    monkeypatch.setattr(ExchangeDialogs, "error", classmethod(lambda cls, p, m: told.append(m)))
    assert exchange.run_import(None, document, workbook) is None
    [message] = told
    lines = message.splitlines()
    assert lines[0] == "demo.xlsx: the workbook was not imported:"
    assert [line.partition(": ")[0] for line in lines[1:]] == cells
    assert lines[2:] == [
        "Team!E3: '-2' cannot be negative",
        "Team!F3: '1300h': write the unit after a slash (1300/h)",
        "Team!B4: another person is named 'Maria Lopez'",
        "Risks!C3: 'often' is not a percentage (type 40%, 40 or 0.4)",
        "Risks!I4: 'Done?' is not a status (Open, Mitigating, Occurred, Closed)",
    ]
    assert diff_plans(before, document.plan, exact=True) == []


def test_s23wb_a_register_read_alone_raises_them_together_and_keeps_the_plan(
    returned,
) -> None:
    plan_path, workbook, _cells = returned
    plan = read_plan(plan_path)
    before = copy_plan(plan)
    wb = openpyxl.load_workbook(workbook)
    team = [list(r) for r in wb["Team"].iter_rows(values_only=True)]
    with pytest.raises(CellRefusals) as caught:
        read_team(plan, team)
    assert [r.partition(": ")[0] for r in caught.value.refusals] == [
        "Team!E3", "Team!F3", "Team!B4",
    ]  # fmt: skip
    risks = [list(r) for r in wb["Risks"].iter_rows(values_only=True)]
    with pytest.raises(CellRefusals) as caught:
        read_risks(plan, risks)
    assert len(caught.value.refusals) == 2
    assert diff_plans(before, plan, exact=True) == []


def test_s23wb_one_bad_team_cell_is_one_plain_message(tmp_path) -> None:
    plan = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    workbook = tmp_path / "demo.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    _spoil(workbook, {"Team": [("Tom Becker", "Max units", "lots")]})
    with pytest.raises(FileFormatError) as caught:
        read_plan(workbook)
    assert not isinstance(caught.value, CellRefusals)
    assert str(caught.value).startswith("Team!E3: ")


def test_s23wb_a_real_ms_project_files_people_refused_together(
    shared_data, tmp_path, capsys
) -> None:
    """MS Project's own resources (mspdiresource.xml), exported for a client and returned
    with three bad cells on its Team sheet: all three told."""
    workbook = tmp_path / "resources.xlsx"
    assert main(["convert", str(shared_data / "mspdi" / "mspdiresource.xml"), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Team"]
    col = {c.value: k + 1 for k, c in enumerate(ws[1])}
    people = [
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, col["Type"]).value == "Work" and ws.cell(r, col["Name"]).value
    ][:3]
    assert len(people) == 3
    ws.cell(people[0], col["Max units"]).value = "lots"
    ws.cell(people[1], col["Std. rate"]).value = "90/fortnight"
    ws.cell(people[2], col["Name"]).value = None
    wb.save(workbook)
    capsys.readouterr()
    assert main(["convert", str(workbook), str(tmp_path / "back.gantry")]) == 1
    err = capsys.readouterr().err.strip()
    e, f, b = (col[t] for t in ("Max units", "Std. rate", "Name"))
    letter = openpyxl.utils.get_column_letter
    assert f"Team!{letter(e)}{people[0]}: " in err
    assert f"(and 2 more cells: Team!{letter(f)}{people[1]}, Team!{letter(b)}{people[2]})" in err
    assert not (tmp_path / "back.gantry").exists()
