"""The Team roster selects as MS Project's Resource Sheet: Shift+click, Ctrl+click, Shift+arrows
and F8 pick several people, and Remove, Assign to task, Fill Down (Max Units for a crew) and
Copy act on everyone selected, each as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.extend_selection import STATUS_LABEL
from app.ui.settings import Settings
from app.ui.team import team_actions
from app.ui.team.roster_model import RosterColumn
from tests.gui.conftest import build_plan

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = ["Ana", "Ben", "Cleo", "Dev"]


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "plan.gantry"
    plan = build_plan()
    for uid, name in enumerate(NAMES, start=1):
        plan.add_resource(Resource(uid, name))
    GantryFile.create(path, plan).close()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("team")
    window.views["team"].table.setFocus()
    yield window
    window.close()


def _team(window):
    return window.views["team"]


def _click(team, row: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    table = team.table
    rect = table.visualRect(team.proxy.index(row, RosterColumn.ROLE))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifiers, rect.center())


def _names(window) -> list[str]:
    return [r.name for r in window.document.plan.resources]


def test_s25ky_shift_and_ctrl_click_and_f8_pick_several(window):
    team = _team(window)
    _click(team, 0)
    _click(team, 2, SHIFT)
    assert team.selected_uids() == [1, 2, 3]
    _click(team, 3, CTRL)
    assert team.selected_uids() == [1, 2, 3, 4]
    _click(team, 1, CTRL)  # Ctrl+click takes one out again
    assert team.selected_uids() == [1, 3, 4]
    _click(team, 0)
    QTest.keyClick(team.table, K.Key_F8)
    assert window.statusBar().findChild(QLabel, STATUS_LABEL).text() == "Extend selection"
    QTest.keyClick(team.table, K.Key_Down)
    QTest.keyClick(team.table, K.Key_Down)
    assert team.selected_uids() == [1, 2, 3]  # F8's arrows extend, as in the task sheet
    QTest.keyClick(team.table, K.Key_Escape)
    assert team.selected_uid() == 3  # the details are the current person's
    team.table.grab().save("/tmp/s25ky_roster.png")


def test_s25ky_delete_removes_everyone_selected_in_one_undo_step(window, monkeypatch):
    team = _team(window)
    plan = window.document.plan
    uid = plan.tasks[0].uid
    team_actions.staff_people(window.document, uid, {2: "100%"}).redo()  # Ben is on a task
    asked: list[str] = []
    monkeypatch.setattr(type(team), "confirm", staticmethod(lambda _p, q: asked.append(q) or True))
    team.select_many([2, 3])
    QTest.keyClick(team.table, K.Key_Delete)
    assert _names(window) == ["Ana", "Dev"]
    assert len(asked) == 1
    assert asked[0].startswith("2 people are on 1 task")
    assert window.document.undo_stack.undoText() == "Remove 2 people from the team"
    window.document.undo_stack.undo()
    assert _names(window) == NAMES


def test_s25ky_assign_puts_everyone_selected_on_the_task(window, monkeypatch):
    team = _team(window)
    plan = window.document.plan
    task = next(t for t in plan.tasks if not plan.is_summary(t.uid))
    given = []

    def ask(_parent, _plan, people):
        given.append(people)
        return task.uid, ""

    monkeypatch.setattr(team_actions.AssignTaskDialog, "ask", ask)
    team.select_many([1, 4])
    QTest.keyClick(team.table, K.Key_F10, Qt.KeyboardModifier.AltModifier)
    assert [r.name for r in given[0]] == ["Ana", "Dev"]
    on_task = {a.resource_uid for a in plan.assignments if a.task_uid == task.uid}
    assert {1, 4} <= on_task
    window.document.undo_stack.undo()  # one step takes both off
    on_task = {a.resource_uid for a in plan.assignments if a.task_uid == task.uid}
    assert not on_task & {1, 4}


def test_s25ky_fill_down_sets_max_units_of_a_crew(window):
    team = _team(window)
    plan = window.document.plan
    index = team.proxy.index(0, RosterColumn.MAX_UNITS)
    assert team.proxy.setData(index, "50")
    team.select_many([1, 2, 3])
    selection = team.table.selectionModel()
    selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
    QTest.keyClick(team.table, K.Key_D, CTRL)
    assert [r.max_units for r in plan.resources] == [0.5, 0.5, 0.5, 1.0]
    assert window.document.undo_stack.undoText() == "Fill Down max units into 2 people"
    window.document.undo_stack.undo()
    assert [r.max_units for r in plan.resources] == [0.5, 1.0, 1.0, 1.0]
    team.select_many([1, 2, 3])
    selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
    window.action_collection["fill_down"].trigger()  # Edit > Fill Down: the roster's here
    assert [r.max_units for r in plan.resources] == [0.5, 0.5, 0.5, 1.0]


def test_s25ky_copy_puts_the_selected_rows_on_the_clipboard(window):
    team = _team(window)
    team.select_many([2, 4])
    QTest.keyClick(team.table, K.Key_C, CTRL)
    lines = QApplication.clipboard().text().split("\n")
    assert [line.split("\t")[0] for line in lines] == ["Ben", "Dev"]
    assert "100%" in lines[0].split("\t")
