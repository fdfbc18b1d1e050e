"""Automatic leveling never loses typing, and what leaves the window is leveled: a result
waits while a cell's editor is open; saving a copy or closing levels first; a Redo of an
edit whose leveling an Undo overtook levels it again; the status bar counts what this
edit's leveling changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from app.ui.commands import EditTaskCommand, execute
from app.ui.models.task_edits import Column
from app.ui.task_tree import TaskTreeView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana on Dig (2 days) and Fill (1 day from Thursday); Bob on Paint, delayed a day
    already with nobody in his way (kept: the plan's delays are kept)."""
    plan = Plan(project=Project(name="Auto", start=MON))
    plan.append_task(Task(1, "Dig", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Fill", duration_minutes=DAY, leveling_delay_minutes=3 * DAY))
    plan.append_task(Task(3, "Paint", duration_minutes=DAY, leveling_delay_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Bob"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, DAY))
    options = replace(plan.project.leveling, automatic=True, clear_first=False)
    plan.project = replace(plan.project, leveling=options)
    return plan


def _window(session, tmp_path, qtbot, delay_ms: int):
    path = tmp_path / "auto.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.auto_leveler._timer.setInterval(delay_ms)
    return win, path


def _grow_dig(win) -> None:
    """Dig to 4 days: Ana works Dig and Fill on Thursday; leveled, Fill waits 4 days."""
    doc = win.document
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Dig'", duration_minutes=4 * DAY))


def test_s28al_a_result_never_resets_the_cell_being_typed_in(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, delay_ms=10)
    with qtbot.waitExposed(win):
        win.show()
    doc = win.document
    tree = win.findChild(TaskTreeView)
    _grow_dig(win)
    tree.setCurrentIndex(tree.model().index(2, Column.NAME))  # Paint's name: not leveled
    tree.setFocus()
    QTest.keyClick(tree, "W")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "alls")
    # the worker ends while the editor is open: its result waits, the typing stays
    qtbot.waitUntil(lambda: not win.auto_leveler._running, timeout=20000)
    qtbot.wait(100)
    assert editor.text() == "Walls"
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY  # not landed under the editor
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.plan.task(3).name == "Walls", timeout=5000)
    qtbot.waitUntil(lambda: doc.plan.task(2).leveling_delay_minutes == 4 * DAY, timeout=20000)
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    assert doc.plan.task(3).name == "Walls"
    win.close()


def test_s28al_save_a_copy_right_after_an_edit_is_leveled(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, delay_ms=60000)  # not before the save
    _grow_dig(win)
    assert win.auto_leveler.pending
    copy = tmp_path / "copy.gantry"
    win.ask_save_path = lambda *_a, **_k: copy
    win.save_copy_as()
    assert read_plan(copy).task(2).leveling_delay_minutes == 4 * DAY
    assert win.document.undo_stack.count() == 1  # joined to the edit, as ever
    win.close()


def test_s28al_closing_while_pending_keeps_the_leveling(session, tmp_path, qtbot):
    win, path = _window(session, tmp_path, qtbot, delay_ms=60000)
    _grow_dig(win)
    win.close()
    kept = read_plan(path)
    assert kept.task(1).duration_minutes == 4 * DAY
    assert kept.task(2).leveling_delay_minutes == 4 * DAY


def test_s28al_redo_of_an_edit_undone_before_its_leveling_levels_it(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, delay_ms=200)
    doc = win.document
    _grow_dig(win)
    doc.undo_stack.undo()
    doc.undo_stack.redo()  # before the timer fires
    qtbot.waitUntil(lambda: doc.plan.task(2).leveling_delay_minutes == 4 * DAY, timeout=20000)
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()  # the edit and the leveling it got on Redo
    assert doc.plan.task(1).duration_minutes == 2 * DAY
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY
    win.close()


def test_s28al_message_counts_what_this_edit_changed(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, delay_ms=10)
    said: list[str] = []
    win.auto_leveler.sig_leveled.connect(said.append)
    _grow_dig(win)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    # Fill moved; Paint keeps the delay it had and is not counted
    assert said == ["Leveled automatically: this edit's leveling moved 1 task."]
    win.close()


def test_s28al_a_model_update_keeps_what_is_typed(session, tmp_path, qtbot):
    """Whatever changes the sheet's cells while a cell is typed in (the model says the
    whole range changed), the typing stays; an editor not typed in shows the new value."""
    win, _path = _window(session, tmp_path, qtbot, delay_ms=60000)
    with qtbot.waitExposed(win):
        win.show()
    tree = win.findChild(TaskTreeView)
    model = tree.model()
    for column, typed in ((Column.DURATION, "7d"), (Column.NAME, "Walls"), (Column.START, "2026")):
        tree.setCurrentIndex(model.index(2, column))
        tree.setFocus()
        QTest.keyClick(tree, typed[0])
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        QTest.keyClicks(editor, typed[1:])
        last = model.index(model.rowCount() - 1, model.columnCount() - 1)
        model.dataChanged.emit(model.index(0, 0), last)
        assert editor.text() == typed, column
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    win.close()


def test_s28al_status_report_and_export_level_first(session, tmp_path, qtbot, monkeypatch):
    """File > Status Report (as Save a Copy As, Export, Print) levels what is to come first,
    so the report is of the leveled plan."""
    from app.ui.file_menu import FileMenu

    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda *_a, **_k: None))
    win, _path = _window(session, tmp_path, qtbot, delay_ms=60000)
    _grow_dig(win)
    assert win.auto_leveler.pending
    win.action_collection["status_report"].trigger()
    assert not win.auto_leveler.pending
    assert win.document.plan.task(2).leveling_delay_minutes == 4 * DAY
    execute(win.document, EditTaskCommand(win.document, 1, "Dig", duration_minutes=5 * DAY))
    monkeypatch.setattr("app.ui.exchange.actions.run_export", lambda *_a: None)
    win.export_plan()
    assert win.document.plan.task(2).leveling_delay_minutes == 5 * DAY
    win.close()
