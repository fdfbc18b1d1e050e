"""Task sheet speed on generated plans: the window build for 10k and 100k tasks, the sheet
alone, expanding and collapsing, one edit end to end.

The window build is what the GUI thread does once File > Open has read and
scheduled a plan in the worker: build the MainWindow (task sheet, Gantt page)
around the finished Document. Each figure is the min of several rounds; the
first paint after it is in ``extra_info``. No timing is asserted here.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain.plan import Plan
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.document import Document, ScheduledPlan, schedule_plan
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.outline_commands import IndentCommand, OutdentCommand
from app.ui.settings import Settings
from app.ui.task_tree import TaskTreeView
from tests.bench.generate import make_plan

ROUNDS = 5


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _opened(n_tasks: int) -> Iterator[ScheduledPlan]:
    """A plan read and scheduled as File > Open's worker leaves it: frozen for the collector.

    Opening freezes what the worker built (app.ui.background), so that a full
    collection during the window build does not walk the whole plan; without
    it a random collection adds ~0.3 s at 100k tasks to whichever round it hits.
    """
    scheduled = schedule_plan(make_plan(n_tasks, n_tasks * 3 // 2, 3))
    gc.freeze()
    yield scheduled
    gc.unfreeze()


@pytest.fixture(scope="module")
def scheduled_10k() -> Iterator[ScheduledPlan]:
    yield from _opened(10_000)


@pytest.fixture(scope="module")
def scheduled_100k() -> Iterator[ScheduledPlan]:
    yield from _opened(100_000)


def _bench_window_build(benchmark, scheduled: ScheduledPlan) -> None:
    session = Session(Settings())
    windows: list[MainWindow] = []
    paints: list[float] = []

    def show_and_close_previous() -> None:  # untimed: runs before each round
        if not windows:
            return
        window = windows.pop()
        window.resize(1400, 800)
        window.show()
        began = time.perf_counter()
        QApplication.processEvents()  # its first layout and paint
        paints.append(time.perf_counter() - began)
        window.close()
        window.deleteLater()
        QApplication.processEvents()

    def build() -> None:
        windows.append(MainWindow(Document(scheduled.plan, scheduled=scheduled), session))

    build()  # imports and first-use caches out of the way
    show_and_close_previous()
    paints.clear()
    benchmark.pedantic(build, setup=show_and_close_previous, rounds=ROUNDS, iterations=1)
    show_and_close_previous()
    benchmark.extra_info["first_paint_ms_min"] = round(1000 * min(paints), 1)
    benchmark.extra_info["first_paint_ms_max"] = round(1000 * max(paints), 1)
    assert session.windows == []  # each round's window closed


def test_bench_window_build_10k(benchmark, qtbot, scheduled_10k):
    _bench_window_build(benchmark, scheduled_10k)


def test_bench_window_build_100k(benchmark, qtbot, scheduled_100k):
    _bench_window_build(benchmark, scheduled_100k)


def test_bench_sheet_build_100k(benchmark, qtbot, scheduled_100k):
    doc = Document(scheduled_100k.plan, scheduled=scheduled_100k)

    def build() -> TaskTreeView:
        model = TaskTreeModel(doc)
        tree = TaskTreeView(model)
        tree.resize(900, 800)
        model.detach()
        return tree

    tree = benchmark.pedantic(build, rounds=ROUNDS, iterations=1)
    qtbot.addWidget(tree)
    assert tree.model().rowCount() == 100_001  # and the empty row


def test_bench_outline_level_1_and_back_100k(benchmark, qtbot, scheduled_100k):
    doc = Document(scheduled_100k.plan, scheduled=scheduled_100k)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)

    def collapse_and_expand() -> None:
        tree.show_outline_level(1)
        tree.expandAll()

    benchmark.pedantic(collapse_and_expand, rounds=ROUNDS, iterations=1)
    assert model.rowCount() == 100_001  # and the empty row
    model.detach()


def test_bench_collapse_one_summary_100k(benchmark, qtbot, scheduled_100k):
    doc = Document(scheduled_100k.plan, scheduled=scheduled_100k)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    middle = doc.plan.tasks[50_000].uid  # a phase half way down (one every 20 rows)
    assert doc.plan.is_summary(middle)

    def toggle() -> None:
        tree.collapse(model.index_of_uid(middle))
        tree.expand(model.index_of_uid(middle))

    benchmark.pedantic(toggle, rounds=ROUNDS * 4, iterations=1)
    assert model.rowCount() == 100_001  # and the empty row
    model.detach()


@pytest.fixture(scope="module")
def plan_10k() -> Plan:
    return make_plan(10_000, 15_000, 3)


def test_bench_rename_10k(benchmark, qtbot, plan_10k):
    doc = Document(plan_10k)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    idx = model.index_of_uid(5, Column.NAME)
    names = iter(f"Renamed {n}" for n in range(10_000))
    benchmark(lambda: model.setData(idx, next(names), Qt.ItemDataRole.EditRole))
    assert doc.plan.task(5).name.startswith("Renamed")
    model.detach()


def test_bench_indent_outdent_10k(benchmark, qtbot, plan_10k):
    doc = Document(plan_10k)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)

    def indent_and_back():
        execute(doc, IndentCommand(doc, [23]))  # under task 22, its sibling in phase 21
        execute(doc, OutdentCommand(doc, [23]))

    benchmark(indent_and_back)
    assert doc.plan.task(23).outline_level == 2
    model.detach()


def test_bench_add_task_in_the_empty_row_10k(benchmark, qtbot, plan_10k):
    """A name typed into the empty row, then undone: insert, reschedule, rows, twice."""
    doc = Document(plan_10k)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    count = len(doc.plan.tasks)

    def add_and_undo():
        model.setData(model.blank_index(Column.NAME), "Typed", Qt.ItemDataRole.EditRole)
        doc.undo_stack.undo()

    benchmark(add_and_undo)
    assert len(doc.plan.tasks) == count
    model.detach()
