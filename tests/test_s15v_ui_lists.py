"""Value lists of Number, Cost, Date and Duration fields in the window: Custom Fields…
opens Value List… for them (not for a flag), the list is typed as the cells take values
and sorted by value, the sheet's cell and Task Information offer it in a combo box, and a
restricted field refuses other values naming them quoted; each edit one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from app.domain.custom_fields import ListValue, defined, value_list
from app.domain.custom_values import typed_list
from app.domain.errors import InputError
from app.ui.custom_value_delegate import CustomValueDelegate, ValueListCombo
from app.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from app.ui.dialogs.custom_fields_lookup import ValueListDialog, value_list_command
from app.ui.document import Document
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

KICK_OFF = datetime(2026, 3, 2, 8, 0)


def _document() -> Document:
    document = Document(build_plan())
    project = document.plan.project
    fields = (
        replace(typed_list("Number1", [("1", ""), ("2.5", "half")], True, project), alias="Size"),
        typed_list("Cost1", [("100", ""), ("250.5", "")], True, project),
        typed_list("Date1", [("2026-03-02", "kick-off")], True, project),
        typed_list("Duration1", [("1d", ""), ("1w", "")], True, project),
    )
    for field in fields:
        document.plan.set_custom_field(field)
    return document


def _view(qtbot, document):
    tree = TaskTreeView(TaskTreeModel(document))
    qtbot.addWidget(tree)
    return tree


def test_value_list_opens_for_every_kind_but_flags_and_reads_typed_values(qtbot, monkeypatch):
    document = Document(build_plan())
    plan = document.plan
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    for name in ("Number3", "Cost2", "Date4", "Duration5", "Text7"):
        dialog.select(name)
        assert dialog.lookup.isEnabled(), name
    dialog.select("Flag2")
    assert not dialog.lookup.isEnabled()
    dialog.select("Cost2")
    seen = []

    def ask(_parent, field, title, project):
        seen.append((field.name, title, project is plan.project))
        return [ListValue("1,200.50", "big"), ListValue("99")], True

    monkeypatch.setattr(ValueListDialog, "ask", ask)
    dialog.edit_value_list()
    assert seen == [("Cost2", "Cost2", True)]
    (field,) = plan.project.custom_fields
    assert field.values == (ListValue(1200.5, "big"), ListValue(99.0))
    assert field.restricted
    assert document.undo_stack.undoText() == "Set the value list of Cost2"
    assert dialog.fields.currentItem().text() == "Cost2, 2 values, restricted"
    document.undo_stack.undo()
    assert plan.project.custom_fields == ()
    document.undo_stack.redo()
    assert plan.project.custom_fields == (field,)


def test_the_lookup_dialog_shows_values_as_cells_do_and_sorts_them_by_value(qtbot):
    document = _document()
    project = document.plan.project
    size = project.custom_fields[0]
    dialog = ValueListDialog(size, "Size", project=project)
    qtbot.addWidget(dialog)
    assert [(v.value, v.description) for v in dialog.values()] == [("1", ""), ("2.5", "half")]
    assert dialog.sort.text() == "&Sort ascending"
    dialog.add_row()
    dialog.table.item(dialog.table.currentRow(), 0).setText("10")
    dialog.add_row()
    dialog.table.item(dialog.table.currentRow(), 0).setText("9")
    dialog.sort_rows()
    assert [v.value for v in dialog.values()] == ["1", "2.5", "9", "10"]  # not "10" before "9"
    dialog.table.item(3, 0).setText("ten")
    dialog.accept()
    assert (
        dialog.message.text() == "Size, row 4 of the list: 'ten' is not a number (try 12 or 12.5)"
    )
    assert dialog.result() != ValueListDialog.DialogCode.Accepted
    duration = ValueListDialog(defined(project.custom_fields, "Duration1"), "D", project=project)
    qtbot.addWidget(duration)
    assert [v.value for v in duration.values()] == ["1d", "5d"]
    date = ValueListDialog(defined(project.custom_fields, "Date1"), "D", project=project)
    qtbot.addWidget(date)
    assert [v.value for v in date.values()] == ["2026-03-02 08:00"]


def test_a_list_command_of_typed_rows_is_one_step_and_none_when_unchanged(qtbot):
    document = _document()
    plan = document.plan
    rows = [ListValue("1"), ListValue("2.5", "half")]
    assert value_list_command(document, "Number1", rows, True) is None  # as it is
    with pytest.raises(InputError, match=r"^Size: '2.5' is in the list twice"):
        value_list_command(document, "Number1", [*rows, ListValue("2.50")], True)
    command = value_list_command(document, "Number1", [ListValue("3")], False)
    assert command is not None
    document.undo_stack.push(command)
    assert plan.project.custom_fields[0].values == (ListValue(3.0),)
    assert plan.project.custom_fields[0].alias == "Size"  # the alias stays


@pytest.mark.parametrize(
    ("name", "texts", "pick", "value"),
    [
        ("Number1", ["1", "2.5"], 1, 2.5),
        ("Cost1", ["€100.00", "€250.50"], 1, 250.5),
        ("Date1", ["2026-03-02 08:00"], 0, KICK_OFF),
        ("Duration1", ["1d", "5d"], 1, 2400),
    ],
)
def test_the_sheet_offers_the_list_of_every_kind_in_a_combo_box(qtbot, name, texts, pick, value):
    document = _document()
    document.plan.set_project(replace(document.plan.project, currency_symbol="€"))
    tree = _view(qtbot, document)
    model = tree.task_model()
    uid = document.plan.tasks[1].uid
    column = custom_column(name)
    cell = model.index_of_uid(uid, column)
    delegate = tree.itemDelegateForColumn(column)
    assert isinstance(delegate, CustomValueDelegate)
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(editor, ValueListCombo)
    assert [editor.itemText(i) for i in range(editor.count())] == texts
    editor.setCurrentIndex(pick)
    delegate.setModelData(editor, model, cell)
    assert document.plan.task(uid).custom == ((name, value),)
    assert document.undo_stack.count() == 1
    delegate.setEditorData(editor, cell)  # reopened: the value picked is the current row
    assert editor.currentIndex() == pick
    editor.deleteLater()


def test_a_date_field_without_a_list_keeps_its_date_editor(qtbot):
    document = _document()
    tree = _view(qtbot, document)
    model = tree.task_model()
    uid = document.plan.tasks[1].uid
    cell = model.index_of_uid(uid, custom_column("Date2"))
    delegate = tree.itemDelegateForColumn(custom_column("Date2"))
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(editor, QLineEdit)
    assert editor.placeholderText() == "NA"  # the optional date's editor, as before
    editor.setText("2026-05-04")
    delegate.setModelData(editor, model, cell)
    assert document.plan.task(uid).custom == (("Date2", datetime(2026, 5, 4, 8, 0)),)
    editor.deleteLater()


def test_a_restricted_number_refuses_other_values_in_the_sheet_naming_them(qtbot):
    document = _document()
    tree = _view(qtbot, document)
    model = tree.task_model()
    errors = []
    model.sig_error.connect(errors.append)
    uid = document.plan.tasks[1].uid
    cell = model.index_of_uid(uid, custom_column("Number1"))
    assert not model.setData(cell, "3")
    assert errors == ["Size: '3' is not in its list ('1', '2.5')"]
    assert not document.undo_stack.canUndo()
    assert model.setData(cell, "2.50")
    assert document.plan.task(uid).custom == (("Number1", 2.5),)


def test_task_information_offers_a_duration_list(qtbot):
    from app.ui.commands import execute
    from app.ui.dialogs.task_dialog import TaskDialog

    document = _document()
    uid = document.plan.tasks[1].uid
    dialog = TaskDialog(document, uid)
    qtbot.addWidget(dialog)
    combo = dialog.custom.findChild(ValueListCombo, "custom_duration1")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["1d", "5d"]
    combo.setCurrentIndex(1)
    execute(document, dialog.command())
    assert document.plan.task(uid).custom == (("Duration1", 2400),)
    again = TaskDialog(document, uid)
    qtbot.addWidget(again)
    again.custom.edits["Duration1"].setText("3d")
    with pytest.raises(InputError, match=r"^Duration1: '3d' is not in its list \('1d', '5d'\)"):
        again.command()


def test_restricting_a_number_list_counts_tasks_outside_it(qtbot, monkeypatch):
    document = Document(build_plan())
    plan = document.plan
    for task, value in zip(plan.tasks[:3], (1.0, 7.0, 2.5), strict=True):
        plan.update_task(replace(task, custom=(("Number4", value),)))
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Number4")
    monkeypatch.setattr(
        ValueListDialog, "ask", lambda *_a: ([ListValue("1"), ListValue("2.5")], True)
    )
    dialog.edit_value_list()
    assert dialog.note.text() == (
        "1 task holds a value of Number4 outside the list: it stays until edited"
    )
    assert (
        value_list("Number4", [ListValue(1.0), ListValue(2.5)], True)
        == (plan.project.custom_fields[0])
    )


def test_a_number_typed_on_a_listed_cell_is_not_completed_to_a_longer_one(qtbot):
    from PySide6.QtCore import Qt

    document = Document(build_plan())
    listed = typed_list("Number2", [("25", ""), ("2", "")], False, document.plan.project)
    document.plan.set_custom_field(listed)
    tree = _view(qtbot, document)
    column = custom_column("Number2")
    tree.setColumnHidden(column, False)
    tree.resize(900, 300)
    tree.show()
    model = tree.task_model()
    uid = document.plan.tasks[1].uid
    tree.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    tree.setCurrentIndex(model.index_of_uid(uid, column))
    qtbot.keyClick(tree, "2")  # a key typed on the cell opens the editor with it
    combo = tree.focusWidget()
    while combo is not None and not isinstance(combo, ValueListCombo):
        combo = combo.parentWidget()
    assert isinstance(combo, ValueListCombo)
    qtbot.waitUntil(combo.hasFocus)
    assert combo.text() == "2"  # Qt's default completer made it "25"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.plan.task(uid).custom == (("Number2", 2.0),))
