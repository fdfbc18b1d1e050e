"""Recurring Task Information refuses occurrences that overlap (a 3-week task every week)."""

from __future__ import annotations

from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from tests.gui.conftest import build_plan


def test_three_weeks_every_week_is_refused_with_one_message(qtbot):
    dialog = RecurringTaskDialog(build_plan(), "Sprint", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(1)  # weekly
    dialog.duration.setText("3w")
    assert dialog.preview.text() == ""
    assert "3w" in dialog.error.text()
    assert "1w" in dialog.error.text()
    dialog.accept()
    assert dialog.isVisible()  # not taken
    assert dialog.result() == 0
    dialog.duration.setText("1w")
    assert dialog.error.text() == ""
    assert dialog.preview.text().startswith("10 occurrences")
    dialog.accept()
    assert not dialog.isVisible()
