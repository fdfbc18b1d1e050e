"""People cell editor: names complete entry by entry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from app.ui.team.people_delegate import PeopleCompleter, PeopleDelegate, split_last_entry


@pytest.mark.parametrize(
    ("text", "head", "entry"),
    [
        ("", "", ""),
        ("Ana", "", "Ana"),
        ("Ana[50%], B", "Ana[50%], ", "B"),
        ("Ana;Be", "Ana;", "Be"),
    ],
)
def test_split_last_entry(text, head, entry):
    assert split_last_entry(text) == (head, entry)


def test_completer_completes_only_the_last_entry(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    delegate = PeopleDelegate(lambda: ["Ana", "Ben", "Bea"], host)
    editor = delegate.createEditor(host, QStyleOptionViewItem(), None)
    completer = editor.findChild(PeopleCompleter)
    assert completer is not None
    editor.setText("Ana[50%], b")
    assert completer.splitPath(editor.text()) == ["b"]
    completer.setCompletionPrefix("b")
    assert completer.completionCount() == 2
    model = completer.completionModel()
    names = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert names == ["Bea", "Ben"]
    ben = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == "Ben"
    )
    assert completer.pathFromIndex(ben) == "Ana[50%], Ben"


def test_task_table_people_column_edits_through_the_delegate(qtbot):
    from datetime import datetime

    from PySide6.QtWidgets import QLineEdit

    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.resource import Resource
    from app.domain.task import Task
    from app.ui.document import Document
    from app.ui.models.task_edits import Column
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=2400))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    doc = Document(plan)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    tree.show()
    index = model.index(0, Column.RESOURCES)
    assert isinstance(tree.itemDelegateForIndex(index), PeopleDelegate)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.indexWidget(index) or tree.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.findChild(PeopleCompleter) is not None
    editor.setText("Ana[50%], Ben")
    tree.itemDelegateForIndex(index).setModelData(editor, model, index)
    assert sorted((a.resource_uid, a.units) for a in plan.assignments) == [(1, 0.5), (2, 1.0)]
    model.detach()


def test_task_dialog_people_field_completes_names(qtbot):
    from datetime import datetime

    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.resource import Resource
    from app.domain.task import Task
    from app.ui.dialogs.task_dialog import TaskDialog
    from app.ui.document import Document

    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Design"))
    plan.add_resource(Resource(1, "Ana"))
    dialog = TaskDialog(Document(plan), 1)
    qtbot.addWidget(dialog)
    completer = dialog.people.findChild(PeopleCompleter)
    completer.setCompletionPrefix("a")
    assert completer.completionModel().index(0, 0).data() == "Ana"
