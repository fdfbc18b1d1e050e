"""Someone named without units takes the lower of 100 % and their Max Units, as MS Project
assigns them: Cleo (Max Units 50 %) typed in a People cell was put on at 100 % and shown
over-allocated at once. The People cell, Assign Resources (Alt+F10) and the Team view's
Assign to task all start from that default; Cleo at 100 % shows her units (``Cleo[100%]``)
so that her cell reads back as it is.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.assigning import format_assignments, parse_assignments
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.dialogs.assign_resources_dialog import NAME, AssignResourcesDialog
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.team.assign_dialog import AssignTaskDialog
from app.ui.team.commands import SetAssignmentsCommand
from app.ui.team.view import TeamView


def _plan() -> Plan:
    plan = Plan(project=Project(name="Week", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=10 * 480))
    plan.append_task(Task(2, "Test", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", max_units=2.0))
    plan.add_resource(Resource(3, "Cleo", max_units=0.5))
    plan.add_resource(Resource(4, "Cement", type=ResourceType.MATERIAL, max_units=0.5))
    return plan


def _units(plan: Plan, task_uid: int) -> dict[str, float]:
    return {plan.resource(a.resource_uid).name: a.units for a in plan.assignments_of_task(task_uid)}


def test_s21sm_named_without_units_takes_the_lower_of_max_units_and_100_percent():
    plan = _plan()
    typed = parse_assignments(plan, "Ana, Ben, Cleo, Cement")
    assert typed == [(1, 1.0), (2, 1.0), (3, 0.5), (4, 1.0)]
    assert parse_assignments(plan, "Cleo[100%]") == [(3, 1.0)]  # typed units are hers


def test_s21sm_people_cell_puts_cleo_on_at_half_time_not_over_allocated():
    doc = Document(_plan())
    execute(doc, SetAssignmentsCommand(doc, 1, "Cleo"))
    assert _units(doc.plan, 1) == {"Cleo": 0.5}
    assert format_assignments(doc.plan, 1) == "Cleo[50%]"
    assert 3 not in doc.costs.overallocated


def test_s21sm_cleo_at_full_time_shows_it_and_reads_back_unchanged():
    doc = Document(_plan())
    execute(doc, SetAssignmentsCommand(doc, 1, "Cleo[100%], Ana"))
    shown = format_assignments(doc.plan, 1)
    assert shown == "Cleo[100%], Ana"
    execute(doc, SetAssignmentsCommand(doc, 1, shown + ", Ben"))
    assert _units(doc.plan, 1) == {"Cleo": 1.0, "Ana": 1.0, "Ben": 1.0}


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(w)
    return w


def test_s21sm_assign_resources_ticked_without_units_takes_the_default(window):
    window.tree.select_uids([2])
    window.action_collection["assign_resources"].trigger()
    dialog = window.findChild(AssignResourcesDialog)
    assert dialog is not None
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, NAME)
        on = item.text() in ("Ana", "Cleo")
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    assert dialog.assign()
    assert _units(window.document.plan, 2) == {"Ana": 1.0, "Cleo": 0.5}


def test_s21sm_team_view_assign_to_task_offers_and_takes_the_default(qtbot, monkeypatch):
    doc = Document(_plan())
    view = TeamView(doc)
    qtbot.addWidget(view)
    cleo = doc.plan.resource(3)
    assert AssignTaskDialog(doc.plan, cleo).units.text() == "50%"
    assert AssignTaskDialog(doc.plan, doc.plan.resource(1)).units.text() == "100%"
    monkeypatch.setattr(AssignTaskDialog, "ask", classmethod(lambda cls, *a: (2, "")))
    view.select(3)
    view.actions_by_id["team_assign_task"].trigger()
    assert _units(doc.plan, 2) == {"Cleo": 0.5}
