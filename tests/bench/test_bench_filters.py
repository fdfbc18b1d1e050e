"""View > Filter speed on generated plans: the domain's match alone, and a filter applied
in a shown window (rows rebuilt, sheet and Gantt chart repainted) at 10k and 100k tasks.

The target is "feels instant": under 100 ms at 10k tasks, click to repaint.
Each figure is the min of several rounds; no timing is asserted here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.filters import FilterKind, TaskFilter, matching_uids, with_summaries
from app.ui.app import Session
from app.ui.document import Document, ScheduledPlan, schedule_plan
from app.ui.filter_menu import controller_of
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.bench.generate import make_plan

ROUNDS = 7
STATUS = datetime(2026, 6, 1, 17, 0)  # inside the generated plans' span


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


def _filter(kind: FilterKind, scheduled: ScheduledPlan) -> TaskFilter:
    if kind is FilterKind.USING_RESOURCE:
        return TaskFilter(kind, resource_uid=scheduled.plan.resources[0].uid)
    if kind is FilterKind.DATE_RANGE:
        return TaskFilter(kind, date_from=datetime(2026, 3, 1), date_to=datetime(2026, 4, 1))
    if kind is FilterKind.NAME_CONTAINS:
        return TaskFilter(kind, text="7")
    return TaskFilter(kind)


@pytest.mark.parametrize(
    "kind",
    [
        FilterKind.CRITICAL,
        FilterKind.INCOMPLETE,
        FilterKind.LATE,
        FilterKind.MILESTONES,
        FilterKind.USING_RESOURCE,
        FilterKind.DATE_RANGE,
        FilterKind.NAME_CONTAINS,
    ],
    ids=lambda kind: kind.value,
)
def test_bench_match_and_summaries_10k(benchmark, scheduled_10k, kind):
    """The domain alone: the tasks that match and the summary rows above them."""
    plan, schedule = scheduled_10k.plan, scheduled_10k.scheduler.schedule
    task_filter = _filter(kind, scheduled_10k)

    def run() -> set[int]:
        matched = matching_uids(plan, schedule, task_filter, STATUS)
        return with_summaries(plan.tasks, matched)

    rows = benchmark.pedantic(run, rounds=ROUNDS, iterations=1)
    benchmark.extra_info["rows"] = len(rows)
    assert 0 < len(rows) <= len(plan.tasks)


def _bench_apply_in_window(benchmark, qtbot, scheduled: ScheduledPlan, kind: FilterKind) -> None:
    session = Session(Settings())
    window = MainWindow(Document(scheduled.plan, scheduled=scheduled), session)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    QApplication.processEvents()
    controller = controller_of(window)
    assert controller is not None
    controller.clock = lambda: STATUS
    task_filter = _filter(kind, scheduled)

    def clear() -> None:  # untimed: every round starts from All Tasks on screen
        controller.show_all()
        QApplication.processEvents()

    def apply() -> None:
        controller.apply(task_filter)
        QApplication.processEvents()  # the sheet and the chart repaint their new rows

    benchmark.pedantic(apply, setup=clear, rounds=ROUNDS, iterations=1)
    rows = window.model.shown_uids()
    benchmark.extra_info["rows"] = len(rows)
    assert 0 < len(rows) < len(scheduled.plan.tasks)
    gantt = window.gantt
    assert gantt is not None
    assert gantt.row_index().uids == rows  # the chart drew the filtered rows
    window.close()


@pytest.mark.parametrize("kind", [FilterKind.CRITICAL, FilterKind.NAME_CONTAINS])
def test_bench_apply_filter_in_window_10k(benchmark, qtbot, scheduled_10k, kind):
    _bench_apply_in_window(benchmark, qtbot, scheduled_10k, kind)


def test_bench_apply_filter_in_window_100k(benchmark, qtbot, scheduled_100k):
    _bench_apply_in_window(benchmark, qtbot, scheduled_100k, FilterKind.CRITICAL)
