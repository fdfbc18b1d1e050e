"""Removing a person takes their own calendar (their days off) with them, and Undo brings
both back.

Found by removing Ana, who had two days off, from the team: her calendar 'Ana' stayed
in the plan and was then offered as a working calendar in Ben's Team member dialog
(choosing it gave Ben Ana's vacation). MS Project deletes a resource's calendar with it.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.resource import Resource
from app.store.document import GantryFile, read_plan
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


@pytest.fixture
def view(qtbot, tmp_path):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    file = GantryFile.create(tmp_path / "team.gantry", plan)
    doc = Document(plan, file)
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 10), date(2026, 3, 11)))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    widget.message = lambda parent, text: pytest.fail(text)
    yield widget
    file.close()


def _calendar_names(plan):
    return sorted(c.name for c in plan.calendars.values())


def _offered(qtbot, plan, uid):
    dialog = ResourceDialog(plan, plan.resource(uid))
    qtbot.addWidget(dialog)
    return [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]


def test_removing_a_person_removes_their_days_off_calendar(view, qtbot):
    doc = view.document
    assert _calendar_names(doc.plan) == ["Ana", "Standard"]
    view.select(1)
    view.remove_selected()

    assert _calendar_names(doc.plan) == ["Standard"]
    assert "Ana" not in _offered(qtbot, doc.plan, 2)
    assert _calendar_names(read_plan(doc.path)) == ["Standard"]


def test_undo_brings_the_person_back_with_their_days_off(view):
    doc = view.document
    view.select(1)
    view.remove_selected()
    doc.undo_stack.undo()

    assert [r.name for r in doc.plan.resources] == ["Ana", "Ben"]
    assert _calendar_names(doc.plan) == ["Ana", "Standard"]
    view.select(1)
    assert view.vacation_list.count() == 1
    on_disk = read_plan(doc.path)
    assert _calendar_names(on_disk) == ["Ana", "Standard"]
    assert on_disk.resource(1).calendar_uid == doc.plan.resource(1).calendar_uid
    doc.undo_stack.redo()
    assert _calendar_names(doc.plan) == ["Standard"]
