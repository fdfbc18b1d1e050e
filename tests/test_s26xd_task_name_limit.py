"""A task name longer than MS Project's 255 characters is refused where it is typed (the
sheet, the empty row, Task Information, a paste) with a message naming the limit; 100,008
characters used to be taken and written."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.task_name_limit import MAX_TASK_NAME
from app.ui.clipboard_paste import _named_tasks
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column, check_new_task_text, command_for_cell
from tests.gui.conftest import build_plan

LONG = "x" * 100_008


def test_the_sheet_refuses_a_long_name_and_the_task_keeps_its_own():
    doc = Document(build_plan())
    before = doc.plan.task(5).name
    with pytest.raises(InputError, match=r"100,008 characters is too long: MS Project keeps 255"):
        command_for_cell(doc, 5, Column.NAME, LONG)
    assert doc.plan.task(5).name == before
    command = command_for_cell(doc, 5, Column.NAME, "y" * MAX_TASK_NAME)  # 255 is taken
    assert command is not None


def test_the_empty_row_refuses_it_before_a_task_is_added():
    doc = Document(build_plan())
    with pytest.raises(InputError, match="keeps 255"):
        check_new_task_text(doc.plan, Column.NAME, "z" * 256)
    check_new_task_text(doc.plan, Column.NAME, "z" * 255)


def test_task_information_refuses_it_and_changes_nothing(qtbot):
    doc = Document(build_plan())
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    before = doc.plan.task(5).name
    dialog.name.setText(LONG)
    dialog.accept()
    assert "keeps 255" in dialog.error.text()
    assert doc.plan.task(5).name == before
    assert doc.undo_stack.count() == 0


def test_a_pasted_long_name_is_refused():
    doc = Document(build_plan())
    with pytest.raises(InputError, match="keeps 255"):
        _named_tasks(doc.plan, ["short", LONG])
    assert len(_named_tasks(doc.plan, ["short", "w" * 255])) == 2


def test_a_new_person_typed_in_the_people_cell_is_held_to_255_too(qtbot):
    from PySide6.QtCore import Qt

    from app.ui.models.task_model import TaskTreeModel

    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    team = len(doc.plan.resources)
    cell = model.index_of_uid(5, Column.RESOURCES)
    assert not model.setData(cell, "P" * 300, Qt.ItemDataRole.EditRole)
    assert errors[-1] == "a name of 300 characters is too long: keep it to 255"
    assert len(doc.plan.resources) == team
    assert model.setData(cell, "Q" * 255, Qt.ItemDataRole.EditRole)
    assert len(doc.plan.resources) == team + 1
