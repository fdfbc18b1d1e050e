"""A person's own work week (s24ww): given in Change Working Time opened on them, or from
their Details…, it is kept (a new calendar of theirs with only a work week is not dropped)
and moves their task; one undo step."""

from __future__ import annotations

from datetime import datetime

from app.domain.calendar import WorkWeek
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.dialogs.working_time_weeks import WorkWeekDetailsDialog
from tests.test_s19tm_details_working_time import _details, _finish, _working_time, view

__all__ = ["view"]  # the fixture, used by name


def _training_week(dialog: WorkingTimeDialog) -> None:
    """Ana trains the week of 2 March: her own work week, every weekday off."""
    panel = dialog.work_weeks
    panel.name.setText("Training")
    panel.first.setText("2026-03-02")
    panel.last.setText("2026-03-08")
    panel.add_week()
    (week,) = dialog.edited[dialog.calendar.currentData()].work_weeks
    assert week.week == (None,) * 7  # a person's days are left to her base calendar
    panel.weeks.setCurrentItem(panel.weeks.topLevelItem(0))
    details = WorkWeekDetailsDialog(week, ("As the base calendar", ((),) * 7), dialog)
    for choice in details.choices[:5]:
        choice.setCurrentIndex(1)  # nonworking
    panel._keep((WorkWeek(week.name, week.start, week.end, details.week()),))


def test_s24ww_a_persons_work_week_from_details_is_kept(view, monkeypatch, qtbot):
    doc = view.document
    assert _finish(view) == datetime(2026, 3, 6, 17)
    _working_time(monkeypatch, _training_week)

    def edit(dialog) -> None:
        dialog.working_time.click()

    _details(monkeypatch, qtbot, edit)
    view.edit_selected()
    ana = doc.plan.resource(1)
    assert ana.calendar_uid is not None
    (week,) = doc.plan.calendars[ana.calendar_uid].work_weeks
    assert week.name == "Training"
    assert _finish(view) == datetime(2026, 3, 13, 17)  # the week after
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _finish(view) == datetime(2026, 3, 6, 17)


def test_s24ww_a_persons_work_week_in_change_working_time(view, qtbot):
    doc = view.document
    dialog = WorkingTimeDialog(doc, person=1)
    qtbot.addWidget(dialog)
    assert dialog.calendar.currentText() == "Ana"
    _training_week(dialog)
    dialog.accept()
    assert _finish(view) == datetime(2026, 3, 13, 17)
    assert doc.undo_stack.count() == 1
