"""The Team view as a PM walks it: the leveling summary after undo, and a read-only plan.

Found by leveling the demo, then pressing Undo: the tasks went back, yet the Team view
still said "Delayed 4 task(s) ... longest delay 20 day(s)" under the over-allocation
list, which again named Jonas Weber. And on a plan opened read-only, Add person,
Remove, Level resources and the units of an assignment all looked editable, each
answering only afterwards that the plan cannot be changed (the Risks view greys its
buttons).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from app.ui.document import Document
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
EDITS = (
    "team_add_person",
    "team_edit_person",
    "team_remove_person",
    "team_assign_task",
    "team_unassign_task",
    "team_add_vacation",
    "team_remove_vacation",
    "team_level_resources",
    "team_clear_leveling",
)


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def _view(qtbot, doc):
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.show()
    view.message = lambda parent, text: pytest.fail(text)
    return view


def test_the_leveling_summary_goes_with_an_undo_and_not_before(qtbot, monkeypatch):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    doc = Document(_plan())
    view = _view(qtbot, doc)
    view.actions_by_id["team_level_resources"].trigger()
    assert view.summary.text().startswith("Delayed 1 task: 'Build'")
    assert view.overallocation_list.count() == 0

    doc.undo_stack.undo()

    assert view.overallocation_list.count() == 1
    assert view.summary.text() == ""

    doc.undo_stack.redo()
    view.actions_by_id["team_clear_leveling"].trigger()
    assert view.summary.text().startswith("Leveling of 1 task cleared. Finishes ")


@pytest.fixture
def read_only_doc(tmp_path):
    path = tmp_path / "team.gantry"
    GantryFile.create(path, _plan()).close()
    file = GantryFile.open(path, read_only=True)
    yield Document(file.plan, file)
    file.close()


def test_a_read_only_plan_offers_no_team_edits(qtbot, read_only_doc):
    view = _view(qtbot, read_only_doc)
    assert read_only_doc.read_only

    for action_id in EDITS:
        assert not view.actions_by_id[action_id].isEnabled(), action_id
    view.select(1)
    units = view.assignments.item(0, 1)
    assert units.text() == "100%"
    assert not units.flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.model.flags(view.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_writable_plan_offers_them(qtbot):
    view = _view(qtbot, Document(_plan()))
    for action_id in EDITS:
        assert view.actions_by_id[action_id].isEnabled(), action_id
    view.select(1)
    assert view.assignments.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable


def test_leveling_says_when_availability_ends_before_the_work_fits(qtbot):
    from app.domain.resource import Availability

    plan = _plan()  # Design (5 days) and Build (3 days), both Ana's, from Monday 5 January
    two_weeks = Availability(datetime(2026, 1, 5), datetime(2026, 1, 9, 23, 59), 1.0)
    plan.update_resource(Resource(1, "Ana", standard_rate=50.0, availability=(two_weeks,)))
    view = _view(qtbot, Document(plan))
    view.actions_by_id["team_level_resources"].trigger()
    assert "Still over-allocated: Ana" in view.summary.text()
    assert "availability ends" in view.summary.text()


def test_remove_days_off_without_a_selection_says_what_to_select(qtbot):
    from datetime import date

    from app.ui.commands import execute
    from app.ui.team.commands import AddVacationCommand

    doc = Document(_plan())
    view = _view(qtbot, doc)
    said: list[str] = []
    view.message = lambda parent, text: said.append(text)
    view.select(1)
    view.actions_by_id["team_remove_vacation"].trigger()
    assert said == ["Ana has no days off to remove."]

    execute(doc, AddVacationCommand(doc, 1, date(2026, 1, 12), date(2026, 1, 13)))
    view.vacation_list.setCurrentRow(-1)
    view.actions_by_id["team_remove_vacation"].trigger()
    assert said[-1] == "Select the days off to remove in Ana's list first."
    assert view.vacation_list.count() == 1
