"""The task sheet's Indicators column: shown right of ID, tooltips, header menu, saved state."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from app.domain.task import ConstraintType
from app.report.indicators import Indicator
from app.store.document import GantryFile
from app.ui import settings as keys
from app.ui.app import Session
from app.ui.column_catalog import INDICATORS_WIDTH
from app.ui.column_placement import insert_column
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.indicator_delegate import IndicatorDelegate, icon_rects
from app.ui.models.critical_mark import CRITICAL_MARK
from app.ui.models.custom_columns import CUSTOM_COUNT
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import DEFAULT_COLUMNS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from app.ui.sheet_layout import restore_layout
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def doc():
    plan = build_plan()
    plan.update_risk(replace(plan.risk(1), task_uids=()))  # no risk mark on Code (s29rk)
    return Document(plan)


@pytest.fixture
def view(qtbot, doc):
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    return tree


def shown(tree) -> list[Column]:
    header = tree.header()
    order = [header.logicalIndex(v) for v in range(header.count())]
    return [Column(c) for c in order if not tree.isColumnHidden(c)]


def cell(view, uid: int):
    return view.task_model().index_of_uid(uid, Column.INDICATORS)


def actions_by_name(menu) -> dict[str, object]:
    out = {}
    for action in menu.actions():
        if action.menu() is not None:
            out.update(actions_by_name(action.menu()))
        if action.objectName():
            out[action.objectName()] = action
    return out


def test_the_column_shows_right_of_id_narrow_with_an_icon_for_a_title(view):
    assert shown(view)[:3] == [Column.ID, Column.INDICATORS, Column.WBS]
    assert view.columnWidth(Column.INDICATORS) == INDICATORS_WIDTH
    assert 36 <= INDICATORS_WIDTH <= 60  # two to three icons
    model = view.model()
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(Column.INDICATORS, horizontal) == ""
    assert not model.headerData(
        Column.INDICATORS, horizontal, Qt.ItemDataRole.DecorationRole
    ).isNull()
    assert "Indicators" in model.headerData(Column.INDICATORS, horizontal, TIP)
    assert isinstance(view.itemDelegateForColumn(Column.INDICATORS), IndicatorDelegate)


def _marks(index) -> tuple:
    """The cell's marks other than the critical one (748f8724 puts it first on critical tasks)."""
    return tuple(m for m in index.data(IndicatorsRole) if m != CRITICAL_MARK)


def test_tooltips_follow_edits(view, doc):
    assert cell(view, 5).data(IndicatorsRole) == (CRITICAL_MARK,)  # Code is critical
    assert cell(view, 5).data(TIP) == "Critical task: on the critical path"
    snet = datetime(2026, 3, 16, 8)
    execute(
        doc,
        EditTaskCommand(
            doc,
            5,
            "Pin",
            constraint_type=ConstraintType.SNET,
            constraint_date=snet,
            notes="Vendor on site\nsecond line",
        ),
    )
    assert _marks(cell(view, 5)) == (Indicator.CONSTRAINT, Indicator.NOTE)
    assert cell(view, 5).data(TIP).split("\n", 1)[-1] == (
        "This task has a 'Start No Earlier Than' constraint on Mon 2026-03-16\n"
        "Notes: Vendor on site\nsecond line"
    )
    finish = doc.schedule[6].finish
    execute(doc, EditTaskCommand(doc, 6, "Deadline", deadline=datetime(2026, 3, 17, 17)))
    tip = cell(view, 6).data(TIP).split("\n", 1)[-1]  # after the critical line
    assert tip == (
        f"This task finishes on {finish:%a %Y-%m-%d} after its deadline on Tue 2026-03-17"
    )
    execute(doc, EditTaskCommand(doc, 3, "Done", percent_complete=100.0))
    assert _marks(cell(view, 3)) == (Indicator.COMPLETE,)
    assert cell(view, 3).data(TIP).startswith("This task was completed on ")
    doc.undo_stack.undo()
    assert cell(view, 3).data(IndicatorsRole) == ()


def test_the_id_cell_no_longer_carries_the_icons(view, doc):
    execute(doc, EditTaskCommand(doc, 5, "Add notes", notes="see the contract"))
    the_id = view.task_model().index_of_uid(5, Column.ID)
    assert the_id.data(Qt.ItemDataRole.DecorationRole) is None
    assert the_id.data() == "5"
    assert cell(view, 5).data(Qt.ItemDataRole.DisplayRole) is None  # icons only
    view.select_uids([5])
    assert view.selection_as_text().splitlines()[0].split("\t")[:2] == ["ID", "WBS"]


def test_the_header_menu_hides_it_and_puts_it_back(view):
    hide = actions_by_name(view.column_menu(Column.INDICATORS))["hide_column"]
    assert hide.text() == "Hide Column 'Indicators'"
    hide.trigger()
    assert Column.INDICATORS not in shown(view)
    names = actions_by_name(view.column_menu(Column.NAME))
    assert names["insert_indicators"].isEnabled()
    names["insert_indicators"].trigger()
    assert shown(view)[:3] == [Column.ID, Column.WBS, Column.INDICATORS]  # left of the click
    assert view.columnWidth(Column.INDICATORS) > 0
    # and it is one of the check boxes of the default columns
    menu = view.column_menu(Column.NAME)
    boxes = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert boxes["Indicators"].isChecked()
    boxes["Indicators"].setChecked(False)
    assert view.isColumnHidden(Column.INDICATORS)


