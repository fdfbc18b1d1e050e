"""The Team view driven from the keyboard as MS Project's Resource Sheet is: Insert adds a
person and Delete removes one in the roster (the Gantt keeps them for tasks), Alt+F10
assigns, the Resource menu and the right-click menus hold every person command."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.team import team_actions
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "plan.gantry"
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    GantryFile.create(path, plan).close()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    yield window
    window.close()


def _key(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


def _names(window) -> list[str]:
    return [r.name for r in window.document.plan.resources]


def test_s21tm_insert_delete_add_and_remove_people(window):
    tasks = len(window.document.plan.tasks)
    window.show_view("team")
    team = window.views["team"]
    team.table.setFocus()
    _key(window, Qt.Key.Key_Insert)
    assert _names(window) == ["Ana", "Ben", "New person 1"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the new name's editor
    team.table.setFocus()
    team.select(2)
    _key(window, Qt.Key.Key_Delete)
    assert _names(window) == ["Ana", "New person 1"]
    assert len(window.document.plan.tasks) == tasks  # no task was inserted or deleted
    window.document.undo_stack.undo()
    assert _names(window) == ["Ana", "Ben", "New person 1"]


def test_s21tm_the_gantt_keeps_insert_and_delete_for_tasks(window):
    window.show_view("team")
    window.show_view("gantt")
    window.tree.setFocus()
    window.tree.setCurrentIndex(window.model.index(0, 1))
    tasks = len(window.document.plan.tasks)
    _key(window, Qt.Key.Key_Insert)
    assert len(window.document.plan.tasks) == tasks + 1
    assert _names(window) == ["Ana", "Ben"]


def test_s21tm_resource_menu_holds_the_person_commands_with_their_keys(window):
    bar = {a.text(): a.menu() for a in window.menuBar().actions()}
    menu = bar["&Resource"]
    items = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert items["&Add Person"] == "Ins"
    assert items["&Remove Person"] == "Del"
    assert items["Resource &Information…"] == "Shift+F2"
    assert items["Assign to &Task…"] == "Alt+F10"
    assert {"Remove &from Task", "Add &Days Off…", "Remove Days &Off"} <= set(items)
    # From the Gantt the menu shows the Team view and acts on its person.
    window.action_collection["resource_add_person"].trigger()
    assert window.current_view == "team"
    assert _names(window) == ["Ana", "Ben", "New person 1"]


def test_s21tm_right_click_menus_hold_every_command_of_their_pane(window):
    window.show_view("team")
    team = window.views["team"]
    roster = [a.objectName() for a in team.table.actions() if not a.isSeparator()]
    assert roster == [
        "team_copy",  # s25ky: Copy and Fill Down on the people selected
        "team_paste",  # s26tp: people copied in another plan's roster
        "team_fill_down",
        "team_add_person",
        "team_edit_person",
        "team_remove_person",
        "team_assign_task",
        "team_unassign_task",
        "team_change_working_time",
        "team_set_calendar",  # s26mc: one calendar for everyone selected
        "team_add_vacation",
    ]
    shown = {a.text(): a.shortcut().toString() for a in team.table.actions()}
    assert shown["Add person"] == "Ins"
    assert shown["Remove"] == "Del"
    assert shown["Assign to task…"] == "Alt+F10"
    listed = [a.objectName() for a in team.assignments.actions() if not a.isSeparator()]
    assert listed == ["team_assignment_info", "team_assign_task", "team_unassign_task"]
    days = [a.objectName() for a in team.vacation_list.actions()]
    assert days == ["team_add_vacation", "team_remove_vacation"]
    menu = QMenu()
    menu.addActions(team.table.actions())
    menu.grab().save("/tmp/s21tm_roster_menu.png")


def test_s21tm_alt_f10_on_the_team_view_assigns_the_selected_person(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        team_actions.AssignTaskDialog, "ask", lambda parent, plan, res: asked.append(res.name)
    )
    window.show_view("team")
    window.views["team"].table.setFocus()
    window.views["team"].select(2)
    _key(window, Qt.Key.Key_F10, Qt.KeyboardModifier.AltModifier)
    assert asked == ["Ben"]
