"""The window's Import review of a workbook the client edited as s25wb's faults were found:
a UID cell emptied (the task kept by its #, and said), a row moved under its summary
(titled 'Position', not the field's name), a summary indented (its subtasks move with it)."""

from __future__ import annotations

import shutil
from copy import copy
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings

from app.ui.app import Session
from app.ui.exchange.actions import ExchangeDialogs, run_export
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _moved_and_cleared(ws) -> None:  # type: ignore[no-untyped-def]
    assert (ws["D5"].value, ws["D6"].value) == ("Stakeholder interviews", "As-is process mapping")
    five, six = [c.value for c in ws[5]], [c.value for c in ws[6]]
    for col, (a, b) in enumerate(zip(five, six, strict=True), start=1):
        ws.cell(5, col).value, ws.cell(6, col).value = b, a  # row 6 cut, inserted above 5
    ws["A7"] = None  # 'Risk workshop': its UID cell emptied


def _summary_indented(ws) -> None:  # type: ignore[no-untyped-def]
    assert ws["D11"].value == "Solution design"
    alignment = copy(ws["D11"].alignment)
    alignment.indent = 1  # Increase Indent on the summary
    ws["D11"].alignment = alignment


def _reviewed(window, qtbot, tmp_path, monkeypatch, edit, shot):  # type: ignore[no-untyped-def]
    """The rows (field, old, new) and notes the review shows of the client's ``edit``; all
    accepted."""
    target = tmp_path / "client.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    assert run_export(window, window.document) == target
    wb = openpyxl.load_workbook(target)
    edit(wb["Plan"])
    wb.save(target)
    rows: list[list[str]] = []
    told: list[str] = []

    def ask(cls, parent, items, project, notes=()):  # type: ignore[no-untyped-def]
        dialog = cls(items, project, parent, notes)
        qtbot.addWidget(dialog)
        dialog.resize(1100, 420)
        dialog.grab().save(f"/tmp/s25wb_{shot}.png")
        rows.extend([n.text(c) for c in range(3)] for n in dialog.change_rows() if n.parent())
        told.extend(notes)
        return dialog.accepted_changes()

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: target))
    window.action_collection["import_plan"].trigger()
    return rows, told


def test_s25wb_the_review_titles_a_move_and_tells_a_cleared_uid(
    window, qtbot, tmp_path, monkeypatch
):
    rows, told = _reviewed(window, qtbot, tmp_path, monkeypatch, _moved_and_cleared, "moved")
    assert rows == [
        ["Position", "ID 5, after 'Stakeholder interviews'", "ID 4, after 'Project charter'"]
    ]
    assert told == [
        "Plan!A7: the UID cell is empty; the row is read as 'Risk workshop' (UID 6) by its # 6, "
        "which no other row shows"
    ]
    plan = window.document.plan
    assert plan.has_task(6)  # kept, not deleted and added again
    assert [t.uid for t in plan.tasks][3:5] == [5, 4]


def test_s25wb_the_review_moves_an_indented_summary_with_its_subtasks(
    window, qtbot, tmp_path, monkeypatch
):
    rows, told = _reviewed(window, qtbot, tmp_path, monkeypatch, _summary_indented, "indent")
    assert told == [
        "Plan!D11: 'Solution design' is now a subtask of 'Initiation and discovery' (outline "
        "level 2), as the cell's indent shows; its 8 subtasks move with it"
    ]
    assert [r[0] for r in rows] == ["Summary task"]
    plan = window.document.plan
    assert plan.parent(10).name == "Initiation and discovery"
    assert {plan.parent(uid).name for uid in range(11, 19)} == {"Solution design"}
