"""Help's keyboard table lists F8 (Extend selection) and Shift+F8 (Add to selection) with the
other selection keys of the task sheet: they are keys of the sheet, not menu actions, so the
table made from the menus never showed them and a user reading Help could not find them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.extend_selection import STATUS_LABEL, SelectionMode
from app.ui.help_window import HelpWindow, guide_html
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "keys.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    win.tree.setFocus()
    yield win
    for w in list(session.windows):
        w.close()


def _sheet_keys(text: str) -> list[tuple[str, str]]:
    """(keys, what they do) of the guide's "In the task sheet" table, in its order."""
    section = text.split("<h3>In the task sheet</h3>", 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", section)


def test_s24s2_f8_and_shift_f8_are_listed_with_the_selection_keys(window):
    rows = _sheet_keys(guide_html(window))
    keys = [k for k, _ in rows]
    assert "F8" in keys
    assert "Shift+F8" in keys
    shift_click = keys.index("Shift+click, Ctrl+click")
    # with the other selection keys: right after the Shift ones, before the column's
    selection = keys[shift_click : keys.index("Ctrl+Space") + 1]
    assert selection[-3:-1] == ["F8", "Shift+F8"]
    said = dict(rows)
    # each row names the mode as the status bar says it, and how it is turned off
    assert SelectionMode.EXTEND.value in said["F8"]
    assert "Esc" in said["F8"]
    assert SelectionMode.ADD.value in said["Shift+F8"]
    assert "Esc" in said["Shift+F8"]


def test_s24s2_the_keys_listed_do_what_the_table_says(window, qtbot):
    said = dict(_sheet_keys(guide_html(window)))
    for key, modifiers, mode in (
        (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier, SelectionMode.EXTEND),
        (Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier, SelectionMode.ADD),
    ):
        qtbot.keyClick(window.tree, key, modifiers)
        label = window.statusBar().findChild(QLabel, STATUS_LABEL)
        assert label is not None
        assert label.text() == mode.value
        assert f"<i>{label.text()}</i>" in said["Shift+F8" if modifiers else "F8"]
        qtbot.keyClick(window.tree, Qt.Key.Key_Escape)  # as the table says: Esc turns it off
        assert label.isHidden()


def test_s24s2_the_help_window_shows_the_rows(window, qtbot):
    shown = HelpWindow(window)
    qtbot.addWidget(shown)
    text = shown.browser.toPlainText()
    assert "Extend selection: the arrows" in text
    assert "Add to selection: the arrows" in text
