"""View > Sort and Format > Task Path speed on generated plans (10k and 100k tasks).

Sort: the domain's ranks and outline layout, and a sort applied in a shown
window (rows rebuilt, sheet and chart repainted). Task Path: a click on
another task with all four paths on, repainted; the walk is O(path), so the
figure should not grow with the plan. Each figure is the min of several
rounds; no timing is asserted here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.sorting import SortField, SortKey, TaskSort, arrange, sort_ranks
from app.domain.task_path import PathKind
from app.ui.app import Session
from app.ui.document import Document, ScheduledPlan, schedule_plan
from app.ui.gantt.task_path import ACTION_IDS, highlight_of
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.sort_menu import controller_of
from tests.bench.generate import make_plan

ROUNDS = 7
BY_START = TaskSort((SortKey(SortField.START), SortKey(SortField.NAME, descending=True)))


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _opened(n_tasks: int) -> Iterator[ScheduledPlan]:
    scheduled = schedule_plan(make_plan(n_tasks, n_tasks * 3 // 2, 3, n_resources=20))
    gc.freeze()
    yield scheduled
    gc.unfreeze()


@pytest.fixture(scope="module")
def scheduled_10k() -> Iterator[ScheduledPlan]:
    yield from _opened(10_000)


@pytest.fixture(scope="module")
def scheduled_100k() -> Iterator[ScheduledPlan]:
    yield from _opened(100_000)


@pytest.mark.parametrize("size", ["10k", "100k"])
def test_bench_sort_domain(benchmark, scheduled_10k, scheduled_100k, size):
    """Ranks by Start then Name, and the sorted outline laid out."""
    scheduled = scheduled_10k if size == "10k" else scheduled_100k
    plan, schedule = scheduled.plan, scheduled.scheduler.schedule

    def run() -> int:
        ranks = sort_ranks(plan, schedule, BY_START)
        return len(arrange(plan.tasks, ranks, keep_outline=True))

    assert benchmark.pedantic(run, rounds=ROUNDS, iterations=1) == len(plan.tasks)


def _window(qtbot, scheduled: ScheduledPlan) -> MainWindow:
    window = MainWindow(Document(scheduled.plan, scheduled=scheduled), Session(Settings()))
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("size", ["10k", "100k"])
def test_bench_apply_sort_in_window(benchmark, qtbot, scheduled_10k, scheduled_100k, size):
    scheduled = scheduled_10k if size == "10k" else scheduled_100k
    window = _window(qtbot, scheduled)
    controller = controller_of(window)
    assert controller is not None

    def clear() -> None:  # untimed: every round starts from the plan's order on screen
        controller.sort_by_id()
        QApplication.processEvents()

    def apply() -> None:
        controller.apply(BY_START)
        QApplication.processEvents()

    benchmark.pedantic(apply, setup=clear, rounds=ROUNDS, iterations=1)
    rows = window.model.shown_uids()
    assert len(rows) == len(scheduled.plan.tasks)
    assert window.gantt.row_index().uids == rows
    window.close()


@pytest.mark.parametrize("paths", ["off", "on"])
@pytest.mark.parametrize("size", ["10k", "100k"])
def test_bench_select_with_task_path(benchmark, qtbot, scheduled_10k, scheduled_100k, size, paths):
    """Click a linked task, every path on or none (the difference is the Task Path's cost):
    the selection moved, the path walked and the sheet and chart repainted."""
    scheduled = scheduled_10k if size == "10k" else scheduled_100k
    window = _window(qtbot, scheduled)
    for kind in PathKind:
        window.action_collection[ACTION_IDS[kind]].setChecked(paths == "on")
    highlight = highlight_of(window)
    plan = scheduled.plan
    linked = [u for u in window.model.shown_uids() if plan.links_into(u) and plan.links_from(u)]
    picks = iter(linked[10 + 37 * k] for k in range(2 * ROUNDS + 2))
    sizes: list[int] = []

    def select() -> None:
        window.tree.select_uids([next(picks)])
        QApplication.processEvents()
        sizes.append(len(highlight.path()))

    benchmark.pedantic(select, rounds=ROUNDS, iterations=1, warmup_rounds=1)
    benchmark.extra_info["largest path"] = max(sizes)
    assert (max(sizes) > 0) == (paths == "on")
    window.close()
