"""Custom fields in the window: define one, insert its column, type values, undo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.custom_fields import CustomField
from app.domain.errors import InputError
from app.ui.column_menu import header_menu
from app.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from app.ui.document import Document
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan
from tests.gui.test_columns_header import actions_by_name


def _view(qtbot):
    document = Document(build_plan())
    tree = TaskTreeView(TaskTreeModel(document))
    qtbot.addWidget(tree)
    return document, tree


def test_define_insert_type_and_undo(qtbot):
    document, tree = _view(qtbot)
    model = tree.task_model()
    plan = document.plan
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Text1")
    dialog.alias.setText("Owner")
    dialog.apply_rename()
    assert plan.project.custom_fields == (CustomField("Text1", "Owner"),)
    column = custom_column("Text1")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Owner"
    assert dialog.fields.currentItem().text() == "Text1 (Owner)"

    assert tree.isColumnHidden(column)
    menu = header_menu(tree, -1)
    actions = actions_by_name(menu)
    assert actions["insert_text1"].text() == "Owner (Text1)"
    actions["insert_text1"].trigger()
    assert not tree.isColumnHidden(column)

    uid = plan.tasks[1].uid
    cell = model.index_of_uid(uid, column)
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "Maria")
    assert plan.task(uid).custom == (("Text1", "Maria"),)
    assert cell.data() == "Maria"
    document.undo_stack.undo()
    assert plan.task(uid).custom == ()
    assert cell.data() == ""
    document.undo_stack.redo()
    assert plan.task(uid).custom == (("Text1", "Maria"),)

    document.undo_stack.undo()
    document.undo_stack.undo()  # the rename
    assert plan.project.custom_fields == ()
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Text1"


def test_a_bad_value_is_one_status_line_and_changes_nothing(qtbot):
    document, tree = _view(qtbot)
    model = tree.task_model()
    plan = document.plan
    uid = plan.tasks[1].uid
    errors = []
    model.sig_error.connect(errors.append)
    cell = model.index_of_uid(uid, custom_column("Number1"))
    assert not model.setData(cell, "twelve")
    assert errors == ["Number1: 'twelve' is not a number (try 12 or 12.5)"]
    assert plan.task(uid).custom == ()
    assert not document.undo_stack.canUndo()
    flag = model.index_of_uid(uid, custom_column("Flag2"))
    assert flag.data() == "No"
    assert model.setData(flag, "yes")
    assert flag.data() == "Yes"
    cost = model.index_of_uid(uid, custom_column("Cost1"))
    assert model.setData(cost, "1,200.50")
    assert plan.task(uid).custom == (("Flag2", True), ("Cost1", 1200.5))


def test_clear_takes_alias_and_values_off_in_one_step(qtbot):
    document, tree = _view(qtbot)
    plan = document.plan
    model = tree.task_model()
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Flag3")
    dialog.alias.setText("Client-facing")
    dialog.apply_rename()
    for task in plan.tasks[:3]:
        model.setData(model.index_of_uid(task.uid, custom_column("Flag3")), "Yes")
    assert sum(1 for t in plan.tasks if t.custom) == 3
    steps = document.undo_stack.count()
    dialog.apply_clear()
    assert document.undo_stack.count() == steps + 1
    assert plan.project.custom_fields == ()
    assert all(t.custom == () for t in plan.tasks)
    document.undo_stack.undo()
    assert sum(1 for t in plan.tasks if t.custom) == 3
    assert plan.project.custom_fields == (CustomField("Flag3", "Client-facing"),)


def test_an_alias_used_twice_is_refused(qtbot):
    document, _tree = _view(qtbot)
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Text1")
    dialog.alias.setText("Owner")
    dialog.apply_rename()
    dialog.select("Text2")
    dialog.alias.setText("owner")
    dialog.apply_rename()
    assert dialog.message == "'owner' already names Text1"
    assert document.plan.project.custom_fields == (CustomField("Text1", "Owner"),)


def test_custom_cells_take_the_row_s_colour_and_weight(qtbot):
    document, tree = _view(qtbot)
    model = tree.task_model()
    column = custom_column("Text4")
    red = 0
    for task in document.plan.tasks:
        name = model.index_of_uid(task.uid, 2)  # the task name's cell
        cell = model.index_of_uid(task.uid, column)
        fg = Qt.ItemDataRole.ForegroundRole
        assert cell.data(fg) == name.data(fg)
        assert cell.data(Qt.ItemDataRole.FontRole) == name.data(Qt.ItemDataRole.FontRole)
        red += name.data(fg) is not None
    assert red > 0  # the sample plan has a critical path


def test_task_information_shows_and_edits_custom_fields(qtbot):
    from app.ui.commands import execute
    from app.ui.dialogs.task_dialog import TaskDialog

    document, _tree = _view(qtbot)
    plan = document.plan
    plan.set_custom_field(CustomField("Flag1", "Client-facing"))
    uid = plan.tasks[1].uid
    dialog = TaskDialog(document, uid)
    qtbot.addWidget(dialog)
    edits = dialog.custom.edits
    assert list(edits) == ["Flag1"]
    assert edits["Flag1"].text() == "No"
    edits["Flag1"].setText("Yes")
    execute(document, dialog.command())
    assert plan.task(uid).custom == (("Flag1", True),)
    document.undo_stack.undo()
    assert plan.task(uid).custom == ()
    again = TaskDialog(document, uid)
    qtbot.addWidget(again)
    again.custom.edits["Flag1"].setText("sometimes")
    with pytest.raises(InputError, match="Client-facing: 'sometimes' is not Yes or No"):
        again.command()


def test_the_sort_dialog_offers_custom_fields_in_use(qtbot):
    from PySide6.QtWidgets import QWidget

    from app.domain.sorting import SortKey, TaskSort
    from app.ui.dialogs.sort_dialog import SortChoice, SortDialog

    document, _tree = _view(qtbot)
    document.plan.set_custom_field(CustomField("Number2", "Story points"))
    host = QWidget()
    host.document = document
    qtbot.addWidget(host)
    dialog = SortDialog(SortChoice(TaskSort()), host)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    at = row.field.findText("Story points")
    assert at >= 0
    row.field.setCurrentIndex(at)
    row.descending.setChecked(True)
    assert dialog.choice().task_sort.keys[0] == SortKey("Number2", True)


def test_project_custom_fields_opens_the_dialog(qtbot, session, monkeypatch, tmp_path):
    from app.store.document import GantryFile

    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(CustomFieldsDialog, "ask", classmethod(lambda cls, w: opened.append(w)))
    window.action_collection["custom_fields"].trigger()
    assert opened == [window]


def test_the_review_names_fields_by_alias_and_shows_values_as_the_sheet(qapp):
    from app.ui.exchange.labels import field_label, show_value

    project = build_plan().project
    project = replace(project, custom_fields=(CustomField("Text1", "Owner"),))
    assert field_label("Text1", project) == "Owner"
    assert field_label("Cost1", project) == "Cost1"
    assert field_label("contour", project) == "Work contour"
    assert show_value("Cost1", 1200, project) == "€1,200.00"
    assert show_value("Flag1", True, project) == "Yes"  # the sheet's words (s14h)
    assert show_value("Flag1", None, project) == "No"
    assert show_value("Flag1", False, project) == "No"
    assert show_value("Text1", None, project) == "—"


def test_view_filter_custom_field_keeps_the_matching_rows(qtbot, session, monkeypatch, tmp_path):
    from app.store.document import GantryFile
    from app.ui.dialogs.custom_filter_dialog import CustomFieldFilterDialog

    plan = build_plan()
    owner = plan.tasks[1].uid
    plan.update_task(replace(plan.tasks[1], custom=(("Text1", "Maria"),)))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    dialog = CustomFieldFilterDialog(window.document.plan)
    qtbot.addWidget(dialog)
    assert dialog.field.itemText(0) == "Owner (Text1)"  # fields in use first
    monkeypatch.setattr(
        CustomFieldFilterDialog, "ask", classmethod(lambda cls, p, plan: ("Text1", "mar"))
    )
    window.action_collection["filter_custom_field"].trigger()
    model = window.model
    assert owner in model.shown_uids()
    assert len(model.shown_uids()) < len(window.document.plan.tasks)


def test_copied_rows_carry_shown_custom_columns(qtbot):
    from app.ui.column_placement import insert_column

    document, tree = _view(qtbot)
    plan = document.plan
    plan.set_custom_field(CustomField("Text1", "Owner"))
    uid = plan.tasks[1].uid
    plan.update_task(replace(plan.tasks[1], custom=(("Text1", "Maria"),)))
    insert_column(tree, custom_column("Text1"))
    tree.select_uids([uid])
    header, row = tree.selection_as_text().splitlines()
    assert header.split("\t")[-1] == "Owner"
    assert row.split("\t")[-1] == "Maria"
