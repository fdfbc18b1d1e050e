"""A greyed menu command said why only in a hover tooltip (tester s30xk): the arrow keys now
stop on it in its menu, and landing there shows the reason in the status bar and has a screen
reader say it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibleAnnouncementEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from app.ui import status_said
from app.ui.refusal_said import READ_ONLY, greyed_reason
from tests.gui.conftest import demo_window


@pytest.fixture
def window(tmp_path, qtbot):
    yield from demo_window(tmp_path, qtbot, (1300, 700), activate=True)


@pytest.fixture
def heard(monkeypatch):
    said: list[str] = []

    def listen(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(status_said, "_send", listen)
    return said


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup menu
def test_s30gc_arrow_keys_reach_a_greyed_command_and_hear_why(window, qtbot, heard):
    window.show_view("gantt")
    window.tree.clearSelection()
    qtbot.waitUntil(lambda: not window.action_collection["indent_task"].isEnabled())
    indent = window.action_collection["indent_task"]
    why = window.action_collection.refused("indent_task")
    assert why
    menu = next(m for m in indent.associatedObjects() if isinstance(m, QMenu))
    with qtbot.waitExposed(menu):
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
    for _ in range(len(menu.actions())):
        QTest.keyClick(menu, Qt.Key.Key_Down)
        if menu.activeAction() is indent:
            break
    assert menu.activeAction() is indent  # the keyboard stops on the greyed Indent
    qtbot.waitUntil(lambda: bool(heard))
    said = f"{indent.text().replace('&', '')}: {why}"
    assert window.statusBar().currentMessage() == said[:1].upper() + said[1:]
    assert heard[-1] == window.statusBar().currentMessage()
    QTest.keyClick(menu, Qt.Key.Key_Escape)


def test_s30gc_a_command_greyed_by_a_read_only_plan_says_so(window, monkeypatch):
    monkeypatch.setattr(type(window.document), "read_only", property(lambda _self: True))
    window.action_collection.set_read_only(True)
    paste = window.action_collection["paste_tasks"]
    assert not paste.isEnabled()
    assert greyed_reason(window, paste) == READ_ONLY
    assert greyed_reason(window, window.action_collection["save_copy_as"]) == ""
