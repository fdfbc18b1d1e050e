"""The guide's Progress section says what a PM from MS Project looks for there: both choices
of Project > Update Project as its dialog words them (it said only "marks all work complete",
leaving out Reschedule uncompleted work), and that Actual Work, Remaining Work and % Work
Complete are not typed (MS Project takes Actual Work; here the cells refuse it, and the
status-bar hint alone sent users looking for where a person's actual work is entered). Since
s21aw Actual Work is typed, as in MS Project; the guide says so and where a person's goes."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.assets import resource_path
from app.ui.document import Document
from app.ui.help_window import GUIDE
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.project_menu import UpdateProjectDialog
from tests.gui.conftest import build_plan


def _progress_text() -> str:
    html = resource_path(*GUIDE).read_text(encoding="utf-8")
    section = html.split('<a name="progress"></a>', 1)[1].split("<h2>", 1)[0]
    text = re.sub(r"<[^>]+>", "", section)
    return " ".join(text.replace("&gt;", ">").split())


def _words(label: str) -> str:
    """A dialog label as the guide's sentence has it: 'Set 0% - 100% complete' -> '0% - 100%',
    'Update work as complete through:' -> 'updates work as complete through'."""
    text = label.replace("&", "").rstrip(":").removeprefix("Set ").casefold()  # access keys
    text = text.removesuffix(" complete only").removesuffix(" complete")
    return re.sub(r"^(update|reschedule) ", r"\1s ", text)


def test_s20ex_the_guide_names_both_update_project_choices(qtbot):
    dialog = UpdateProjectDialog(build_plan().project.start.date(), False)
    qtbot.addWidget(dialog)
    said = _progress_text().casefold()
    for button in (
        dialog.update_work,
        dialog.reschedule,
        dialog.proportional,
        dialog.all_or_nothing,
    ):
        assert _words(button.text()) in said, button.text()
    assert "start no earlier than that date" in said


def test_s20ex_the_guide_says_actual_work_is_not_typed_as_the_sheet_refuses_it():
    # since s21aw Actual Work is typed (as in MS Project); the two figures it drives are not
    said = _progress_text()
    # and since s27wc % Work Complete is typed too (MS Project's Tracking table)
    # and since s30tb Remaining Work too (Work becomes Actual + Remaining)
    assert "Remaining Work is typed too" in said
    assert "Actual Work is typed" in said
    assert "% Work Complete is typed too" in said
    document = Document(build_plan())
    model = TaskTreeModel(document)
    flags = model.flags(model.index_of_uid(5, Column.REMAINING_COST))  # Code, a task of its own
    assert not flags & Qt.ItemFlag.ItemIsEditable
    for column in (
        Column.PERCENT,
        Column.ACTUAL_WORK,
        Column.REMAINING_WORK,
        Column.PERCENT_WORK_COMPLETE,
    ):
        assert model.flags(model.index_of_uid(5, column)) & Qt.ItemFlag.ItemIsEditable
