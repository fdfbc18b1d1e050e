"""Paste on the Usage view was greyed and silent (s31xa L6): a team lead whose window
reopened on Usage pressed Ctrl+V on five copied rows and saw nothing happen, no word why.
The greyed task commands there now say why (the tooltip, the menu when landed on, as
s30gc's greyed commands do) and their keys say it in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.refusal_said import greyed_reason
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

WHY = (
    "it works on the task rows of the Gantt Chart, not the Usage view: View > Gantt Chart (Ctrl+1)"
)


@pytest.fixture
def window(tmp_path, qtbot):
    from app.store.document import GantryFile
    from app.ui.app import Session

    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_s31cb_paste_greyed_on_the_usage_view_says_why_and_its_key_too(window, qtbot):
    window.show_view("gantt")
    window.tree.select_uids([3])
    window.action_collection["copy_tasks"].trigger()
    window.show_view("usage")
    paste = window.action_collection["paste_tasks"]
    assert not paste.isEnabled()
    assert greyed_reason(window, paste) == WHY
    assert paste.toolTip().endswith(WHY)
    before = len(window.document.plan.tasks)
    focus = QApplication.focusWidget() or window
    QTest.keyClick(focus, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Paste Tasks: " + WHY
    assert len(window.document.plan.tasks) == before  # nothing pasted
    window.show_view("gantt")  # back on the tasks: Paste runs, and says nothing of views
    assert paste.isEnabled()
    assert greyed_reason(window, paste) == ""
    assert WHY not in paste.toolTip()
    window.action_collection["paste_tasks"].trigger()
    assert len(window.document.plan.tasks) == before + 1


def test_s31cb_paste_on_the_team_view_stays_the_rosters(window):
    window.show_view("team")
    assert window.action_collection["paste_tasks"].isEnabled()
    assert window.action_collection.refused("paste_tasks") == ""
