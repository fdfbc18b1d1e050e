"""Review changes names the summaries a moved row leaves and joins, not their hidden ids.

On Tuesday the review said 'Outline (parent task) 21 -> 31' for a row the client moved;
the PM had to guess which summaries 21 and 31 were.
"""

from __future__ import annotations

import openpyxl
import pytest

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange.actions import ExchangeDialogs, run_export
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _move_review_under_build(path) -> None:
    """Cut 'Review' (uid 3, under 'Design') and paste it after 'Test' (under 'Build')."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("UID") + 1

    def row_of(uid: int) -> int:
        return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == uid)

    r = row_of(3)
    values = [c.value for c in ws[r]]
    ws.delete_rows(r)
    target = row_of(6) + 1
    ws.insert_rows(target)
    for k, value in enumerate(values, start=1):
        ws.cell(target, k).value = value
    wb.save(path)


def test_a_moved_row_is_reviewed_with_its_summaries_names_and_moves(
    window, qtbot, tmp_path, monkeypatch
):
    target = tmp_path / "client.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    assert run_export(window, window.document) == target
    _move_review_under_build(target)
    seen = []

    def ask(cls, parent, items, project, notes=()):
        dialog = cls(items, project, parent)
        qtbot.addWidget(dialog)
        seen.extend(
            [node.text(c) for c in range(3)] for node in dialog.change_rows() if node.parent()
        )
        return dialog.accepted_changes()

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: target))
    stack = window.document.undo_stack
    count = stack.count()
    window.action_collection["import_plan"].trigger()
    assert seen == [["Summary task", "Design", "Build"]]
    plan = window.document.plan
    assert plan.parent(3).name == "Build"
    assert stack.count() == count + 1
    stack.undo()
    assert plan.parent(3).name == "Design"