def state_of(columns: int, hidden=(), widths=None, moved=None) -> QByteArray:
    """A header state as a build with ``columns`` columns saved it."""
    model = QStandardItemModel(0, columns)
    tree = QTableView()
    tree.setModel(model)
    header = tree.horizontalHeader()
    for column in hidden:
        tree.setColumnHidden(column, True)
    for column, width in (widths or {}).items():
        tree.setColumnWidth(column, width)
    if moved:
        header.moveSection(*moved)
    return header.saveState()


def test_a_state_saved_before_indicators_keeps_every_column_and_adds_it_right_of_id(view):
    """A 33-column build's state: its inserted, moved, hidden and resized columns as saved."""
    hidden = [c for c in range(33) if c > Column.COST and c not in (Column.DEADLINE, Column.NOTES)]
    hidden.append(Column.WBS)
    state = state_of(33, hidden, {Column.NAME: 260, Column.NOTES: 150}, moved=(Column.NOTES, 1))
    assert restore_layout(view, QByteArray(), state)
    assert view.header().count() == len(Column) + CUSTOM_COUNT  # then the custom fields
    assert shown(view) == [
        Column.ID,
        Column.INDICATORS,
        Column.NOTES,
        Column.NAME,
        Column.DURATION,
        Column.START,
        Column.FINISH,
        Column.PREDECESSORS,
        Column.RESOURCES,
        Column.PERCENT,
        Column.COST,
        Column.DEADLINE,
    ]
    assert view.columnWidth(Column.NAME) == 260
    assert view.columnWidth(Column.NOTES) == 150
    assert view.columnWidth(Column.INDICATORS) == INDICATORS_WIDTH


def test_a_state_with_indicators_hidden_keeps_it_hidden(view, qtbot):
    view.setColumnHidden(Column.INDICATORS, True)
    state = view.header().saveState()
    other = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(other)
    assert restore_layout(other, QByteArray(), state)
    assert Column.INDICATORS not in shown(other)
    assert shown(other) == [c for c in DEFAULT_COLUMNS if c is not Column.INDICATORS]


@pytest.fixture
def settings_file(tmp_path):
    def make():
        return Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))

    return make


def open_window(qtbot, settings, path):
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    return window


def test_a_restart_keeps_it_hidden_or_moved(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = open_window(qtbot, settings_file(), path)
    assert shown(window.tree)[:2] == [Column.ID, Column.INDICATORS]
    insert_column(window.tree, Column.INDICATORS, Column.START)  # moved left of Start
    before = shown(window.tree)
    window.close()
    again = open_window(qtbot, settings_file(), path)
    assert shown(again.tree) == before
    assert before.index(Column.INDICATORS) == before.index(Column.START) - 1
    again.tree.setColumnHidden(Column.INDICATORS, True)
    again.close()
    third = open_window(qtbot, settings_file(), path)
    assert Column.INDICATORS not in shown(third.tree)
    third.close()


def test_an_upgrading_users_saved_ten_columns_get_indicators(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    settings = settings_file()
    settings.set(keys.TREE_HEADER_STATE, state_of(10, hidden=[Column.WBS]))
    window = open_window(qtbot, settings, path)
    assert shown(window.tree)[:3] == [Column.ID, Column.INDICATORS, Column.NAME]
    window.close()


def test_the_delegate_draws_one_icon_per_mark_side_by_side(view, doc):
    execute(
        doc,
        EditTaskCommand(doc, 6, "Late", deadline=datetime(2026, 3, 3, 17), notes="why"),
    )
    index = cell(view, 6)  # Test is critical: its bolt first (748f8724)
    assert index.data(IndicatorsRole) == (CRITICAL_MARK, Indicator.DEADLINE, Indicator.NOTE)
    rects = icon_rects(QRect(0, 0, INDICATORS_WIDTH, 22), 3)
    assert len(rects) == 3  # the icons shrink so the note shows too (s31ac)
    assert rects[0].right() < rects[1].left()
    image = QImage(INDICATORS_WIDTH, 22, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, INDICATORS_WIDTH, 22)
    painter = QPainter(image)
    view.itemDelegateForColumn(Column.INDICATORS).paint(painter, option, index)
    painter.end()
    bolt = [
        image.pixelColor(x, y)
        for x in range(rects[0].left(), rects[0].right())
        for y in range(rects[0].top(), rects[0].bottom())
    ]
    assert any(c != QColor("white") for c in bolt)  # the critical bolt
    second = image.pixelColor(rects[1].left() + 4, rects[1].center().y())  # beside the "!"
    assert second.red() > 150  # the red deadline diamond
    assert second.green() < 100


def test_the_column_does_not_make_rows_taller(view, doc):
    """The chart reads the row height from the sheet's size hints: a taller hint broke link drags."""
    execute(doc, EditTaskCommand(doc, 2, "Late", deadline=datetime(2026, 3, 3, 17), notes="why"))
    with_icons = view.sizeHintForRow(1)
    view.setColumnHidden(Column.INDICATORS, True)
    assert view.sizeHintForRow(1) == with_icons
