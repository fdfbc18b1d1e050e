"""The sheet's first paint after a duration edit, and a repaint of rows already shown, at 20k
tasks with 100 people: the Indicators column keeps the assignments by task and person from
edit to edit, and each cell's text is formatted once between changes. No timing is asserted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain.plan import Plan
from app.ui.document import Document
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.bench.generate import make_plan

ROUNDS = 7
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.TextAlignmentRole,
)


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="module")
def plan_20k() -> Plan:
    return make_plan(20_000, 30_000, 3, n_resources=100)


def test_bench_first_paint_after_an_edit_20k(benchmark, qtbot, plan_20k):
    """A staffed task's duration typed, then the page of rows around it painted."""
    document = Document(plan_20k)
    tree = TaskTreeView(TaskTreeModel(document))
    qtbot.addWidget(tree)
    tree.resize(1600, 900)
    tree.show()
    QApplication.processEvents()
    staffed = sorted({a.task_uid for a in plan_20k.assignments})[::50]
    uids = iter(staffed)

    def edit() -> None:
        task = plan_20k.task(next(uids))
        with plan_20k.batch():
            plan_20k.update_task(replace(task, duration_minutes=task.duration_minutes + 60))

    benchmark.pedantic(tree.viewport().repaint, setup=edit, rounds=ROUNDS, iterations=1)
    tree.task_model().detach()


@pytest.mark.parametrize("page", ["new_rows", "same_rows"])
def test_bench_sheet_cells_of_a_page_20k(benchmark, plan_20k, page):
    """The roles a view asks of 60 rows' cells: rows never shown, or shown a moment ago."""
    model = TaskTreeModel(Document(plan_20k))
    columns = [c for c in Column if c <= Column.COST]
    start = [0]

    def rows() -> range:
        return range(start[0], start[0] + 60)

    def move_on() -> None:
        if page == "new_rows":
            start[0] += 600
        else:
            read()

    def read() -> None:
        index = model.index
        for row in rows():
            for column in columns:
                cell = index(row, column)
                for role in ROLES:
                    cell.data(role)
            index(row, Column.INDICATORS).data(IndicatorsRole)

    benchmark.pedantic(read, setup=move_on, rounds=ROUNDS, iterations=1)
    model.detach()
