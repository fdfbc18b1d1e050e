"""Multiple Task Information takes a day given alone (picked or typed, the time of day left
as shown) at the project's default start time for a start or constraint date and its
default end time for a finish or deadline, as the single task's dialog and the sheet do;
a time given is kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt

from app.domain.task import ConstraintType
from app.ui.commands import execute
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _apply(qtbot, doc, uids, fill):
    dialog = MultiTaskDialog(doc, uids)
    qtbot.addWidget(dialog)
    fill(dialog)
    command = dialog.command()
    assert command is not None
    execute(doc, command)


def test_a_deadline_day_picked_ends_at_the_default_end_time(qtbot):
    doc = Document(build_plan())
    assert doc.plan.project.default_finish_time.hour == 17

    def fill(dialog):
        dialog.deadline.check.setCheckState(Qt.CheckState.Checked)
        dialog.deadline.edit.setDate(QDate(2026, 4, 1))  # shown at 08:00, the project start

    _apply(qtbot, doc, [3, 6], fill)
    assert [doc.plan.task(u).deadline for u in (3, 6)] == [datetime(2026, 4, 1, 17, 0)] * 2


def test_a_start_day_picked_starts_at_the_default_start_time(qtbot):
    doc = Document(build_plan())
    assert doc.schedule[7].start.hour == 17  # Go-live, a milestone at the end of a day

    def fill(dialog):
        dialog.start.check.setChecked(True)  # shown at Go-live's 17:00
        dialog.start.edit.setDate(QDate(2026, 3, 20))

    _apply(qtbot, doc, [7, 3], fill)
    review = doc.plan.task(3)
    assert review.constraint_type is ConstraintType.SNET
    assert review.constraint_date == datetime(2026, 3, 20, 8, 0)
    assert doc.schedule[3].start == datetime(2026, 3, 20, 8, 0)


def test_a_time_given_is_kept(qtbot):
    doc = Document(build_plan())

    def fill(dialog):
        dialog.constraint.select(ConstraintType.SNET)
        dialog.constraint_date.check.setChecked(True)
        dialog.constraint_date.edit.setDateTime(QDateTime(datetime(2026, 3, 20, 13, 0)))

    _apply(qtbot, doc, [3, 6], fill)
    assert [doc.plan.task(u).constraint_date for u in (3, 6)] == [datetime(2026, 3, 20, 13)] * 2
