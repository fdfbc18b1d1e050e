"""A client's edits to a summary row are told in the review, once, not dropped without a word.

MS Project computes a summary's Duration, Start, Finish, % complete and Cost from its
subtasks, so the import does not take them; the review says so as a line of its own.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from app.domain.merge import copy_plan, three_way
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.document import Document
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.unit.excel_plans import sample_plan

DESIGN_ROW = 2  # sample_plan's 'Design' summary, under the header


def _edit(path: Path, edits: list[tuple[int, str, object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    for row, title, value in edits:
        ws.cell(row=row, column=header.index(title) + 1).value = value
    wb.save(path)


def _returned(tmp_path: Path, edits: list[tuple[int, str, object]]) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path)
    _edit(path, edits)
    return path


def test_a_typed_summary_duration_is_noted_and_not_taken(tmp_path):
    path = _returned(tmp_path, [(DESIGN_ROW, "Duration", "12d")])
    trip = read_roundtrip_workbook(path)
    assert trip.notes == [
        "Summary 'Design': Duration typed 12d in the workbook is computed from its "
        "subtasks; not taken"
    ]
    assert trip.theirs.task(1) == trip.base.task(1)
    assert three_way(trip.base, trip.theirs, copy_plan(trip.base)) == []


def test_each_computed_cell_of_a_summary_is_noted_once(tmp_path):
    path = _returned(
        tmp_path,
        [
            (DESIGN_ROW, "Start", datetime(2026, 3, 2, 8, 0)),
            (DESIGN_ROW, "Duration", "12d"),
            (DESIGN_ROW, "Task", "Design phase"),  # a name is the client's to change
        ],
    )
    trip = read_roundtrip_workbook(path)
    # (a summary's % complete goes to its subtasks, as the window's: test_s20rt_*)
    assert [n.split(":")[1].split(" typed")[0] for n in trip.notes] == [" Duration", " Start"]
    assert all(n.startswith("Summary 'Design phase': ") for n in trip.notes)
    assert trip.theirs.task(1).name == "Design phase"


def test_an_unchanged_workbook_has_no_notes(tmp_path):
    assert read_roundtrip_workbook(_returned(tmp_path, [])).notes == []


def test_the_review_shows_the_note_as_a_line_without_a_box(qtbot, tmp_path):
    path = _returned(tmp_path, [(DESIGN_ROW, "Duration", "12d"), (4, "Task", "Peer review")])
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(trip.base))
    dialog = ReviewChangesDialog(items, trip.base.project, notes=trip.notes)
    qtbot.addWidget(dialog)
    texts = []
    for k in range(dialog.tree.topLevelItemCount()):
        node = dialog.tree.topLevelItem(k)
        texts.append(node.text(0))
        for c in range(node.childCount()):
            texts.append(node.child(c).text(0))
    note = next(
        dialog.tree.topLevelItem(k)
        for k in range(dialog.tree.topLevelItemCount())
        if "computed from its subtasks" in dialog.tree.topLevelItem(k).text(0)
    )
    assert not note.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert len(dialog.change_rows()) == len(items) == 1
    assert [c.field for c in dialog.accepted_changes()] == ["name"]
    assert "1 change" in dialog.summary.text()


def test_a_workbook_with_only_summary_edits_says_why_nothing_changes(qtbot, tmp_path, monkeypatch):
    path = _returned(tmp_path, [(DESIGN_ROW, "Duration", "12d")])
    document = Document(sample_plan())
    told: list[str] = []
    monkeypatch.setattr(ExchangeDialogs, "info", classmethod(lambda cls, p, m: told.append(m)))
    assert exchange.review_roundtrip(None, document, path) is False
    assert len(told) == 1
    assert "holds no changes" in told[0]
    assert "Summary 'Design': Duration typed 12d" in told[0]
