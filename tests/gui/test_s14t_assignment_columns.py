"""The Team view's assignment list fits its pane: all seven columns, Work contour too, are
seen without scrolling sideways in a window of ordinary width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import formats
from app.ui.document import Document
from app.ui.team.view import TeamView

TITLES = ["Task", "Units", "Work", "Cost", "Rate table", "Dates", "Work contour"]


@pytest.fixture
def view(qtbot, shared_data):
    plan = formats.read_plan(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_every_column_is_seen_without_scrolling(view):
    table = view.assignments
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(0) >= 100  # the task's name keeps room to be read
    for col in range(1, table.columnCount()):  # no figure cut to fit
        assert header.sectionSize(col) >= table.sizeHintForColumn(col)


def test_titles_keep_their_words_and_wrap_instead(view):
    table = view.assignments
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert titles == TITLES
    header = table.horizontalHeader()
    line = header.fontMetrics().height()
    assert header.height() >= 2 * line  # "Rate table" and "Work contour" on two lines
    assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
