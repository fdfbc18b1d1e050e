"""Assign Resources keeps units exact where the People text rounds them.

Replace… gave the newcomer 33.3333 % when the person replaced had 1/3 (the text's
four decimals, not the units held), so their work drifted by minutes on long tasks.
A recurring task's staffing was written once from its first occurrence, so Assign or
Remove put that occurrence's units on every other: each occurrence keeps its own.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings

from app.domain.calendar import Recurrence, RecurrenceKind, standard_calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.ui.app import Session
from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog, assign_resources_action
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

START = datetime(2026, 3, 2, 8, 0)
ANN, BOB, CLEO, CEMENT = 1, 2, 3, 4
DAY = 480
SYNC = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=4),
    date(2026, 3, 2),
    duration_minutes=60,
)


def _plan() -> Plan:
    cal = standard_calendar(1)
    wt = WorkTime.for_calendar(cal, {1: cal})
    occurrences = occurrence_tasks(SYNC, "Sync", 4, 2, time(9, 0), wt)
    plan = Plan(
        project=Project(name="Lab", start=START),
        tasks=[Task(1, "Build", duration_minutes=30 * DAY), Task(2, "Sync"), *occurrences],
    )
    plan.set_recurrence(2, SYNC)
    plan.add_resource(Resource(ANN, "Ann"))
    plan.add_resource(Resource(BOB, "Bob"))
    plan.add_resource(Resource(CLEO, "Cleo"))
    plan.add_resource(Resource(CEMENT, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 1, ANN, units=1 / 3, work_minutes=round(10 * DAY)))
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(w)
    return w


def _open(window: MainWindow, *tasks: int) -> AssignResourcesDialog:
    window.tree.select_uids(list(tasks))
    return assign_resources_action(window)


def _units(plan: Plan, task_uid: int) -> dict[int, float]:
    return {a.resource_uid: a.units for a in plan.assignments_of_task(task_uid)}


def _occurrences(plan: Plan) -> list[int]:
    return [t.uid for t in plan.children(2)]


def test_s18a_replace_gives_the_newcomer_exactly_the_third_the_replaced_person_had(window):
    plan = window.document.plan
    dialog = _open(window, 1)
    assert dialog.replace_with(ANN, {BOB: None}), dialog.error.text()
    assert _units(plan, 1) == {BOB: 1 / 3}  # exactly, not 0.333333
    assert plan.assignments_of_task(1)[0].work_minutes == 10 * DAY
    window.document.undo_stack.undo()
    assert _units(plan, 1) == {ANN: 1 / 3}


def test_s18a_replace_with_units_typed_takes_them_as_typed(window):
    plan = window.document.plan
    dialog = _open(window, 1)
    assert dialog.replace_with(ANN, {BOB: "33.3333%"}), dialog.error.text()
    assert _units(plan, 1) == {BOB: pytest.approx(0.333333, abs=1e-9)}


def _stagger(plan: Plan) -> list[int]:
    """Ann on each occurrence at her own units: 25 %, 50 %, 75 %, 1/3."""
    occ = _occurrences(plan)
    for k, (uid, units) in enumerate(zip(occ, (0.25, 0.5, 0.75, 1 / 3), strict=True)):
        plan.add_assignment(
            Assignment(10 + k, uid, ANN, units=units, work_minutes=round(60 * units))
        )
    return occ


def test_s18a_assign_on_a_recurring_task_keeps_each_occurrences_units(window):
    plan = window.document.plan
    occ = _stagger(plan)
    dialog = _open(window, 2)
    dialog.table.type_units(BOB, "50%")
    before = window.document.undo_stack.count()
    assert dialog.assign(), dialog.error.text()
    assert [_units(plan, u) for u in occ] == [
        {ANN: 0.25, BOB: 0.5},
        {ANN: 0.5, BOB: 0.5},
        {ANN: 0.75, BOB: 0.5},
        {ANN: 1 / 3, BOB: 0.5},
    ]
    assert window.document.undo_stack.count() == before + 1
    window.document.undo_stack.undo()
    assert [_units(plan, u) for u in occ] == [{ANN: 0.25}, {ANN: 0.5}, {ANN: 0.75}, {ANN: 1 / 3}]


def test_s18a_replace_on_a_recurring_task_gives_each_occurrence_the_units_it_had(window):
    plan = window.document.plan
    occ = _stagger(plan)
    dialog = _open(window, 2)
    assert dialog.replace_with(ANN, {CLEO: None}), dialog.error.text()
    assert [_units(plan, u) for u in occ] == [
        {CLEO: 0.25},
        {CLEO: 0.5},
        {CLEO: 0.75},
        {CLEO: 1 / 3},
    ]
    assert window.document.undo_stack.undoText() == "Replace Resource"


def test_s18a_remove_on_a_recurring_task_leaves_the_others_at_their_units(window):
    plan = window.document.plan
    occ = _stagger(plan)
    for k, uid in enumerate(occ):
        plan.add_assignment(Assignment(20 + k, uid, BOB, units=1.0, work_minutes=60))
    dialog = _open(window, 2)
    dialog.table.tick([BOB])
    assert dialog.remove(), dialog.error.text()
    assert [_units(plan, u) for u in occ] == [{ANN: 0.25}, {ANN: 0.5}, {ANN: 0.75}, {ANN: 1 / 3}]
    assert plan.assignments_of_task(2) == []


def test_s18a_someone_on_a_recurring_tasks_summary_itself_comes_off_it(window):
    plan = window.document.plan
    occ = _stagger(plan)
    plan.add_assignment(Assignment(30, 2, CLEO, units=1.0, work_minutes=240))
    dialog = _open(window, 2)
    dialog.table.type_units(BOB, "50%")
    assert dialog.assign(), dialog.error.text()
    assert plan.assignments_of_task(2) == []  # as the People cell takes them off
    assert [_units(plan, u)[ANN] for u in occ] == [0.25, 0.5, 0.75, 1 / 3]
    window.document.undo_stack.undo()
    assert _units(plan, 2) == {CLEO: 1.0}
    assert [_units(plan, u) for u in occ] == [{ANN: 0.25}, {ANN: 0.5}, {ANN: 0.75}, {ANN: 1 / 3}]


def test_s18a_someone_ticked_at_the_units_shown_keeps_each_occurrences_own(window):
    plan = window.document.plan
    occ = _stagger(plan)
    dialog = _open(window, 2)
    dialog.table.tick([ANN])  # her row shows the first occurrence's 25 %
    dialog.table.type_units(BOB, "50%")
    assert dialog.assign(), dialog.error.text()
    assert [_units(plan, u) for u in occ] == [
        {ANN: 0.25, BOB: 0.5},
        {ANN: 0.5, BOB: 0.5},
        {ANN: 0.75, BOB: 0.5},
        {ANN: 1 / 3, BOB: 0.5},
    ]
    dialog.table.type_units(ANN, "30%")  # typed: every occurrence takes them
    assert dialog.assign(), dialog.error.text()
    assert [_units(plan, u)[ANN] for u in occ] == [0.3] * 4


def test_s18a_units_shown_for_the_first_task_keep_each_selected_tasks_own(window):
    plan = window.document.plan
    plan.append_task(Task(9, "Review", 1, duration_minutes=DAY))
    plan.add_assignment(Assignment(40, 9, ANN, units=0.5, work_minutes=240))
    dialog = _open(window, 1, 9)  # Ann at 1/3 on Build, 50 % on Review
    dialog.table.tick([ANN, BOB])
    assert dialog.assign(), dialog.error.text()
    assert _units(plan, 1) == {ANN: 1 / 3, BOB: 1.0}
    assert _units(plan, 9) == {ANN: 0.5, BOB: 1.0}
