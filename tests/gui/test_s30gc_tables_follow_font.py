"""The Team roster, Risks register and Budget tables grow with the application font as the
task sheet does (tester s30xk): titles are not cut at a large font, a column the user
widened is never narrowed, and the roster's Name shows the over-allocated mark and the
name whole ("Jonas …" was cut at the default font)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.models.risk_model import RiskColumn
from app.ui.team.roster_model import RosterColumn
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


def _shown(header):
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def test_s30gc_roster_name_shows_the_mark_and_the_name_whole(window, qtbot):
    window.show_view("team")
    table = window.views["team"].table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(RosterColumn.NAME) > 100)
    assert header.sectionSize(RosterColumn.NAME) >= table.sizeHintForColumn(RosterColumn.NAME)


def test_s30gc_a_larger_font_widens_team_risks_and_budget(window, qtbot, restore_font):
    for name in ("team", "risks", "budget"):
        window.show_view(name)
    window.show_view("team")
    roster = window.views["team"].table
    register = window.views["risks"].table
    budget = window.views["budget"]
    tables = [roster, register, budget.tree, budget.variance_table, budget.people_table]
    headers = [roster.horizontalHeader(), register.horizontalHeader(), budget.tree.header()]
    headers += [budget.variance_table.horizontalHeader(), budget.people_table.horizontalHeader()]
    qtbot.wait(10)
    widened = register.horizontalHeader().sectionSize(RiskColumn.TITLE) + 300  # the user's
    register.horizontalHeader().resizeSection(RiskColumn.TITLE, widened)
    before = [[h.sectionSize(c) for c in range(h.count())] for h in headers]
    big = restore_font.font()
    big.setPointSizeF(20)
    restore_font.setFont(big)
    qtbot.waitUntil(lambda: all(t.fontMetrics().height() >= 25 for t in tables))
    qtbot.waitUntil(lambda: roster.verticalHeader().defaultSectionSize() >= 25)
    for table, header, widths in zip(tables, headers, before, strict=True):
        for column in _shown(header):
            if column == header.count() - 1 and header.stretchLastSection():
                continue  # the stretched last column takes what is left
            title = header.sectionSizeFromContents(column).width()
            assert header.sectionSize(column) >= min(title, 600), (table.accessibleName(), column)
            assert header.sectionSize(column) >= widths[column]  # never narrowed
    assert register.horizontalHeader().sectionSize(RiskColumn.TITLE) >= widened
    grew = sum(h.sectionSize(c) for h in headers for c in range(h.count()))
    assert grew > sum(map(sum, before))
    for table in (register, budget.people_table):
        assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().height()
