"""With a large application font the task sheet's columns grow so their titles and figures
are not cut (Duration read "ration"; tester s30xk, item 10), and a column the user widened
is never narrowed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.models.task_edits import Column
from tests.gui.conftest import demo_window


@pytest.fixture
def window(tmp_path, qtbot):
    yield from demo_window(tmp_path, qtbot, (1300, 700))


@pytest.fixture
def restore_font():
    app = QApplication.instance()
    font = app.font()
    yield app
    app.setFont(font)


def test_s30fd_a_larger_font_widens_the_sheets_columns(window, qtbot, restore_font):
    sheet = window.tree
    header = sheet.horizontalHeader()
    name_before = header.sectionSize(Column.NAME) + 300  # the user widens Task name
    header.resizeSection(Column.NAME, name_before)
    big = restore_font.font()
    big.setPointSizeF(20)
    restore_font.setFont(big)
    qtbot.waitUntil(lambda: sheet.fontMetrics().height() >= 25)
    for column in (Column.DURATION, Column.WBS):
        title = header.sectionSizeFromContents(column).width()
        assert header.sectionSize(column) >= title, column
    assert header.sectionSize(Column.NAME) >= name_before  # never narrowed
    assert sheet.verticalHeader().defaultSectionSize() >= sheet.fontMetrics().height()
