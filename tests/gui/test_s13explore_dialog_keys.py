"""Dialogs by keyboard, as a PM moving from MS Project uses them.

Found by tabbing through Task Information: Tab in a date field walked its
day, month, year, hour and minute one by one (six Tabs to leave Start), and
the dialog opened with the keyboard on its tab bar instead of the task's name.
A deadline in year 3500 was taken without a word while a constraint date in
3500 was refused.
"""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import InputError
from app.ui.dialogs.dates import date_edit, day_edit
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


@pytest.fixture
def document(qtbot):
    return Document(build_plan())


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    return dialog


def _date_field():
    moment = datetime(2026, 3, 2, 8, 0)
    return date_edit(moment, moment)


def _day_field():
    return day_edit(datetime(2026, 3, 2).date())


@pytest.mark.parametrize("make", [_date_field, _day_field])
def test_tab_leaves_a_date_field_for_the_next_field(qtbot, make):
    first, second = make(), make()

    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(holder)
    with qtbot.waitExposed(holder):
        holder.show()
    holder.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: first.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert first.hasFocus()


def test_task_information_opens_on_the_name_and_tabs_field_to_field(qtbot, document):
    dialog = _shown(qtbot, TaskDialog(document, 2, None))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.name
    order = [dialog.name, dialog.duration, dialog.start, dialog.finish, dialog.percent]
    for here, there in itertools.pairwise(order):
        assert QApplication.focusWidget() is here or here.isAncestorOf(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is there or there.isAncestorOf(focused)


@pytest.mark.parametrize(("typed", "year"), [("1200", 1200), ("3500", 3500)])
def test_a_deadline_year_out_of_range_cannot_be_typed(qtbot, document, typed, year):
    dialog = _shown(qtbot, TaskDialog(document, 3, None))
    dialog.deadline.check.setChecked(True)
    edit = dialog.deadline.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, f"{typed}-04-01")  # (the field is typed as the sheet is: s23dd)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    with pytest.raises(InputError, match=str(year)):  # refused: date() holds no old date
        edit.date()
    dialog.accept()
    deadline = document.plan.task(3).deadline
    assert deadline is None or 1800 <= deadline.year <= 2999


def test_a_deadline_in_range_is_kept(qtbot, document):
    dialog = _shown(qtbot, TaskDialog(document, 3, None))
    dialog.deadline.check.setChecked(True)
    dialog.deadline.edit.setDateTime(QDateTime(QDate(2026, 4, 1), dialog.start.time()))
    dialog.accept()
    assert not dialog.isVisible()
    assert document.plan.task(3).deadline == datetime(2026, 4, 1, 8, 0)


def test_project_information_opens_on_the_name(qtbot, document):
    dialog = _shown(qtbot, ProjectDialog(document, None))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.name


def test_a_date_typed_into_task_information_is_that_date(qtbot, document):
    """Tabbed into, Start took no digits (its weekday name came first), and typed with
    separators a date went into the wrong parts."""
    dialog = _shown(qtbot, TaskDialog(document, 5, None))
    dialog.duration.setFocus()
    qtbot.waitUntil(dialog.duration.hasFocus)
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Tab)
    assert dialog.start.hasFocus()
    for ch in "2026-04-06 10:30":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    dialog.accept()
    assert not dialog.isVisible()
    task = document.plan.task(5)
    assert task.constraint_date == datetime(2026, 4, 6, 10, 30)


def test_a_day_typed_into_a_day_field_is_that_day(qtbot):
    before, field = QLineEdit(), _day_field()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(holder)
    with qtbot.waitExposed(holder):
        holder.show()
    holder.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.hasFocus()
    for ch in "2027-11-30":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    assert field.date() == QDate(2027, 11, 30)


def test_a_dialog_opening_on_a_date_takes_the_date_typed(qtbot, document):
    """Split Task opens on its date: digits typed went to the weekday name and were lost."""
    from app.ui.dialogs.split_dialog import SplitDialog

    dialog = _shown(qtbot, SplitDialog(document, 5))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.at)
    for ch in "2026-03-11 10:00":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    assert dialog.at.dateTime().toPython() == datetime(2026, 3, 11, 10, 0)


def test_enter_in_change_working_time_is_ok_not_create_calendar(qtbot, document):
    """Enter in an hours field is OK, although 'Create calendar' is the dialog's first button
    (checked while exploring: Enter presses that button only when it has the focus)."""
    from app.ui.dialogs.working_time_dialog import WorkingTimeDialog

    dialog = _shown(qtbot, WorkingTimeDialog(document, None))
    monday = dialog.hours[0]
    monday.setFocus()
    qtbot.waitUntil(monday.hasFocus)
    monday.setText("09:00-12:00, 13:00-17:00")
    qtbot.keyClick(monday, Qt.Key.Key_Return)
    assert dialog.error.text() == ""
    assert not dialog.isVisible()
    assert document.plan.calendar().week[0][0] == (9 * 60, 12 * 60)
