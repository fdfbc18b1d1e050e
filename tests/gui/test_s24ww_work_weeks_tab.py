"""Change Working Time's Work Weeks tab (s24ww): a PM adds winter hours (Mon-Fri 08:00-15:00,
1 Nov to 28 Feb) to the Standard calendar; the 40h task's finish moves; one undo step."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from app.domain.calendar import Calendar, WorkWeek
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.dialogs.working_time_weeks import WorkWeekDetailsDialog
from app.ui.document import Document

WINTER_DAYS = (((480, 900),),) * 5 + ((), ())


@pytest.fixture
def doc() -> Document:
    plan = Plan(project=Project(start=datetime(2026, 11, 2, 8)))
    plan.calendars[1] = Calendar(uid=1)
    plan.append_task(Task(1, "Build", duration_minutes=40 * 60))
    return Document(plan)


def _dialog(doc: Document, qtbot) -> WorkingTimeDialog:
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    return dialog


def _add(dialog: WorkingTimeDialog, name: str, first: QDate, last: QDate) -> None:
    panel = dialog.work_weeks
    panel.name.setText(name)
    panel.first.setText(first.toString("yyyy-MM-dd"))
    panel.last.setText(last.toString("yyyy-MM-dd"))
    panel.add_week()


def _set_winter_hours(dialog: WorkWeekDetailsDialog) -> None:
    for d in range(5):
        dialog.choices[d].setCurrentIndex(2)  # working, hours
        dialog.hours[d].setText("08:00-15:00")


def test_s24ww_the_dialog_adds_winter_hours_as_one_step(doc, qtbot, monkeypatch):
    assert doc.schedule.get(1).finish == datetime(2026, 11, 6, 17)
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Winter hours", QDate(2026, 11, 1), QDate(2027, 2, 28))
    panel = dialog.work_weeks
    assert panel.weeks.topLevelItemCount() == 1
    assert panel.weeks.topLevelItem(0).text(0) == "Winter hours"

    def details(week, unset, parent):
        found = WorkWeekDetailsDialog(week, unset, parent)
        qtbot.addWidget(found)
        _set_winter_hours(found)
        return found.week()

    monkeypatch.setattr(WorkWeekDetailsDialog, "ask", staticmethod(details))
    panel.edit_details()
    dialog.accept()
    (week,) = doc.plan.calendars[1].work_weeks
    assert week == WorkWeek("Winter hours", date(2026, 11, 1), date(2027, 2, 28), WINTER_DAYS)
    assert doc.schedule.get(1).finish == datetime(2026, 11, 9, 13)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.calendars[1].work_weeks == ()
    assert doc.schedule.get(1).finish == datetime(2026, 11, 6, 17)
    doc.undo_stack.redo()
    assert doc.plan.calendars[1].work_weeks == (week,)


def test_s24ww_overlapping_and_backwards_weeks_are_refused(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Winter hours", QDate(2026, 11, 1), QDate(2027, 2, 28))
    _add(dialog, "Spring", QDate(2027, 2, 15), QDate(2027, 4, 30))
    assert "overlaps 'Winter hours'" in dialog.error.text()
    _add(dialog, "Spring", QDate(2027, 4, 30), QDate(2027, 3, 1))
    assert "comes before the start" in dialog.error.text()
    assert dialog.work_weeks.weeks.topLevelItemCount() == 1
    dialog.work_weeks.weeks.setCurrentItem(dialog.work_weeks.weeks.topLevelItem(0))
    dialog.work_weeks.delete_week()
    assert dialog.work_weeks.weeks.topLevelItemCount() == 0
    dialog.accept()
    assert doc.undo_stack.count() == 0  # added then deleted: nothing changed


def test_s24ww_details_refuses_unreadable_hours_and_stays_open(qtbot):
    week = WorkWeek("Winter hours", date(2026, 11, 1), date(2027, 2, 28))
    dialog = WorkWeekDetailsDialog(week, ("Project default times", ((),) * 7))
    qtbot.addWidget(dialog)
    dialog.choices[0].setCurrentIndex(2)
    dialog.hours[0].setText("8 to 3")
    dialog.accept()
    assert "Winter hours, Monday" in dialog.error.text()
    assert dialog.result() == 0


def test_s24ww_the_tab_looks_right(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Winter hours", QDate(2026, 11, 1), QDate(2027, 2, 28))
    tabs = dialog.work_weeks.parentWidget().parentWidget()
    tabs.setCurrentWidget(dialog.work_weeks)
    dialog.show()
    dialog.grab().save("/tmp/s24ww/s24ww_tab.png")


def test_s24ww_a_selected_week_shows_its_dates_and_changes_them(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Winter hours", QDate(2026, 11, 1), QDate(2027, 2, 28))
    _add(dialog, "Summer", QDate(2027, 6, 1), QDate(2027, 8, 31))
    panel = dialog.work_weeks
    panel.weeks.setCurrentItem(panel.weeks.topLevelItem(0))
    assert panel.name.text() == "Winter hours"
    assert panel.first.date() == QDate(2026, 11, 1)
    panel.last.setText("2027-06-15")  # into the summer
    panel.change_week()
    assert "overlaps 'Summer'" in dialog.error.text()
    panel.name.setText("Short winter")
    panel.last.setText("2027-01-31")
    panel.change_week()
    assert dialog.error.text() == ""
    dialog.accept()
    winter, summer = doc.plan.calendars[1].work_weeks
    assert (winter.name, winter.start, winter.end) == (
        "Short winter",
        date(2026, 11, 1),
        date(2027, 1, 31),
    )
    assert winter.week[0] == ((480, 720), (780, 1020))  # its days kept (the [Default] week's)
    assert summer.name == "Summer"
    assert doc.undo_stack.count() == 1
