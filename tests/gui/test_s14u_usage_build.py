"""The Usage view builds its tables off the GUI thread on a large plan ("Building usage…"):
one view however often Ctrl+5 is pressed meanwhile, and an edit made during the build ends
in the figures of the plan as edited, never the build's stale ones."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.usage import Scale
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.usage import table_builds
from app.ui.usage.rows import Mode, UsageTables
from app.ui.usage.table_builds import BUILDING_TEXT
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan

WAIT_S = 20


class _Gate:
    """Holds every build made off the GUI thread until opened (so a test acts during one)."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.entered = threading.Event()
        self.builds = 0

    def tables(self, plan, schedule, previous=None):
        if threading.current_thread() is not threading.main_thread():
            self.builds += 1
            self.entered.set()
            assert self.opened.wait(WAIT_S), "the test never opened the gate"
        return UsageTables(plan, schedule, previous)


@pytest.fixture
def gate(monkeypatch):
    held = _Gate()
    monkeypatch.setattr(UsageView, "background_from", 0)  # small plans build in the background
    monkeypatch.setattr(table_builds, "UsageTables", held.tables)  # the worker's builds
    yield held
    held.opened.set()  # never leave a worker waiting


def _plan():
    return make_plan(300, 450, 2, n_resources=12)


def _window(qtbot, plan=None):
    win = MainWindow(Document(plan or _plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1200, 700)
    with qtbot.waitExposed(win):
        win.show()
    return win


def _figures(tree, scale=Scale.WEEKS):
    """Every row's key, total and values per period."""
    periods = tree.usage.periods(scale)
    rows, cols, values = tree.cells(periods)
    return (
        [tree.key(n) for n in range(len(tree))],
        [round(tree.total(n), 6) for n in range(len(tree))],
        rows.tolist(),
        cols.tolist(),
        np.round(values, 6).tolist(),
    )


def test_ctrl_5_twice_during_the_build_gives_one_view(qtbot, gate):
    win = _window(qtbot)
    win.activateWindow()
    win.tree.setFocus()
    qtbot.waitUntil(win.isActiveWindow)
    pressed = []
    win.action_collection["view_usage"].triggered.connect(lambda: pressed.append(1))
    qtbot.keyClick(win.tree, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert gate.entered.wait(WAIT_S)
    view = win.views["usage"]
    assert isinstance(view, UsageView)
    assert view.building
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    win.action_collection["view_usage"].trigger()
    QApplication.processEvents()
    assert len(pressed) == 3  # both keys reached the action
    assert win.findChildren(UsageView) == [view]
    assert win.stack.currentWidget() is view
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        gate.opened.set()
    assert not view.building
    assert gate.builds == 1
    assert win.findChildren(UsageView) == [view]
    assert len(view.grid_model.shown) == len(view.tree_model.tree)  # every row open


def test_the_building_state_shows_and_the_controls_wait(qtbot, gate):
    win = _window(qtbot)
    win.show_view("usage")
    view = win.views["usage"]
    assert gate.entered.wait(WAIT_S)
    assert view.building_label.isVisible()
    assert view.building_label.text() == BUILDING_TEXT
    assert not view.tree.isVisible()
    assert not view.mode_box.isEnabled()
    assert not view.scale_box.isEnabled()
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        gate.opened.set()
    assert not view.building_label.isVisible()
    assert view.tree.isVisible()
    assert view.mode_box.isEnabled()
    assert view.tree_model.rowCount() > 12  # people and their assignments


def test_an_edit_during_the_build_ends_in_the_edited_figures(qtbot, gate):
    win = _window(qtbot)
    doc = win.document
    plan = doc.plan
    win.show_view("usage")
    view = win.views["usage"]
    assert gate.entered.wait(WAIT_S)
    before = _figures(UsageTables(plan, doc.schedule).tree(Mode.RESOURCES))
    staffed = sorted({a.task_uid for a in plan.assignments})
    for uid in staffed[:5]:  # longer tasks: more work for their people
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=task.duration_minutes * 3 + 480))
    after = _figures(UsageTables(plan, doc.schedule).tree(Mode.RESOURCES))
    assert after != before
    assert view.building
    gate.opened.set()  # the stale build ends, is dropped, and the view builds again
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    assert gate.builds == 2
    assert _figures(view.tree_model.tree) == after
    assert _figures(view.grid_model.tree) == after
    # and the view follows later edits (built off the GUI thread too, from those shown)
    task = plan.task(staffed[7])
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        plan.update_task(replace(task, duration_minutes=task.duration_minutes + 960))
    assert gate.builds == 3
    assert _figures(view.tree_model.tree) == _figures(
        UsageTables(plan, doc.schedule).tree(Mode.RESOURCES)
    )


