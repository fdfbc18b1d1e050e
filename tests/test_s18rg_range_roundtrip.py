"""A recurring task's People cell shows a range where its occurrences' units differ
(``Bob[25-75%]``). A client who kept that range in the workbook and added someone got the
import refused ("'Bob[25-75%]' gives a quantity, and 'Bob' is no material"); the range now
reads back as the window's cell reads it: each occurrence keeps its own units, the one
added goes on every occurrence, and another range is refused naming the cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.assigning import format_assignments
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.io.excel_import import read_roundtrip_workbook
from app.store.document import read_plan, write_plan
from tests.s18rc_recurring_plan import (
    ANN,
    BOB_UNITS,
    CEMENT,
    CLEO,
    SYNC_UID,
    bob_units,
    occurrence_uids_of,
    recurring_plan,
    units_on,
)

CEMENT_UNITS = [2.0, 3.0, 4.0, 5.0]


def _plan(cement: bool = False) -> Plan:
    plan = recurring_plan(ann_on_summary=False)
    if cement:
        for k, uid in enumerate(occurrence_uids_of(plan)):
            plan.add_assignment(Assignment(60 + k, uid, CEMENT, CEMENT_UNITS[k], 0))
    return plan


def _exported(tmp_path: Path, plan: Plan) -> tuple[Path, Path]:
    """The plan saved, and the client workbook ``gantry convert`` wrote of it."""
    source, book = tmp_path / "lab.gantry", tmp_path / "lab.xlsx"
    write_plan(plan, source)
    assert main(["convert", str(source), str(book)]) == 0
    return source, book


def _edit_people(book: Path, text: str) -> str:
    """Type ``text`` into the recurring summary's People cell; returns its address."""
    wb = load_workbook(book)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    uid_col, col = titles.index("UID") + 1, titles.index("People") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, uid_col).value == SYNC_UID)
    cell = ws.cell(row, col)
    assert cell.value == format_assignments(_plan("Cement" in text), SYNC_UID)
    cell.value = text
    wb.save(book)
    return cell.coordinate


def test_s18rg_the_range_kept_with_someone_added_reads_back_through_the_cli(tmp_path, capsys):
    source, book = _exported(tmp_path, _plan())
    _edit_people(book, "Bob[25-75%], Ann")
    out = tmp_path / "back.gantry"
    assert main(["convert", str(book), str(out)]) == 0
    back = read_plan(out)
    assert bob_units(back) == list(BOB_UNITS)  # exactly, 1/3 too
    assert [units_on(back, u)[ANN] for u in occurrence_uids_of(back)] == [1.0] * 4
    assert back.assignments_of_task(SYNC_UID) == []
    assert format_assignments(back, SYNC_UID) == "Bob[25-75%], Ann"
    capsys.readouterr()
    assert main(["diff", str(source), str(book), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert {(c["entity"], c["kind"]) for c in changes} == {("assignment", "added")}
    assert sorted(c["uid"] for c in changes) == sorted(
        f"{u}:{ANN}" for u in occurrence_uids_of(back)
    )


def test_s18rg_a_new_person_beside_the_range_goes_on_every_occurrence(tmp_path):
    _, book = _exported(tmp_path, _plan())
    _edit_people(book, "Bob[25-75%]; Dana[50%]")
    theirs = read_roundtrip_workbook(book).theirs
    dana = next(r.uid for r in theirs.resources if r.name == "Dana")
    assert bob_units(theirs) == list(BOB_UNITS)
    assert [units_on(theirs, u)[dana] for u in occurrence_uids_of(theirs)] == [0.5] * 4


def test_s18rg_a_materials_range_keeps_each_occurrences_quantity(tmp_path):
    _, book = _exported(tmp_path, _plan(cement=True))
    _edit_people(book, "Bob[25-75%], Cement[2-5 t], Cleo")
    theirs = read_roundtrip_workbook(book).theirs
    occurrences = occurrence_uids_of(theirs)
    assert [units_on(theirs, u)[CEMENT] for u in occurrences] == CEMENT_UNITS
    assert bob_units(theirs) == list(BOB_UNITS)
    assert [units_on(theirs, u)[CLEO] for u in occurrences] == [1.0] * 4


def test_s18rg_one_number_typed_over_the_range_goes_on_every_occurrence(tmp_path):
    _, book = _exported(tmp_path, _plan())
    _edit_people(book, "Bob[50%], Ann")
    theirs = read_roundtrip_workbook(book).theirs
    assert bob_units(theirs) == [0.5] * 4


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Bob[10-20%], Ann", "'Bob[10-20%]': units must be one number such as 50%; "
         "Bob[25-75%] keeps each occurrence's own units"),
        ("Bob[25-75%], Ann[50-60%]", "'Ann[50-60%]': units must be one number such as 50%"),
        ("Bob[25-75%], Zed[1-2%]", "'Zed[1-2%]': units must be one number such as 50%"),
    ],
)  # fmt: skip
def test_s18rg_another_range_is_refused_naming_the_cell(tmp_path, capsys, typed, said):
    _, book = _exported(tmp_path, _plan())
    cell = _edit_people(book, typed)
    out = tmp_path / "back.gantry"
    capsys.readouterr()
    assert main(["convert", str(book), str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith(f"Plan!{cell}: {said}")
    assert "\n" not in err
    assert "Traceback" not in err
    assert not out.exists()


def test_s18rg_a_range_on_an_ordinary_task_is_refused(tmp_path):
    plan = _plan()
    _, book = _exported(tmp_path, plan)
    wb = load_workbook(book)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    uid_col, col = titles.index("UID") + 1, titles.index("People") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, uid_col).value == 1)
    ws.cell(row, col).value = "Bob[25-75%]"
    wb.save(book)
    with pytest.raises(Exception, match=r"'Bob\[25-75%\]': units must be one number"):
        read_roundtrip_workbook(book)


def test_s18rg_the_window_review_takes_the_range_with_someone_added(qtbot, tmp_path, monkeypatch):
    from app.ui.document import Document
    from app.ui.exchange import actions as exchange
    from app.ui.exchange.review_dialog import ReviewChangesDialog

    plan = _plan()
    _, book = _exported(tmp_path, plan)
    _edit_people(book, "Bob[25-75%], Ann")
    document = Document(copy_plan(plan))
    offered: list[list[str]] = []

    def accept_all(cls, parent, shown, project, notes=()):
        offered.append([str(c.change.uid) for c in shown])
        return [c.change for c in shown]

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(accept_all))
    assert exchange.review_roundtrip(None, document, book) is True
    occurrences = occurrence_uids_of(document.plan)
    assert sorted(offered[0]) == sorted(f"{u}:{ANN}" for u in occurrences)
    assert bob_units(document.plan) == list(BOB_UNITS)
    assert format_assignments(document.plan, SYNC_UID) == "Bob[25-75%], Ann"
    document.undo_stack.undo()
    assert format_assignments(document.plan, SYNC_UID) == "Bob[25-75%]"
