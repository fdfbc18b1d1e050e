"""Find/Replace's "Look in field" box showed "Task nam": the layout gave it an empty box's
width. It is sized to its longest entry, so whichever field is chosen reads whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(build_plan()), settings=Settings())
    qtbot.addWidget(win)
    win.show_view("gantt")
    with qtbot.waitExposed(win):
        win.show()
    return win


def _text_room(combo) -> int:
    """The width the box's style leaves for the chosen field's text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


@pytest.mark.parametrize("action", ["find_task", "replace_task"])
def test_s25su_look_in_field_holds_its_longest_entry(window, qtbot, action):
    window.action_collection[action].trigger()
    dialog = window._find_dialog
    qtbot.waitUntil(dialog.isVisible)
    field = dialog.field
    assert field.currentText() == "Task name"
    metrics = field.fontMetrics()
    texts = [field.itemText(i) for i in range(field.count())]
    assert len(texts) > 20  # the sheet's columns, then every other field
    longest = max(metrics.horizontalAdvance(t) for t in texts)
    assert _text_room(field) >= longest
    for text in ("Task name", max(texts, key=metrics.horizontalAdvance)):
        field.setCurrentIndex(field.findText(text))
        assert metrics.elidedText(text, Qt.TextElideMode.ElideRight, _text_room(field)) == text
    dialog.grab().save("/tmp/s25su_find_dialog.png")
    dialog.close()
