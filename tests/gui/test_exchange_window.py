"""End to end in the main window: export, client edit, import with review, saved in the file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.store.document import GantryFile
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.gui.conftest import build_plan


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    return path


def test_export_edit_import_apply_and_reopen(
    session, plan_file: Path, tmp_path: Path, qtbot, monkeypatch
):
    window = session.open_path(plan_file)
    assert window is not None
    qtbot.addWidget(window)
    workbook = tmp_path / "for client.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, parent, s, folder=None: workbook)
    )
    window.action_collection["export_plan"].trigger()
    assert workbook.exists()

    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    row = next(
        r for r in range(2, ws.max_row + 1) if ws.cell(r, header.index("Task") + 1).value == "Code"
    )
    ws.cell(row, header.index("Duration") + 1).value = "8d"
    ws.cell(row, header.index("Task") + 1).value = "Code and review"
    wb.save(workbook)

    seen: list[int] = []

    def accept_all(cls, parent, items, project, notes=()):
        seen.append(len(items))
        return [i.change for i in items]

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: workbook))
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(accept_all))
    window.action_collection["import_plan"].trigger()
    assert seen == [2]
    code = window.document.plan.task(5)
    assert (code.name, code.duration_minutes) == ("Code and review", 8 * 480)
    assert window.document.undo_stack.undoText() == "Apply client changes"
    window.close()

    reopened = GantryFile.open(plan_file, read_only=True)
    try:
        saved = reopened.plan.task(5)
        assert (saved.name, saved.duration_minutes) == ("Code and review", 8 * 480)
    finally:
        reopened.close()
