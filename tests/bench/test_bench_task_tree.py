"""Task table speed on a generated 10k-task plan: building the tree, one edit end to end."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.commands import IndentCommand, OutdentCommand, execute
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView


def generated_plan(phases: int = 500, per_phase: int = 19) -> Plan:
    """Phases of chained tasks: 10k rows, ~9k finish-to-start links."""
    plan = Plan(project=Project(name="Bench", start=datetime(2026, 1, 5, 8, 0)))
    tasks: list[Task] = []
    links: list[Link] = []
    uid = 1
    for phase in range(phases):
        tasks.append(Task(uid, f"Phase {phase + 1}", 1, duration_minutes=0))
        uid += 1
        for k in range(per_phase):
            tasks.append(Task(uid, f"Task {uid}", 2, duration_minutes=480 * (1 + (uid % 5))))
            if k:
                links.append(Link(uid - 1, uid))
            uid += 1
    plan.insert_tasks(0, tasks)
    plan.links.extend(links)
    return plan


@pytest.fixture(scope="module")
def big_plan():
    return generated_plan()


def test_bench_build_tree_10k(benchmark, qtbot, big_plan):
    doc = Document(big_plan)

    def build():
        model = TaskTreeModel(doc)
        tree = TaskTreeView(model)
        tree.resize(900, 800)
        model.detach()
        return tree

    tree = benchmark(build)
    qtbot.addWidget(tree)
    assert tree.model().rowCount() == 500


def test_bench_rename_10k(benchmark, qtbot, big_plan):
    doc = Document(big_plan)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    idx = model.index_of_uid(5, Column.NAME)
    names = iter(f"Renamed {n}" for n in range(10_000))
    benchmark(lambda: model.setData(idx, next(names), Qt.ItemDataRole.EditRole))
    assert doc.plan.task(5).name.startswith("Renamed")


def test_bench_indent_outdent_10k(benchmark, qtbot, big_plan):
    doc = Document(big_plan)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)

    def indent_and_back():
        execute(doc, IndentCommand(doc, [21]))
        execute(doc, OutdentCommand(doc, [21]))

    benchmark(indent_and_back)
    assert doc.plan.task(21).outline_level == 1
