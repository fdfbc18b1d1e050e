"""A custom field's value typed into the sheet's empty last row adds a task holding it."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def _model(qtbot):
    document = Document(build_plan())
    tree = TaskTreeView(TaskTreeModel(document))
    qtbot.addWidget(tree)
    return document, tree.task_model()


def test_a_value_typed_into_the_empty_row_adds_a_task_with_it_in_one_step(qtbot):
    document, model = _model(qtbot)
    plan = document.plan
    before = [t.uid for t in plan.tasks]
    cell = model.blank_index(custom_column("Text3"))
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "  North  ")
    added = plan.tasks[-1]
    assert added.uid not in before
    assert added.custom == (("Text3", "North"),)
    assert model.take_added_from_blank() == added.uid  # Tab goes on along the new row
    assert model.index_of_uid(added.uid, custom_column("Text3")).data() == "North"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [t.uid for t in plan.tasks] == before
    document.undo_stack.redo()
    assert plan.tasks[-1].custom == (("Text3", "North"),)


def test_each_kind_is_read_as_its_cells_are(qtbot):
    document, model = _model(qtbot)
    plan = document.plan
    typed = {
        "Number2": ("12,5", 12.5),
        "Flag1": ("yes", True),
        "Date1": ("2026-03-02 13:00", datetime(2026, 3, 2, 13, 0)),
        "Duration1": ("2d", 960),
    }
    for name, (text, value) in typed.items():
        assert model.setData(model.blank_index(custom_column(name)), text)
        assert plan.tasks[-1].custom == ((name, value),)


def test_a_bad_value_adds_no_task_and_says_which_field(qtbot):
    document, model = _model(qtbot)
    plan = document.plan
    count = len(plan.tasks)
    errors = []
    model.sig_error.connect(errors.append)
    assert not model.setData(model.blank_index(custom_column("Number1")), "twelve")
    assert errors == ["Number1: 'twelve' is not a number (try 12 or 12.5)"]
    assert len(plan.tasks) == count
    assert not document.undo_stack.canUndo()
    assert not model.setData(model.blank_index(custom_column("Text1")), "   ")  # nothing typed
    assert len(plan.tasks) == count


def test_a_read_only_plan_takes_nothing_in_the_empty_row(qtbot):
    document, model = _model(qtbot)
    document.file = SimpleNamespace(read_only=True)  # as a file opened by someone else is
    cell = model.blank_index(custom_column("Text1"))
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(cell, "North")


def test_the_empty_row_s_custom_cells_say_they_add_a_task(qtbot):
    _document, model = _model(qtbot)
    cell = model.blank_index(custom_column("Number4"))
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Type here to add a task"
    assert cell.data() is None
