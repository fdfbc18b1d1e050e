"""At a large application font the Team view's Assignments list keeps its task names whole
(they were cut to 'Risk …', the name's room being fixed pixels for a 9 pt font) and its rows
as tall as the font, as the roster's (tester s30xk); the figures scroll sideways."""

from __future__ import annotations

import pytest

from tests.gui.conftest import demo_window


@pytest.fixture
def big_font(qapp):
    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(20)
    qapp.setFont(big)
    yield qapp
    qapp.setFont(font)


@pytest.fixture
def window(big_font, tmp_path, qtbot):
    yield from demo_window(tmp_path, qtbot, (1400, 900))


def test_s31ac_assignment_names_whole_and_rows_tall_at_20pt(window, qtbot):
    window.show_view("team")
    view = window.views["team"]
    view.table.selectRow(1)  # Tom Becker: "Requirements workshops", "Solution architecture"
    table = view.assignments
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    line = table.fontMetrics().height()
    assert line >= 25
    qtbot.waitUntil(lambda: table.rowHeight(0) >= line + 4)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert widest < 33 * table.fontMetrics().averageCharWidth()  # none long enough to wrap
    assert table.horizontalHeader().sectionSize(0) >= widest
