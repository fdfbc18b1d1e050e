"""Value lists in the window: defined in Custom Fields…, offered by the sheet's combo box
and Task Information, a restricted field refusing other text; each edit one undo step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.errors import InputError
from app.ui.custom_value_delegate import CustomTextDelegate, ValueListCombo
from app.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from app.ui.dialogs.custom_fields_lookup import ValueListDialog
from app.ui.document import Document
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

RISK = (ListValue("Low", "No action"), ListValue("Medium"), ListValue("High", "Tell the client"))


def _view(qtbot, restricted=True):
    document = Document(build_plan())
    document.plan.set_custom_field(
        replace(value_list("Text2", RISK, restricted), alias="Risk level")
    )
    tree = TaskTreeView(TaskTreeModel(document))
    qtbot.addWidget(tree)
    return document, tree


def test_the_lookup_dialog_adds_removes_and_reorders_values(qtbot):
    dialog = ValueListDialog(CustomField("Text2", "Risk level", RISK, False), "Risk level")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Value List for Risk level"
    assert dialog.values() == list(RISK)
    dialog.table.setCurrentCell(2, 0)  # High
    dialog.move_row(-1)
    assert [v.value for v in dialog.values()] == ["Low", "High", "Medium"]
    assert dialog.table.currentRow() == 1  # the moved row stays current
    dialog.add_row()  # below High, typed into at once
    dialog.table.item(2, 0).setText("Severe")
    dialog.table.item(2, 1).setText("Stop the line")
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_row()
    assert dialog.values() == [
        ListValue("High", "Tell the client"),
        ListValue("Severe", "Stop the line"),
        ListValue("Medium"),
    ]
    dialog.sort_rows()
    assert [v.value for v in dialog.values()] == ["High", "Medium", "Severe"]
    assert dialog.values()[2] == ListValue("Severe", "Stop the line")  # with its description
    dialog.table.item(1, 0).setText("high")  # listed twice: refused, the dialog stays
    dialog.accept()
    assert dialog.message.text() == "Risk level: 'high' is in the list twice"
    assert dialog.result() != ValueListDialog.DialogCode.Accepted


def test_custom_fields_sets_a_list_in_one_undoable_step_and_keeps_it_on_rename(qtbot, monkeypatch):
    document = Document(build_plan())
    plan = document.plan
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Flag1")
    assert not dialog.lookup.isEnabled()  # a flag is Yes or No (Number1 takes a list: s15)
    dialog.select("Text2")
    assert dialog.lookup.isEnabled()
    monkeypatch.setattr(ValueListDialog, "ask", lambda *_a: (list(RISK), True))
    dialog.edit_value_list()
    assert plan.project.custom_fields == (CustomField("Text2", "", RISK, True),)
    assert dialog.fields.currentItem().text() == "Text2, 3 values, restricted"
    assert document.undo_stack.undoText() == "Set the value list of Text2"
    dialog.alias.setText("Risk level")
    dialog.apply_rename()
    assert plan.project.custom_fields == (CustomField("Text2", "Risk level", RISK, True),)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert plan.project.custom_fields == ()
    document.undo_stack.redo()
    assert plan.project.custom_fields == (CustomField("Text2", "", RISK, True),)
    dialog.apply_clear()  # name, list and values gone
    assert plan.project.custom_fields == ()


def test_the_sheet_edits_a_listed_field_with_a_combo_box_of_its_values(qtbot):
    document, tree = _view(qtbot)
    model = tree.task_model()
    uid = document.plan.tasks[1].uid
    column = custom_column("Text2")
    cell = model.index_of_uid(uid, column)
    delegate = tree.itemDelegateForColumn(column)
    assert isinstance(delegate, CustomTextDelegate)
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(editor, ValueListCombo)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Low", "Medium", "High"]
    assert editor.model().index(2, 1).data() == "Tell the client"  # beside its value
    delegate.setEditorData(editor, cell)
    assert editor.text() == ""
    editor.setCurrentIndex(2)
    delegate.setModelData(editor, model, cell)
    assert document.plan.task(uid).custom == (("Text2", "High"),)
    assert document.undo_stack.count() == 1
    editor.deleteLater()
    # a field without a list keeps the plain line
    other = delegate.createEditor(
        tree.viewport(), QStyleOptionViewItem(), model.index_of_uid(uid, custom_column("Text1"))
    )
    assert not isinstance(other, ValueListCombo)
    other.deleteLater()


def test_a_restricted_field_refuses_other_text_in_the_sheet_naming_its_values(qtbot):
    document, tree = _view(qtbot)
    model = tree.task_model()
    plan = document.plan
    uid = plan.tasks[1].uid
    errors = []
    model.sig_error.connect(errors.append)
    cell = model.index_of_uid(uid, custom_column("Text2"))
    assert not model.setData(cell, "Severe")
    assert errors == ["Risk level: 'Severe' is not in its list ('Low', 'Medium', 'High')"]
    assert plan.task(uid).custom == ()
    assert not document.undo_stack.canUndo()
    assert model.setData(cell, "medium")  # any case: the list's spelling is kept
    assert plan.task(uid).custom == (("Text2", "Medium"),)
    count = len(plan.tasks)  # nor does the empty row add a task for it
    assert not model.setData(model.blank_index(custom_column("Text2")), "Severe")
    assert len(plan.tasks) == count


def test_an_open_list_takes_other_text(qtbot):
    document, tree = _view(qtbot, restricted=False)
    model = tree.task_model()
    uid = document.plan.tasks[1].uid
    assert model.setData(model.index_of_uid(uid, custom_column("Text2")), "Severe")
    assert document.plan.task(uid).custom == (("Text2", "Severe"),)


def test_task_information_offers_the_list_and_refuses_other_text(qtbot):
    from app.ui.commands import execute
    from app.ui.dialogs.task_dialog import TaskDialog

    document, _tree = _view(qtbot)
    plan = document.plan
    uid = plan.tasks[1].uid
    dialog = TaskDialog(document, uid)
    qtbot.addWidget(dialog)
    combo = dialog.custom.findChild(ValueListCombo, "custom_text2")
    assert combo is not None
    assert combo.count() == 3
    assert dialog.custom.edits["Text2"].text() == ""
    combo.setCurrentIndex(0)
    execute(document, dialog.command())
    assert plan.task(uid).custom == (("Text2", "Low"),)
    again = TaskDialog(document, uid)
    qtbot.addWidget(again)
    assert again.custom.edits["Text2"].text() == "Low"
    again.custom.edits["Text2"].setText("Severe")
    with pytest.raises(InputError, match=r"Risk level: 'Severe' is not in its list \('Low'"):
        again.command()


# The offscreen platform cannot raise or grab for a popup: it says so, harmlessly.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_screenshots_of_the_combo_and_the_dialogs(qtbot, tmp_path):
    """Not an assertion on pixels: the pictures are saved for a person to look at."""
    document, tree = _view(qtbot)
    tree.setColumnHidden(custom_column("Text2"), False)
    tree.resize(900, 300)
    tree.show()
    model = tree.task_model()
    cell = model.index_of_uid(document.plan.tasks[1].uid, custom_column("Text2"))
    tree.setCurrentIndex(cell)
    tree.edit(cell)
    editor = tree.indexWidget(cell) or tree.focusWidget()
    combo = editor if isinstance(editor, ValueListCombo) else editor.parent()
    assert isinstance(combo, ValueListCombo)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    combo.view().window().grab().save(str(tmp_path / "popup.png"))
    tree.grab().save(str(tmp_path / "sheet.png"))
    combo.hidePopup()
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Text2")
    dialog.show()
    dialog.grab().save(str(tmp_path / "dialog.png"))
    lookup = ValueListDialog(document.plan.project.custom_fields[0], "Risk level")
    qtbot.addWidget(lookup)
    lookup.show()
    lookup.grab().save(str(tmp_path / "lookup.png"))
    for name in ("popup", "sheet", "dialog", "lookup"):
        assert (tmp_path / f"{name}.png").stat().st_size > 0


def test_typing_on_a_listed_cell_completes_from_the_list(qtbot):
    document, tree = _view(qtbot)
    column = custom_column("Text2")
    tree.setColumnHidden(column, False)
    tree.resize(900, 300)
    tree.show()
    model = tree.task_model()
    uid = document.plan.tasks[1].uid
    tree.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)  # inline completion works in the focused editor only
    tree.setCurrentIndex(model.index_of_uid(uid, column))
    qtbot.keyClick(tree, "m")  # a key typed on the cell opens the editor with it
    combo = tree.focusWidget()
    while combo is not None and not isinstance(combo, ValueListCombo):
        combo = combo.parentWidget()
    assert isinstance(combo, ValueListCombo)
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, "e")  # the rest goes to the editor: "me" -> "medium"
    assert combo.text() == "medium"  # completed in the case typed; the list's is kept below
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: document.plan.task(uid).custom == (("Text2", "Medium"),))


def test_restricting_says_how_many_tasks_hold_other_values_and_leaves_them(qtbot, monkeypatch):
    document = Document(build_plan())
    plan = document.plan
    for task, value in zip(plan.tasks[:3], ("Severe", "high", "Unknown"), strict=True):
        plan.update_task(replace(task, custom=(("Text2", value),)))
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Text2")
    monkeypatch.setattr(ValueListDialog, "ask", lambda *_a: (list(RISK), True))
    dialog.edit_value_list()
    assert dialog.note.text() == (
        "2 tasks hold Text2 values outside the list: they stay until edited"
    )
    assert [t.custom for t in plan.tasks[:3]] == [
        (("Text2", "Severe"),),
        (("Text2", "high"),),
        (("Text2", "Unknown"),),
    ]
    monkeypatch.setattr(ValueListDialog, "ask", lambda *_a: (list(RISK), False))
    dialog.edit_value_list()
    assert dialog.note.text() == ""  # an open list takes them


def test_the_empty_row_offers_the_list_too_and_a_pick_adds_a_task(qtbot):
    document, tree = _view(qtbot)
    model = tree.task_model()
    plan = document.plan
    count = len(plan.tasks)
    blank = model.blank_index(custom_column("Text2"))
    delegate = tree.itemDelegateForColumn(custom_column("Text2"))
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), blank)
    assert isinstance(editor, ValueListCombo)
    delegate.setEditorData(editor, blank)
    assert editor.text() == ""  # nothing picked yet: closing it adds no task
    delegate.setModelData(editor, model, blank)
    assert len(plan.tasks) == count
    editor.setCurrentIndex(0)
    delegate.setModelData(editor, model, blank)
    assert len(plan.tasks) == count + 1
    assert plan.tasks[-1].custom == (("Text2", "Low"),)
    editor.deleteLater()
