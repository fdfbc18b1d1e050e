"""Colour is never the only sign (tester s30xk, item 9): a critical task's Indicators cell
shows a critical mark, told in its tooltip and to a screen reader; an over-allocated person's
roster name is bold with the over-allocated icon; an over-allocated Usage cell carries the
icon and says "over-allocated". The marks are icons, so a selected row keeps them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.ui.models.critical_mark import CRITICAL_LINE, CRITICAL_MARK
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import Column
from tests.gui.conftest import demo_window


@pytest.fixture
def window(tmp_path, qtbot):
    yield from demo_window(tmp_path, qtbot, (1300, 700))


def test_s30fd_critical_task_has_a_mark_besides_red(window):
    model = window.model
    plan, schedule = window.document.plan, window.document.schedule
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)]
    critical = next(u for u in leaves if schedule[u].critical)
    calm = next(u for u in leaves if not schedule[u].critical)
    cell = model.index_of_uid(critical, Column.INDICATORS)
    assert cell.data(IndicatorsRole)[0] == CRITICAL_MARK
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(CRITICAL_LINE)
    assert "Critical" in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    name = model.index_of_uid(critical, Column.NAME)
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name.data()}, critical"
    quiet = model.index_of_uid(calm, Column.INDICATORS)
    assert CRITICAL_MARK not in (quiet.data(IndicatorsRole) or ())
    tip = quiet.data(Qt.ItemDataRole.ToolTipRole) or ""
    assert CRITICAL_LINE not in tip


def test_s30fd_critical_icon_is_drawn():
    from app.ui.models.indicators import indicator_icon

    assert not indicator_icon(CRITICAL_MARK).pixmap(16, 16).isNull()
    assert isinstance(indicator_icon(CRITICAL_MARK), QIcon)


def test_s30fd_over_allocated_person_is_bold_with_an_icon(window):
    from app.ui.team.roster_model import OverallocatedRole, RosterColumn, RosterModel

    roster = RosterModel(window.document)
    rows = [roster.index(r, RosterColumn.NAME) for r in range(roster.rowCount())]
    over = [i for i in rows if i.data(OverallocatedRole)]
    calm = [i for i in rows if not i.data(OverallocatedRole)]
    assert over
    assert calm
    name = over[0]
    assert name.data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(name.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name.data()}, over-allocated"
    assert calm[0].data(Qt.ItemDataRole.DecorationRole) is None
    assert calm[0].data(Qt.ItemDataRole.FontRole) is None


def test_s30fd_over_allocated_usage_cell_is_marked_and_told(window, qtbot):
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

    from app.ui.usage.detail_bands import OVER_MARK
    from app.ui.usage.grid_model import OVER_WORDS, OverRole

    QTest.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier
    )
    view = window.views["usage"]
    qtbot.waitUntil(lambda: view.grid.model().rowCount() > 0)
    grid = view.grid.model()
    over = next(
        grid.index(r, c)
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
        if grid.index(r, c).data(OverRole)
    )
    calm = grid.index(over.row(), 0) if not grid.index(over.row(), 0).data(OverRole) else None
    assert over.data(Qt.ItemDataRole.AccessibleTextRole) == f"{over.data()}, {OVER_WORDS}"
    assert OVER_WORDS.capitalize() in over.data(Qt.ItemDataRole.ToolTipRole)
    if calm is not None:
        assert calm.data(Qt.ItemDataRole.AccessibleTextRole) is None
    # painted selected (white on blue), the dark corner mark is still there
    delegate = view.grid.itemDelegate()
    image = QImage(80, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.state = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Enabled
    option.palette = view.grid.palette()
    painter = QPainter(image)
    delegate.paint(painter, option, over)
    painter.end()
    assert image.pixelColor(2, 2) == OVER_MARK


def test_s30fd_budget_cards_say_within_or_over_in_words(qtbot):
    from app.ui.budget.view import KpiCard

    card = KpiCard("VAC")
    qtbot.addWidget(card)
    card.set("€0.00", True)
    assert card.sign.text() == "✓ within budget"
    assert not card.sign.isHidden()
    card.set("-€120.00", False)
    assert card.sign.text() == "⚠ over budget"
    card.set("n/a", None)
    assert card.sign.isHidden()
