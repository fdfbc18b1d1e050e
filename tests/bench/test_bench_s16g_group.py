"""View > Group by speed: grouping a generated 10k-task plan (20 people) by Resource, by
Critical and by Duration then Priority, with the rows listed as the sheet lists them.

The target is under 100 ms at 10k tasks. Each figure is the min of several rounds; no
timing is asserted here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.costs import compute_costs
from app.domain.grouping import GroupBy, built_in
from app.domain.grouping_rows import GROUP_KEY_FIRST, flatten, group_tasks
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.ui.app import Session
from app.ui.document import Document, schedule_plan
from app.ui.group_menu import controller_of as group_controller_of
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.bench.generate import make_plan

ROUNDS = 7


@pytest.fixture(scope="module")
def plan_10k() -> Iterator[tuple[Plan, object, object]]:
    plan = make_plan(10_000, 15_000, 3, n_resources=20)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    gc.freeze()
    yield plan, sched, costs
    gc.unfreeze()


@pytest.mark.parametrize("name", ["resource", "critical", "duration_priority"])
def test_bench_group_10k(benchmark, plan_10k, name):
    plan, sched, costs = plan_10k
    group_by = built_in(name)
    keys: dict[tuple[str, ...], int] = {}

    def run():
        groups = group_tasks(plan, sched, group_by, costs=costs)
        return flatten(groups, lambda path: keys.setdefault(path, GROUP_KEY_FIRST + len(keys)))

    rows = benchmark.pedantic(run, rounds=ROUNDS, iterations=1)
    benchmark.extra_info["rows"] = len(rows)
    assert len(rows) > 9_000


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def test_bench_group_by_resource_in_window_10k(benchmark, qtbot):
    """Click to repaint: Group by Resource in a shown window (rows rebuilt, sheet and chart
    repainted), and then one regroup as after an edit."""
    scheduled = schedule_plan(make_plan(10_000, 15_000, 3, n_resources=20))
    session = Session(Settings())
    window = MainWindow(Document(scheduled.plan, scheduled=scheduled), session)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    QApplication.processEvents()
    controller = group_controller_of(window)
    assert controller is not None
    resource = built_in("resource")

    def clear() -> None:  # untimed: every round starts ungrouped on screen
        controller.apply(GroupBy())
        QApplication.processEvents()

    def apply() -> None:
        controller.apply(resource)
        QApplication.processEvents()

    benchmark.pedantic(apply, setup=clear, rounds=ROUNDS, iterations=1)
    rows = window.model.shown_uids()
    benchmark.extra_info["rows"] = len(rows)
    assert len(rows) > 9_000
    assert window.gantt.row_index().uids == rows
    window.close()