def test_a_mode_chosen_during_the_build_shows_when_it_lands(qtbot, gate):
    doc = Document(_plan())
    view = UsageView(doc)
    qtbot.addWidget(view)
    view.show()
    assert gate.entered.wait(WAIT_S)
    view.set_mode(Mode.TASKS)
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        gate.opened.set()
    assert view.tree_model.by_task
    assert len(view.grid_model.shown) == len(doc.plan.tasks) + len(doc.plan.assignments)


def test_print_during_the_build_waits_for_it(qtbot, gate):
    doc = Document(_plan())
    view = UsageView(doc)
    qtbot.addWidget(view)
    assert gate.entered.wait(WAIT_S)
    gate.opened.set()
    sheet = view.print_sheet()  # waits, then prints what the build made
    assert not view.building
    assert len(sheet.lines) == len(view.tree_model.tree) > 12


def test_a_view_closed_during_the_build_lets_it_end_quietly(qtbot, gate):
    doc = Document(_plan())
    view = UsageView(doc)
    assert gate.entered.wait(WAIT_S)
    job = view._job
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    gate.opened.set()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_S * 1000)


def test_a_small_plan_builds_at_once():
    assert UsageView.background_from >= 10_000  # tests and small plans: no thread


def test_a_small_plans_view_is_built_when_made(qtbot):
    view = UsageView(Document(_plan()))
    qtbot.addWidget(view)
    assert not view.building
    assert view.tree_model.rowCount() > 12


class _TreeGate:
    """Holds each outline built off the GUI thread until opened."""

    def __init__(self, build) -> None:
        self.build = build
        self.opened = threading.Event()
        self.entered = threading.Event()
        self.modes: list[bool] = []

    def __call__(self, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            self.modes.append(args[2])  # by_task
            self.entered.set()
            assert self.opened.wait(WAIT_S), "the test never opened the gate"
        return self.build(*args, **kwargs)


@pytest.fixture
def tree_gate(monkeypatch):
    from app.ui.usage import rows

    held = _TreeGate(rows.build_usage_tree)
    monkeypatch.setattr(rows, "build_usage_tree", held)
    yield held
    held.opened.set()


def _built_view(qtbot, monkeypatch, plan=None):
    monkeypatch.setattr(UsageView, "background_from", 0)
    doc = Document(plan or _plan())
    view = UsageView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    return doc, view


def test_task_usage_first_shown_builds_its_outline_off_the_gui_thread(
    qtbot, monkeypatch, tree_gate
):
    tree_gate.opened.set()  # Resource Usage lands
    doc, view = _built_view(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    tree_gate.opened.clear()
    tree_gate.entered.clear()
    view.set_mode(Mode.TASKS)
    assert tree_gate.entered.wait(WAIT_S)
    assert view.building
    assert view.building_label.isVisible()
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        tree_gate.opened.set()
    assert view.tree_model.by_task
    assert tree_gate.modes == [False, True]
    expected = UsageTables(doc.plan, doc.schedule).tree(Mode.TASKS)
    assert _figures(view.tree_model.tree) == _figures(expected)
    view.set_mode(Mode.RESOURCES)  # both outlines built: no build, at once
    assert not view.building
    view.set_mode(Mode.TASKS)
    assert not view.building
    assert tree_gate.modes == [False, True]


def test_an_edit_while_task_usage_is_built_ends_in_the_edited_figures(
    qtbot, monkeypatch, tree_gate
):
    tree_gate.opened.set()
    doc, view = _built_view(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    tree_gate.opened.clear()
    tree_gate.entered.clear()
    view.set_mode(Mode.TASKS)
    assert tree_gate.entered.wait(WAIT_S)
    plan = doc.plan
    before = _figures(UsageTables(plan, doc.schedule).tree(Mode.TASKS))
    staffed = sorted({a.task_uid for a in plan.assignments})
    for uid in staffed[:4]:
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=task.duration_minutes * 2 + 960))
    assert _figures(UsageTables(plan, doc.schedule).tree(Mode.TASKS)) != before
    tree_gate.opened.set()
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    assert view.tree_model.by_task
    expected = UsageTables(plan, doc.schedule).tree(Mode.TASKS)
    assert _figures(view.tree_model.tree) == _figures(expected)
    assert _figures(view.grid_model.tree) == _figures(expected)


def _landed(qtbot, gate, monkeypatch, plan=None):
    """A Usage view shown with its first build landed; the gate closed again."""
    gate.opened.set()
    doc, view = _built_view(qtbot, monkeypatch, plan)
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    gate.opened.clear()
    gate.entered.clear()
    return doc, view


def test_an_edits_figures_come_from_the_background_the_old_ones_showing_meanwhile(
    qtbot, monkeypatch, gate
):
    doc, view = _landed(qtbot, gate, monkeypatch)
    plan = doc.plan
    view.tree.verticalScrollBar().setValue(5 * view.row_height)
    shown_before = list(view.grid_model.shown)
    old = _figures(view.tree_model.tree)
    staffed = sorted({a.task_uid for a in plan.assignments})
    task = plan.task(staffed[3])
    plan.update_task(replace(task, duration_minutes=task.duration_minutes * 4 + 480))
    assert gate.entered.wait(WAIT_S)
    assert view.building
    assert view.updating_label.isVisible()
    assert view.tree.isVisible()  # the panes stay, with the figures before the edit
    assert _figures(view.tree_model.tree) == old
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        gate.opened.set()
    assert not view.updating_label.isVisible()
    expected = _figures(UsageTables(plan, doc.schedule).tree(Mode.RESOURCES))
    assert expected != old
    assert _figures(view.tree_model.tree) == expected
    assert _figures(view.grid_model.tree) == expected
    assert view.grid_model.shown == shown_before  # the same rows, where they were
    assert view.tree.verticalScrollBar().value() == 5 * view.row_height


def test_edits_during_an_edits_build_end_in_the_last_figures(qtbot, monkeypatch, gate):
    doc, view = _landed(qtbot, gate, monkeypatch)
    plan = doc.plan
    staffed = sorted({a.task_uid for a in plan.assignments})
    task = plan.task(staffed[0])
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 480))
    assert gate.entered.wait(WAIT_S)
    for uid in staffed[1:4]:  # the build under way knows nothing of these
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=task.duration_minutes * 3 + 960))
    gate.opened.set()
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    expected = _figures(UsageTables(plan, doc.schedule).tree(Mode.RESOURCES))
    assert _figures(view.tree_model.tree) == expected
    assert _figures(view.grid_model.tree) == expected


