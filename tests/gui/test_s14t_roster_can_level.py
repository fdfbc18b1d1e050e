"""The Team view's people table shows each person's Can Level (MS Project's Resource Sheet
column) and a click on its checkbox turns it off or on as one undoable edit."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from app.domain.resource import Resource, ResourceType
from app.ui.document import Document
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan

CHECK = Qt.ItemDataRole.CheckStateRole
SHOW = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def team(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", can_level=False))
    plan.add_resource(Resource(3, "Steel", type=ResourceType.MATERIAL))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.show()
    return doc, view


def _column(view) -> int:
    model = view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index("Can level")


def test_the_table_shows_who_can_be_leveled(team):
    _, view = team
    model, col = view.model, _column(view)
    assert model.index(0, col).data(SHOW) == "Yes"
    assert model.index(1, col).data(SHOW) == "No"
    assert model.index(0, col).data(CHECK) == Qt.CheckState.Checked
    assert model.index(1, col).data(CHECK) == Qt.CheckState.Unchecked
    # A material is never leveled: no box to tick, as MS Project leaves it to people.
    assert model.index(2, col).data(CHECK) is None
    assert not model.flags(model.index(2, col)) & Qt.ItemFlag.ItemIsUserCheckable


def test_unticking_turns_leveling_off_as_one_undo_step(team):
    doc, view = team
    proxy, col = view.proxy, _column(view)
    index = proxy.index(0, col)
    assert proxy.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert proxy.setData(index, Qt.CheckState.Unchecked.value, CHECK)  # as a view sends it
    assert doc.plan.resources[0].can_level is False
    assert doc.undo_stack.count() == 1
    assert proxy.index(0, col).data(SHOW) == "No"
    doc.undo_stack.undo()
    assert doc.plan.resources[0].can_level is True
    assert proxy.setData(proxy.index(1, col), Qt.CheckState.Checked, CHECK)
    assert doc.plan.resources[1].can_level is True


def test_a_click_on_the_box_unticks_it(team, qtbot):
    doc, view = team
    col = _column(view)
    view.table.scrollTo(view.proxy.index(0, col))
    rect = view.table.visualRect(view.proxy.index(0, col))
    box = rect.topLeft() + type(rect.topLeft())(10, rect.height() // 2)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert doc.plan.resources[0].can_level is False


def test_a_read_only_plan_shows_the_box_but_keeps_it(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    doc = Document(plan, file=SimpleNamespace(read_only=True))  # as a v13 file opened so
    view = TeamView(doc)
    qtbot.addWidget(view)
    index = view.model.index(0, _column(view))
    assert index.data(CHECK) == Qt.CheckState.Checked
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
