"""A refusal said in the status bar reached no screen reader and went away after 10 s: a
keyboard user typing 'a' into Duration heard nothing and the cell simply "did nothing". Each
message is now announced (QAccessibleAnnouncementEvent), a refusal stays until the user's
next move, and the bar keeps the session's messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui import status_said
from app.ui.models.task_edits import Column
from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)


def test_s30ak_a_refused_duration_is_announced_and_stays(window, qtbot, monkeypatch):  # noqa: F811
    heard = []
    monkeypatch.setattr(status_said, "_send", lambda event: heard.append(event.message()))
    tree = window.tree
    tree.setFocus()
    cell = tree.model().index(4, Column.DURATION)
    tree.setCurrentIndex(cell)
    before = cell.data()
    QTest.keyClicks(tree, "a")
    editor = tree.focusWidget() or tree
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(heard))
    assert "is not a duration" in heard[-1]
    assert tree.model().index(4, Column.DURATION).data() == before
    bar = window.statusBar()
    assert "is not a duration" in bar.currentMessage()
    # no timeout: only the next move takes it away
    assert bar.said[-1] == bar.currentMessage()
    timer_ids = [t for t in bar.children() if type(t).__name__ == "QTimer" and t.isActive()]
    assert not timer_ids
