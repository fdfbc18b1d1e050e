"""Recurring Task Information offers Daily > every weekday (working days of the calendar)."""

from __future__ import annotations

from app.domain.calendar import RecurrenceKind
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from tests.gui.conftest import build_plan


def test_daily_every_weekday_ten_times_previews_ten_weekdays(qtbot):
    plan = build_plan()
    dialog = RecurringTaskDialog(plan, "Stand-up", None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(0)  # daily
    assert dialog.every_unit.isHidden()
    assert not dialog.day_unit.isHidden()
    dialog.count.setValue(10)
    dialog.day_unit.setCurrentIndex(1)  # working days
    rec = dialog.recurrence()
    assert rec.pattern.kind is RecurrenceKind.DAILY
    assert rec.working_days
    assert dialog.preview.text().startswith("10 occurrences, every weekday")
    dialog.day_unit.setCurrentIndex(0)  # plain days: still ten, none doubled
    assert not dialog.recurrence().working_days
    assert dialog.preview.text().startswith("10 occurrences, every day")
    dialog.kind.setCurrentIndex(1)  # weekly: the unit is a label again
    assert dialog.day_unit.isHidden()
    assert not dialog.recurrence().working_days


def test_the_dialog_shows_a_saved_every_weekday_pattern(qtbot):
    plan = build_plan()
    first = RecurringTaskDialog(plan, "Stand-up", None)
    qtbot.addWidget(first)
    first.kind.setCurrentIndex(0)
    first.day_unit.setCurrentIndex(1)
    again = RecurringTaskDialog(plan, "Stand-up", first.recurrence())
    qtbot.addWidget(again)
    assert again.day_unit.currentIndex() == 1
    assert again.recurrence() == first.recurrence()
