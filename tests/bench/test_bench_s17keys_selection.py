"""Reading the sheet's selection after Ctrl+A on 20k tasks: what Copy, Delete and Link ask for,
and what the greyed Edit commands ask at each selection change. Each selected row is read from
its first cell (Qt's selectedRows() asked every cell's flags: 16 s at 5k rows). No timing is
asserted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.ui.document import Document
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.bench.generate import make_plan


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def test_bench_s17keys_selected_uids_of_20k(benchmark, qtbot):
    plan = make_plan(20_000, 30_000, 3)
    tree = TaskTreeView(TaskTreeModel(Document(plan)))
    qtbot.addWidget(tree)
    tree.expandAll()
    tree.selectAll()
    uids = benchmark(tree.selected_uids)
    assert len(uids) == len(plan.tasks)
