"""Task Information names constraints and task types with the sheet's and the printout's words."""

from __future__ import annotations

from app.domain.task import ConstraintType, TaskType
from app.report import columns
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _items(combo):
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_dialog_offers_the_sheets_constraint_and_type_names(qtbot):
    dialog = TaskDialog(Document(build_plan()), 5)
    qtbot.addWidget(dialog)
    assert _items(dialog.constraint) == columns.CONSTRAINT_NAMES
    assert _items(dialog.task_type) == columns.TASK_TYPE_NAMES


def test_a_renamed_label_reaches_the_dialog(qtbot, monkeypatch):
    """One list of words: renaming it in app.report.columns renames it in the dialog too."""
    monkeypatch.setitem(columns.CONSTRAINT_NAMES, ConstraintType.MSO, "Must start on (pinned)")
    monkeypatch.setitem(columns.TASK_TYPE_NAMES, TaskType.FIXED_WORK, "Fixed work (effort)")
    dialog = TaskDialog(Document(build_plan()), 5)
    qtbot.addWidget(dialog)
    assert _items(dialog.constraint)[ConstraintType.MSO] == "Must start on (pinned)"
    assert _items(dialog.task_type)[TaskType.FIXED_WORK] == "Fixed work (effort)"
