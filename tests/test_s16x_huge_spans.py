"""An Actual or Remaining Duration too long for any calendar (past the years 1800-2999;
thirty nines of days is past what the file can store) is refused with one message naming
the task, and nothing changes: typed into the sheet it left the task holding 4.8e32
minutes and the .gantry writer raised OverflowError."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.notation import Duration
from app.domain.tracking_edits import typed_span
from app.store.document import GantryFile
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

HUGE = "9" * 30 + "d"


@pytest.mark.parametrize("what", ["actual duration", "remaining duration"])
def test_a_span_past_the_calendars_is_refused_naming_the_task(what):
    code = build_plan().task(5)
    with pytest.raises(InputError, match=f"the {what} of 'Code' is too long to schedule"):
        typed_span(code, Duration(10**33), what)
    a_thousand_years = 1000 * 365 * 1440
    assert typed_span(code, Duration(a_thousand_years), what) == a_thousand_years


@pytest.mark.parametrize("column", [Column.ACTUAL_DURATION, Column.REMAINING_DURATION])
def test_typed_in_the_sheet_of_a_saved_plan_nothing_changes(tmp_path, column):
    path = tmp_path / "huge.gantry"
    GantryFile.create(path, build_plan()).close()
    file = GantryFile.open(path)
    try:
        doc = Document(file.plan, file)
        model = TaskTreeModel(doc)
        before = doc.plan.task(5)
        index = model.index_of_uid(5, column)
        assert not model.setData(index, HUGE, Qt.ItemDataRole.EditRole)
        assert doc.plan.task(5) == before
        assert doc.undo_stack.count() == 0
    finally:
        file.close()


def test_multiple_task_information_refuses_a_duration_past_the_calendars(tmp_path, qtbot):
    """Multiple Task Information's Duration: the same thirty nines raised OverflowError in
    the .gantry writer with the first task already changed in memory."""
    from app.ui.dialogs.multi_task_dialog import MultiTaskDialog

    path = tmp_path / "huge_multi.gantry"
    GantryFile.create(path, build_plan()).close()
    file = GantryFile.open(path)
    try:
        doc = Document(file.plan, file)
        before = [doc.plan.task(u) for u in (3, 5)]
        dialog = MultiTaskDialog(doc, [3, 5])
        qtbot.addWidget(dialog)
        dialog.duration.setText(HUGE)
        with pytest.raises(InputError, match="too long"):
            dialog.command()
        dialog.accept()  # OK: the message shows in the dialog, which stays open
        assert "too long" in dialog.error.text()
        assert [doc.plan.task(u) for u in (3, 5)] == before
    finally:
        file.close()