def test_a_new_assignment_during_an_edits_build_lays_the_outline_out_again(
    qtbot, monkeypatch, gate
):
    from app.domain.resource import Assignment

    doc, view = _landed(qtbot, gate, monkeypatch)
    plan = doc.plan
    rows_before = view.tree_model.rowCount()
    staffed = sorted({a.task_uid for a in plan.assignments})
    task = plan.task(staffed[0])
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 480))
    assert gate.entered.wait(WAIT_S)
    free = next(t.uid for t in plan.tasks if t.uid not in staffed and not plan.is_summary(t.uid))
    uid = max(a.uid for a in plan.assignments) + 1
    plan.add_assignment(Assignment(uid, free, plan.resources[0].uid, 1.0))
    gate.opened.set()
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    assert view.tree_model.rowCount() == rows_before + 1
    expected = _figures(UsageTables(plan, doc.schedule).tree(Mode.RESOURCES))
    assert _figures(view.tree_model.tree) == expected


def test_a_hidden_view_catches_up_in_the_background_when_shown(qtbot, monkeypatch, gate):
    doc, view = _landed(qtbot, gate, monkeypatch)
    view.hide()
    plan = doc.plan
    staffed = sorted({a.task_uid for a in plan.assignments})
    task = plan.task(staffed[2])
    plan.update_task(replace(task, duration_minutes=task.duration_minutes * 2 + 480))
    assert not view.building  # nothing built while hidden
    gate.opened.set()
    with qtbot.waitSignal(view.sig_built, timeout=WAIT_S * 1000):
        view.show()
    expected = _figures(UsageTables(plan, doc.schedule).tree(Mode.RESOURCES))
    assert _figures(view.tree_model.tree) == expected


def test_task_usage_chosen_during_an_edits_build_shows_with_the_edit(qtbot, monkeypatch, gate):
    doc, view = _landed(qtbot, gate, monkeypatch)
    plan = doc.plan
    staffed = sorted({a.task_uid for a in plan.assignments})
    task = plan.task(staffed[5])
    plan.update_task(replace(task, duration_minutes=task.duration_minutes * 2 + 480))
    assert gate.entered.wait(WAIT_S)
    view.set_mode(Mode.TASKS)  # the build under way lays out Resource Usage only
    gate.opened.set()
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    assert view.tree_model.by_task
    expected = _figures(UsageTables(plan, doc.schedule).tree(Mode.TASKS))
    assert _figures(view.tree_model.tree) == expected
    assert _figures(view.grid_model.tree) == expected


def test_a_hidden_view_edited_then_switched_builds_in_the_background(qtbot, monkeypatch, gate):
    doc, view = _landed(qtbot, gate, monkeypatch)
    view.hide()
    plan = doc.plan
    staffed = sorted({a.task_uid for a in plan.assignments})
    task = plan.task(staffed[6])
    plan.update_task(replace(task, duration_minutes=task.duration_minutes * 2 + 480))
    view.set_mode(Mode.TASKS)
    assert view.building  # not on the GUI thread
    gate.opened.set()
    qtbot.waitUntil(lambda: not view.building, timeout=WAIT_S * 1000)
    view.show()
    assert view.tree_model.by_task
    expected = _figures(UsageTables(plan, doc.schedule).tree(Mode.TASKS))
    assert _figures(view.tree_model.tree) == expected
