"""What the guide says text copied from Excel pastes as: names a line, durations, indent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

GUIDE = Path(__file__).resolve().parents[2] / "resources" / "help" / "guide.html"


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "paste.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_s22xa_spreadsheet_text_pastes_as_the_guide_says(window):
    assert "Text copied from Excel or a mail pastes (Ctrl+V)" in GUIDE.read_text()
    plan = window.document.plan
    QApplication.clipboard().setText("Phase X\t1d\r\n    Sub 1\t2 days\r\n    Sub 2\t3d\r\n")
    window.tree.select_uids([7])  # Go-live: pasted above it, at its level
    window.action_collection["paste_tasks"].trigger()
    pasted = [(t.name, t.outline_level, t.duration_minutes) for t in plan.tasks[6:9]]
    assert pasted == [("Phase X", 1, 480), ("Sub 1", 2, 2 * 480), ("Sub 2", 2, 3 * 480)]
    assert plan.tasks[9].name == "Go-live"
    window.document.undo_stack.undo()
    assert [t.name for t in plan.tasks][-1] == "Go-live"
    assert len(plan.tasks) == 7
