"""Fill Down as one change of the plan: one undo step, one reschedule, one write.

A tester filling 1,000 durations on a 4,000-task plan waited 42 s (its undo 34 s): each
cell was its own reschedule, write of the file and costing. These tests pin what the
batching must keep: one undo step that puts back every cell, the plan and its file
exactly as before after the undo (and as after the fill once redone), and a refused
cell that changes nothing. Speed: tests/bench/test_bench_s22fd_batch.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings

from app.domain.events import Entity
from app.formats import read_plan
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.bench.generate import make_plan

DAY = 480


@pytest.fixture
def window(qtbot, tmp_path):
    yield from opened(qtbot, tmp_path)


def opened(qtbot, tmp_path):
    """A window on a generated 300-task plan (links, 12 people) in a .gantry file."""
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, make_plan(300, 340, 3, 12)).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _stored(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the .gantry file, sorted: what the file holds."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def _state(window) -> tuple:
    """The plan in the window, the file on disk and the file read back as a plan."""
    plan = window.document.plan
    path = window.document.path
    back = read_plan(path)
    return (
        list(plan.tasks),
        list(plan.links),
        list(plan.assignments),
        _stored(path),
        (back.tasks, back.links, back.assignments),
    )


def _select(window, uids, column):
    tree = window.tree
    tree.select_uids(uids)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(uids[0], column), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _leaves(window, count):
    plan = window.document.plan
    return [t.uid for t in plan.tasks if not plan.is_summary(t.uid)][:count]


def test_s22fd_fill_down_of_many_cells_is_one_step_that_puts_every_cell_back(window):
    plan = window.document.plan
    uids = _leaves(window, 60)
    plan_before = _state(window)
    durations = [plan.task(u).duration_minutes for u in uids]
    assert len(set(durations)) > 3  # cells that really change
    stack = window.document.undo_stack
    steps = stack.count()
    _select(window, uids, Column.DURATION)
    window.action_collection["fill_down"].trigger()
    top = durations[0]
    assert [plan.task(u).duration_minutes for u in uids] == [top] * 60
    assert stack.count() == steps + 1
    assert stack.undoText() == "Fill Down Duration into 59 tasks"
    filled = _state(window)
    stack.undo()
    assert [plan.task(u).duration_minutes for u in uids] == durations
    assert _state(window) == plan_before
    stack.redo()
    assert _state(window) == filled


class _Writes:
    """The plan's transactions (one store commit each, app/store/document.py) and its
    changes made outside any."""

    def __init__(self, plan) -> None:
        self.batches = 0
        self.loose = 0
        self._open = False
        plan.changes.subscribe(self._changed)
        plan.changes.subscribe_batch(self._batch)

    def _changed(self, _change) -> None:
        self.loose += not self._open

    def _batch(self, opening: bool) -> None:
        self._open = opening
        self.batches += not opening


def test_s22fd_fill_down_and_its_undo_are_scheduled_and_written_once(window, monkeypatch):
    document = window.document
    runs: list[int] = []
    reschedule = document.reschedule

    def counted() -> None:
        runs.append(1)
        reschedule()

    monkeypatch.setattr(document, "reschedule", counted)
    writes = _Writes(document.plan)
    _select(window, _leaves(window, 40), Column.DURATION)
    window.action_collection["fill_down"].trigger()
    assert (len(runs), writes.batches, writes.loose) == (1, 1, 0)
    document.undo_stack.undo()
    assert (len(runs), writes.batches, writes.loose) == (2, 2, 0)
    document.undo_stack.redo()
    assert (len(runs), writes.batches, writes.loose) == (3, 3, 0)


def test_s22fd_a_refused_cell_is_one_message_and_changes_nothing(window):
    plan = window.document.plan
    model = window.model
    uids = _leaves(window, 6)
    # The second task takes the fifth as its predecessor; filled down, the fifth would
    # become its own predecessor: the plan refuses, and the whole fill with it.
    index = plan.index_of(uids[4]) + 1
    assert model.setData(model.index_of_uid(uids[1], Column.PREDECESSORS), str(index))
    before = _state(window)
    stack = window.document.undo_stack
    steps, at = stack.count(), stack.index()
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    _select(window, uids[1:], Column.PREDECESSORS)
    window.action_collection["fill_down"].trigger()
    assert len(errors) == 1
    assert errors[0]  # the plan's reason in one line
    assert "\n" not in errors[0]
    assert (stack.count(), stack.index()) == (steps, at)  # nothing to undo nor redo
    assert _state(window) == before
    assert window.statusBar().currentMessage() == errors[0]


def test_s22fd_a_text_a_cell_refuses_names_its_task_and_changes_nothing(window):
    plan = window.document.plan
    model = window.model
    summary = next(t.uid for t in plan.tasks[5:] if plan.is_summary(t.uid))
    row = plan.index_of(summary)
    top, first = plan.tasks[row - 2].uid, plan.tasks[1].uid
    # The top row takes an FF predecessor, which MS Project refuses on a summary.
    assert model.setData(model.index_of_uid(top, Column.PREDECESSORS), "2FF")
    assert any(lk.predecessor == first and lk.successor == top for lk in plan.links)
    before = _state(window)
    stack = window.document.undo_stack
    steps, at = stack.count(), stack.index()
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    _select(window, [t.uid for t in plan.tasks[row - 2 : row + 3]], Column.PREDECESSORS)
    window.action_collection["fill_down"].trigger()
    name = plan.task(summary).name
    assert errors == [
        f"Task {row + 1} '{name}', Predecessors: summary '{name}' cannot have a "
        "finish-to-finish or start-to-finish predecessor (2FF): link it FS or SS"
    ]
    assert (stack.count(), stack.index()) == (steps, at)
    assert _state(window) == before


def test_s22fd_a_summary_among_the_filled_rows_is_left_as_it_is(window):
    plan = window.document.plan
    summary = next(t.uid for t in plan.tasks[5:] if plan.is_summary(t.uid))
    below = plan.tasks[plan.index_of(summary) + 1 : plan.index_of(summary) + 4]
    leaf = plan.tasks[plan.index_of(summary) - 1].uid
    uids = [leaf, summary, *(t.uid for t in below)]
    rolled = plan.task(summary).duration_minutes
    _select(window, uids, Column.DURATION)
    window.action_collection["fill_down"].trigger()
    top = plan.task(leaf).duration_minutes
    assert all(plan.task(t.uid).duration_minutes == top for t in below)
    assert window.statusBar().currentMessage().startswith("Filled Duration into 3 tasks; 1 summary")
    assert window.document.undo_stack.undoText() == "Fill Down Duration into 3 tasks"
    window.document.undo_stack.undo()
    assert plan.task(summary).duration_minutes == rolled


def test_s22fd_filled_durations_are_one_change_of_tasks_and_one_of_their_people(window):
    plan = window.document.plan
    uids = _leaves(window, 80)
    assert sum(1 for a in plan.assignments if a.task_uid in set(uids)) > 20
    changes: list[Entity] = []
    plan.changes.subscribe(lambda change: changes.append(change.entity))
    _select(window, uids, Column.DURATION)
    window.action_collection["fill_down"].trigger()
    assert changes == [Entity.TASK, Entity.ASSIGNMENT]
    top = plan.task(uids[0]).duration_minutes
    for a in plan.assignments:
        if a.task_uid in uids:  # fixed units: the work follows the duration
            assert a.work_minutes == round(top * a.units * a.contour.mean)
    changes.clear()
    window.document.undo_stack.undo()
    assert changes == [Entity.ASSIGNMENT, Entity.TASK]
