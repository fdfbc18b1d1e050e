"""A summary's Leveling Delay is blank and not editable: the sheet showed '0ed' in a cell
that looked typeable and refused every delay typed (leveling delays the subtasks, not the
summary). The printout shows it as the sheet does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.scheduler import schedule
from app.report.columns import CellText
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.test_s22lc_leveling_columns import DAY, _plan

EDITABLE = Qt.ItemFlag.ItemIsEditable


def test_s22td_a_summarys_leveling_delay_is_blank_and_not_editable():
    doc = Document(_plan(delay=5 * DAY))  # Phase (1) sums Design (2) and Build (3)
    model = TaskTreeModel(doc)
    summary = model.index_of_uid(1, Column.LEVELING_DELAY)
    assert summary.data() == ""
    assert not model.flags(summary) & EDITABLE
    assert model.flags(summary) & Qt.ItemFlag.ItemIsSelectable
    for uid, shown in ((2, "0ed"), (3, "7ed")):  # the subtasks keep theirs
        cell = model.index_of_uid(uid, Column.LEVELING_DELAY)
        assert cell.data() == shown
        assert model.flags(cell) & EDITABLE
    assert not model.setData(summary, "2ed", Qt.ItemDataRole.EditRole)
    assert doc.undo_stack.count() == 0


def test_s22td_a_summarys_leveling_delay_prints_blank():
    plan = _plan(delay=5 * DAY)
    cells = CellText(plan, schedule(plan), {})
    assert [cells.text(uid, "leveling_delay") for uid in (1, 2, 3)] == ["", "0ed", "7ed"]
