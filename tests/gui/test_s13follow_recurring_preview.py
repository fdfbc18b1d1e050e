"""Recurring Task Information says how many dates a counted pattern skips: '3 occurrences,
every week on Fri, 4 times' read as a contradiction."""

from __future__ import annotations

from datetime import date

from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from tests.unit.test_s13follow_recurring import _fridays


def test_the_preview_says_a_skipped_date(qtbot):
    plan = _fridays((date(2026, 3, 6),), 4)
    dialog = RecurringTaskDialog(plan, "Review", plan.recurrences[2])
    qtbot.addWidget(dialog)
    text = dialog.preview.text()
    assert text.startswith("3 occurrences (1 date on a non-working day skipped), every week on Fri")


def test_no_word_of_skipping_when_nothing_is_skipped(qtbot):
    plan = _fridays((), 4)
    dialog = RecurringTaskDialog(plan, "Review", plan.recurrences[2])
    qtbot.addWidget(dialog)
    assert dialog.preview.text().startswith("4 occurrences, every week on Fri")
