"""The roster sorts by a click on a header; edits, selection and actions follow the person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.assign_dialog import AssignTaskDialog
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import ResourceUidRole, RosterColumn
from app.ui.team.vacation_dialog import VacationDialog
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
EDIT = Qt.ItemDataRole.EditRole


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Carla", role="Engineer", standard_rate=50.0))
    plan.add_resource(Resource(2, "ana", role="Architect", standard_rate=120.0, max_units=0.5))
    plan.add_resource(Resource(3, "Ben", role="", standard_rate=9.0))
    plan.add_resource(Resource(4, "Cement", type=ResourceType.MATERIAL, standard_rate=90.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))  # Carla twice at once: over
    plan.add_assignment(Assignment(3, 2, 2, 0.5, 3 * DAY // 2))
    return plan


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def _names(view):
    m = view.table.model()
    return [m.index(r, RosterColumn.NAME).data() for r in range(m.rowCount())]


def _click(qtbot, view, column):
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_opens_in_plan_order_and_sorts_by_header(view):
    assert _names(view) == ["Carla", "ana", "Ben", "Cement"]
    view.table.sortByColumn(RosterColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert _names(view) == ["ana", "Ben", "Carla", "Cement"]  # not by case
    view.table.sortByColumn(RosterColumn.STANDARD_RATE, Qt.SortOrder.DescendingOrder)
    assert _names(view) == ["ana", "Cement", "Carla", "Ben"]  # 120 > 90 > 50 > 9, not as text
    view.table.sortByColumn(RosterColumn.MAX_UNITS, Qt.SortOrder.AscendingOrder)
    assert _names(view)[:2] == ["Cement", "ana"]  # a material has no max units
    view.table.sortByColumn(RosterColumn.WORK, Qt.SortOrder.DescendingOrder)
    assert _names(view)[0] == "Carla"
    view.table.sortByColumn(RosterColumn.ROLE, Qt.SortOrder.AscendingOrder)
    assert _names(view)[2:] == ["ana", "Carla"]


def test_over_allocated_column_sorts_the_over_allocated_first(view):
    model = view.model
    assert model.headerData(RosterColumn.OVERALLOCATED, Qt.Orientation.Horizontal) == (
        "Over-allocated"
    )
    assert model.index(0, RosterColumn.OVERALLOCATED).data() == "Yes"
    assert model.index(1, RosterColumn.OVERALLOCATED).data() == ""
    view.table.sortByColumn(RosterColumn.OVERALLOCATED, Qt.SortOrder.DescendingOrder)
    assert _names(view)[0] == "Carla"


def test_clicking_a_header_sorts_and_a_third_click_restores_plan_order(qtbot, view):
    assert view.table.isSortingEnabled()
    _click(qtbot, view, RosterColumn.NAME)
    first = _names(view)
    assert first in (["ana", "Ben", "Carla", "Cement"], ["Cement", "Carla", "Ben", "ana"])
    _click(qtbot, view, RosterColumn.NAME)
    assert _names(view) == first[::-1]
    _click(qtbot, view, RosterColumn.NAME)
    assert _names(view) == ["Carla", "ana", "Ben", "Cement"]


def test_selection_and_actions_follow_the_person_not_the_row(view):
    doc = view.document
    view.select(3)  # Ben, row 2 in plan order
    assert view.selected_uid() == 3
    view.table.sortByColumn(RosterColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert view.selected_uid() == 3  # still Ben, now on row 1
    assert view.table.currentIndex().row() == 1
    # The details shown are Ben's: no assignments.
    assert view.assignments.rowCount() == 0
    view.select(2)
    assert view.table.currentIndex().data() == "ana"
    assert view.assignments.item(0, 0).text() == "Build"
    view.confirm = lambda *_: True  # Yes to "… is on N tasks: remove?"
    view.remove_selected()
    assert [r.name for r in doc.plan.resources] == ["Carla", "Ben", "Cement"]
    doc.undo_stack.undo()
    assert [r.name for r in doc.plan.resources] == ["Carla", "ana", "Ben", "Cement"]
    assert _names(view) == ["ana", "Ben", "Carla", "Cement"]


def test_an_edit_through_the_sorted_table_reaches_the_right_person(view):
    doc = view.document
    view.table.sortByColumn(RosterColumn.NAME, Qt.SortOrder.DescendingOrder)
    proxy = view.table.model()
    row = _names(view).index("Ben")
    assert proxy.setData(proxy.index(row, RosterColumn.STANDARD_RATE), "75", EDIT)
    assert doc.plan.resource(3).standard_rate == 75
    assert doc.plan.resource(1).standard_rate == 50
    # Renaming re-sorts; the selection stays on the renamed person.
    view.select(3)
    row = view.table.currentIndex().row()
    assert proxy.setData(proxy.index(row, RosterColumn.NAME), "Zed", EDIT)
    assert _names(view)[0] == "Zed"
    assert view.selected_uid() == 3
    assert proxy.index(0, 0).data(ResourceUidRole) == 3


def test_add_person_edits_the_new_row_wherever_it_sorts(view):
    view.table.sortByColumn(RosterColumn.NAME, Qt.SortOrder.AscendingOrder)
    view.add_person()
    uid = view.selected_uid()
    assert view.document.plan.resource(uid).name.startswith("New person")
    assert view.table.currentIndex().data() == view.document.plan.resource(uid).name


def test_the_proxy_passes_qt_model_checks(view, qtmodeltester):
    view.table.sortByColumn(RosterColumn.COST, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(view.table.model(), force_py=True)


def test_every_person_action_acts_on_the_selected_person_once_sorted(view, monkeypatch):
    """Details, days off, assign and remove from task read the proxy's row, not the plan's."""
    doc = view.document
    plan = doc.plan
    view.table.sortByColumn(RosterColumn.NAME, Qt.SortOrder.AscendingOrder)
    view.select(3)  # Ben: row 1 sorted, row 2 in the plan
    asked = []

    def details(parent, plan_, resource):
        asked.append(resource.uid)
        return replace(resource, role="Foreman")

    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: details(*a)))
    view.edit_selected()
    assert asked == [3]
    assert plan.resource(3).role == "Foreman"
    monkeypatch.setattr(
        VacationDialog,
        "ask",
        classmethod(lambda cls, p, who: (date(2026, 1, 6), date(2026, 1, 7), who)),
    )
    view.add_vacation()
    assert view.vacation_list.count() == 1
    assert "Ben" in view.vacation_list.item(0).text()
    monkeypatch.setattr(AssignTaskDialog, "ask", classmethod(lambda cls, p, plan_, res: (1, "50%")))
    view.assign_to_task()
    assert [a.resource_uid for a in plan.assignments_of_task(1)] == [1, 3]
    view.assignments.setCurrentCell(0, 0)
    view.remove_from_task()
    assert [a.resource_uid for a in plan.assignments_of_task(1)] == [1]
    assert view.errors == []
    view.select(1)
    view._on_double_clicked(view.table.currentIndex().siblingAtColumn(RosterColumn.WORK))
    assert asked == [3, 1]
