"""The Project menu: its items, Status Date, Update Project, and the shared baseline/leveling."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.resource import Assignment, Resource
from app.domain.task import ConstraintType, Task
from app.domain.tracking import UpdateMode
from app.store.document import GantryFile
from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.view import BudgetView
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.project_menu import (
    StatusDateDialog,
    UpdateProjectDialog,
    UpdateRequest,
)
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

PROJECT_ITEMS = [
    "project_information",
    "change_working_time",
    "custom_fields",  # beside Change Working Time, as in MS Project's Properties group
    "move_project",
    "compare_plan",  # Compare with Plan…, as MS Project's Compare Project Versions
    "set_baseline",
    "clear_baseline",  # Set Baseline's Clear Baseline…, as MS Project has it beside it
    "assign_resources",  # Alt+F10, before leveling as in MS Project's Resource tab
    "level_resources",
    "clear_leveling",
    "leveling_options",
    "status_date",
    "mark_on_track",
    "move_to_status",  # Incomplete/Completed Parts to Status Date (MS Project's Task > Move)
    "update_tasks",
    "update_project",
]
MONDAY_9 = date(2026, 3, 9)  # the sample: Specs, Review done; Code 2 of 5 days; Test not begun


def _staffed_plan():
    """The sample plus Docs (3d, unlinked) done by Ana, who also writes the Specs."""
    plan = build_plan()
    plan.append_task(Task(8, "Docs", 1, duration_minutes=3 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 3 * 480))
    plan.add_assignment(Assignment(2, 8, 1, 1.0, 3 * 480))
    return plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, _staffed_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def _progress(window):
    return {
        t.name: (t.percent_complete, t.actual_start, t.actual_finish)
        for t in window.document.plan.tasks
    }


def test_the_project_menu_sits_between_edit_and_view_with_its_items_in_order(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:4] == ["File", "Edit", "Project", "View"]
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "project_menu")
    ids = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert ids == PROJECT_ITEMS
    edit = window.menuBar().findChild(type(menu), "edit_menu")
    assert "project_information" not in [a.objectName() for a in edit.actions()]  # as MS Project


def test_update_project_sets_scheduled_progress_and_one_undo_restores_it(window, monkeypatch):
    doc = window.document
    before = _progress(window)
    code_start = doc.schedule[_uid(window, "Code")].start
    monkeypatch.setattr(
        UpdateProjectDialog, "ask", classmethod(lambda cls, p, day, sel: UpdateRequest(MONDAY_9))
    )
    window.action_collection["update_project"].trigger()
    after = _progress(window)
    assert after["Specs"][0] == after["Review"][0] == 100.0
    assert after["Specs"][2] is not None
    assert after["Code"] == (40.0, code_start, None)  # Friday and Monday of five days
    assert after["Test"] == before["Test"]
    assert after["Go-live"][0] == 0.0
    assert doc.schedule[_uid(window, "Build")].percent_complete > 0  # the summary rolls up
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Update project through 2026-03-09"
    doc.undo_stack.undo()
    assert _progress(window) == before
    doc.undo_stack.redo()
    assert _progress(window) == after


def test_update_project_on_selected_tasks_in_all_or_nothing_mode(window, monkeypatch):
    window.tree.select_uids([_uid(window, "Review"), _uid(window, "Code")])
    asked = []

    def ask(cls, parent, day, has_selection):
        asked.append((day, has_selection))
        return UpdateRequest(MONDAY_9, mode=UpdateMode.ALL_OR_NOTHING, selected_only=True)

    monkeypatch.setattr(UpdateProjectDialog, "ask", classmethod(ask))
    window.action_collection["update_project"].trigger()
    assert asked[0][1] is True
    after = _progress(window)
    assert after["Review"][0] == 100.0
    assert after["Specs"][0] == 0.0  # finished too, but not selected
    assert after["Code"][0] == 0.0  # under way, not finished: 0/100 leaves it


def test_reschedule_uncompleted_work_moves_late_unstarted_tasks_after_the_date(window, monkeypatch):
    doc = window.document
    monkeypatch.setattr(
        UpdateProjectDialog,
        "ask",
        classmethod(lambda cls, p, day, sel: UpdateRequest(MONDAY_9, reschedule=True)),
    )
    window.action_collection["update_project"].trigger()
    docs = doc.plan.task(8)
    assert docs.constraint_type is ConstraintType.SNET
    assert docs.constraint_date == datetime(2026, 3, 9, 17, 0)
    assert doc.schedule[8].start == datetime(2026, 3, 10, 8, 0)
    assert doc.plan.task(_uid(window, "Test")).constraint_type is ConstraintType.ASAP
    doc.undo_stack.undo()
    assert doc.plan.task(8).constraint_type is ConstraintType.ASAP


def test_update_project_through_a_date_before_any_work_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(
        UpdateProjectDialog,
        "ask",
        classmethod(lambda cls, p, day, sel: UpdateRequest(date(2026, 2, 1))),
    )
    window.action_collection["update_project"].trigger()
    assert window.document.undo_stack.count() == 0
    assert "Nothing to update" in window.statusBar().currentMessage()


def test_update_dialog_opens_on_the_status_date_and_reads_back_the_choice(window, qtbot):
    dialog = UpdateProjectDialog(MONDAY_9, has_selection=False)
    qtbot.addWidget(dialog)
    assert dialog.request() == UpdateRequest(MONDAY_9)
    assert not dialog.selected.isEnabled()
    dialog.all_or_nothing.setChecked(True)
    assert dialog.request().mode is UpdateMode.ALL_OR_NOTHING
    dialog.reschedule.setChecked(True)
    assert not dialog.through.isEnabled()
    assert dialog.after.isEnabled()
    assert dialog.request().reschedule


def test_status_date_sets_the_end_of_that_day_and_undoes(window, monkeypatch):
    doc = window.document
    offered = []

    def ask(cls, parent, day):
        offered.append(day)
        return MONDAY_9

    monkeypatch.setattr(StatusDateDialog, "ask", classmethod(ask))
    window.action_collection["status_date"].trigger()
    assert offered == [date.today()]  # no status date yet: today
    assert doc.plan.project.status_date == datetime(2026, 3, 9, 17, 0)
    assert doc.undo_stack.undoText() == "Set status date to 2026-03-09"
    window.action_collection["status_date"].trigger()
    assert offered[-1] == MONDAY_9  # next time it opens on the status date
    assert doc.undo_stack.count() == 1  # the same date again is no step
    doc.undo_stack.undo()
    assert doc.plan.project.status_date is None


def test_set_baseline_from_the_menu_is_the_budget_views_baseline(window, monkeypatch):
    doc = window.document
    answers = iter([(1, False, ""), (2, False, ""), (3, True, "")])
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: next(answers))
    )
    window.action_collection["set_baseline"].trigger()
    BudgetView(doc).set_baseline()
    ours, theirs = doc.plan.baselines[1], doc.plan.baselines[2]
    assert ours.entries == theirs.entries
    assert len(ours.entries) == len(doc.plan.tasks)
    window.tree.select_uids([_uid(window, "Code")])
    window.action_collection["set_baseline"].trigger()
    saved = sorted(e.task_uid for e in doc.plan.baselines[3].entries)
    # only the task selected: its summary Build keeps no entry (no roll-up asked, MS Project)
    assert saved == [_uid(window, "Code")]
    doc.undo_stack.undo()
    assert 3 not in doc.plan.baselines


def test_level_and_clear_leveling_from_the_menu(window, monkeypatch):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    doc = window.document
    window.show_view("team")  # open once, as a user who looked at the team first
    window.show_view("gantt")
    window.action_collection["level_resources"].trigger()
    delays = {t.name: t.leveling_delay_minutes for t in doc.plan.tasks if t.leveling_delay_minutes}
    assert len(delays) == 1  # Ana cannot write Specs and Docs at once
    assert doc.undo_stack.count() == 1
    assert "Delayed 1 task" in window.statusBar().currentMessage()
    team_summary = window.views["team"].summary
    assert "Delayed 1 task" in team_summary.text()  # the Team view says it too
    window.action_collection["clear_leveling"].trigger()
    assert not any(t.leveling_delay_minutes for t in doc.plan.tasks)
    assert team_summary.text() == window.statusBar().currentMessage()
    doc.undo_stack.undo()
    assert {t.name for t in doc.plan.tasks if t.leveling_delay_minutes} == set(delays)


def test_project_menu_edits_are_disabled_on_a_read_only_plan(qtbot):
    class _ReadOnlyFile:
        read_only = True
        path = None

    window = MainWindow(Document(build_plan(), _ReadOnlyFile()), settings=Settings())
    qtbot.addWidget(window)
    actions = window.action_collection
    for action_id in PROJECT_ITEMS[1:]:
        if action_id != "compare_plan":  # it reads both files, changes neither
            assert not actions[action_id].isEnabled(), action_id
    assert actions["project_information"].isEnabled()  # opens to read, OK switched off
    assert actions["compare_plan"].isEnabled()
    window.close()
