"""Move Project and the Team view's days off use the shared date fields.

Found by a GUI tester: in both dialogs Tab stepped through day, month and year
before leaving a date, and digits typed as Move Project opened (on its date,
the weekday name first) were lost.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.move_project_dialog import MoveProjectDialog, MoveRequest
from app.ui.team.vacation_dialog import VacationDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    return dialog


def test_move_project_takes_a_date_typed_as_it_opens(qtbot):
    dialog = _shown(qtbot, MoveProjectDialog(datetime(2026, 3, 2, 8), 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day)
    for ch in "2026-04-06":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    assert dialog.request() == MoveRequest(date(2026, 4, 6), True)


def test_tab_leaves_move_projects_date_for_the_deadlines_box(qtbot):
    dialog = _shown(qtbot, MoveProjectDialog(datetime(2026, 3, 2, 8), 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.move_deadlines


def test_days_off_tab_from_first_to_last_day_and_take_days_typed(qtbot):
    dialog = _shown(qtbot, VacationDialog("Ana"))
    dialog.start.setFocus()
    qtbot.waitUntil(dialog.start.hasFocus)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.end
    for ch in "2027-08-20":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(dialog.end, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.label
    assert dialog.end.date() == QDate(2027, 8, 20)


def test_days_off_hold_the_schedulers_years(qtbot):
    dialog = VacationDialog("Ana")
    qtbot.addWidget(dialog)
    for edit in (dialog.start, dialog.end):
        assert edit.minimumDate() == QDate(1800, 1, 1)
        assert edit.maximumDate() == QDate(2999, 12, 31)
