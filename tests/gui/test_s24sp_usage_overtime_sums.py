"""The Usage view's task and person rows sum their assignments' Overtime Work once per
outline or edit, not by walking every row below each painted one (0.5 s an edit at 100k
tasks under one summary): each row still says what the rows below it add up to, in Task and
Resource Usage, after an edit too; a material's rows say none.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.usage_tree import RowKind, UsageTree
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_model_overtime import assignment_overtime_command
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import UsageTreeModel
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan


def _walked(tree: UsageTree, node: int) -> int | None:
    """A row's Overtime Work as the rows below it add up (the rule, row by row)."""
    kind = tree.kind[node]
    if kind == RowKind.ASSIGNMENT:
        if tree.unit(node) != "h":
            return None
        return tree.usage.assignments[tree.ref[node]].overtime_work_minutes
    if kind not in (RowKind.TASK, RowKind.RESOURCE) or tree.unit(node) != "h":
        return None
    return sum(_walked(tree, k) or 0 for k in tree.children(node))


def _document() -> Document:
    made = make_plan(300, 350, 2, n_resources=6)
    top = max(t.uid for t in made.tasks) + 1
    plan = Plan(project=made.project, calendars=made.calendars)  # all of it under one summary
    plan.tasks = [
        Task(top, "Project", outline_level=1),
        *(replace(t, outline_level=t.outline_level + 1) for t in made.tasks),
    ]
    plan.links, plan.resources = made.links, made.resources
    plan.assignments = [
        replace(a, overtime_work_minutes=60 * (k % 3 + 1)) if k % 7 == 0 else a
        for k, a in enumerate(made.assignments)
    ]
    plan.add_resource(Resource(900, "Cement", type=ResourceType.MATERIAL))
    leaf = next(t for t in plan.tasks if t.duration_minutes > 0 and not plan.is_summary(t.uid))
    plan.add_assignment(Assignment(9000, leaf.uid, 900, 4.0, 0, overtime_work_minutes=30))
    return Document(plan)


def _check(model: UsageTreeModel) -> int:
    tree = model.tree
    said = [model.overtime(n) for n in range(len(tree.kind))]
    assert said == [_walked(tree, n) for n in range(len(tree.kind))]
    return max(m or 0 for m in said)


@pytest.mark.parametrize("mode", [Mode.TASKS, Mode.RESOURCES])
def test_s24sp_rows_sum_the_overtime_below_them_after_an_edit_too(qtbot, mode):
    document = _document()
    view = UsageView(document)
    qtbot.addWidget(view)
    view.set_mode(mode)
    view.resize(1200, 400)
    view.show()
    view.wait_built()
    model = view.tree_model
    assert _check(model) > 0
    if mode is Mode.TASKS:
        top = model.tree.key(model.shown[0])
        assert top[0] == "task"
        assert model.overtime(model.shown[0]) == sum(
            a.overtime_work_minutes
            for a in document.plan.assignments
            if document.plan.resource(a.resource_uid).type is ResourceType.WORK
        )
    a = next(a for a in document.plan.assignments if a.units > 0 and a.work_minutes > 600)
    command = assignment_overtime_command(document, a.uid, a.overtime_work_minutes + 240)
    assert command is not None
    execute(document, command)
    view.wait_built()
    _check(model)
    material = [n for n in range(len(model.tree.kind)) if model.tree.unit(n) not in ("h", "$")]
    assert material
    assert all(model.overtime(n) is None for n in material)
