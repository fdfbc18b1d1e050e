"""Dialogs that read their days after closing (Days off, Date Range filter, Resource
Leveling) read them before: OK pressed with a day that cannot be read (a click on macOS
does not take the focus out of the field) says why in one line and keeps the dialog open,
and the caller gets nothing. A long print's progress box: Enter does not cancel it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton

from app.domain.leveling_options import LevelingOptions
from app.ui.dialogs.leveling_dialog import LevelingDialog
from app.ui.filter_menu import DateRangeFilterDialog
from app.ui.printing.page_progress import PageProgress
from app.ui.team.vacation_dialog import VacationDialog

BAD = "31.31.2027"


def _press_ok_with_bad_text(monkeypatch, cls, field: str):
    """exec() as a user would: the day typed over, OK clicked while still in the field."""
    seen: list[QDialog] = []

    def exec_(self) -> int:
        seen.append(self)
        getattr(self, field).setText(BAD)
        self.accept()
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_s23a2_vacation_refuses_an_unreadable_day(monkeypatch, qtbot):
    seen = _press_ok_with_bad_text(monkeypatch, VacationDialog, "end")
    assert VacationDialog.ask(None, "Ana") is None  # no days off added
    dialog = seen[0]
    qtbot.addWidget(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert BAD in dialog.error.text()
    assert "\n" not in dialog.error.text()
    assert dialog.days is None


def test_s23a2_date_range_filter_refuses_an_unreadable_day(monkeypatch, qtbot):
    from datetime import date

    seen = _press_ok_with_bad_text(monkeypatch, DateRangeFilterDialog, "first")
    assert DateRangeFilterDialog.ask(None, date(2027, 1, 4), date(2027, 2, 1)) is None
    dialog = seen[0]
    qtbot.addWidget(dialog)
    assert BAD in dialog.error.text()
    assert dialog.days is None


def test_s23a2_date_range_filter_reads_good_days_in_order(monkeypatch, qtbot):
    from datetime import date

    def exec_(self) -> int:
        qtbot.addWidget(self)
        self.first.setText("2027-03-01")  # typed, not left: OK reads it
        self.accept()
        return self.result()

    monkeypatch.setattr(DateRangeFilterDialog, "exec", exec_)
    got = DateRangeFilterDialog.ask(None, date(2027, 1, 4), date(2027, 2, 1))
    assert got == (date(2027, 2, 1), date(2027, 3, 1))


def test_s23a2_leveling_refuses_an_unreadable_day(monkeypatch, qtbot):
    seen = _press_ok_with_bad_text(monkeypatch, LevelingDialog, "level_from")

    def ranged(self) -> int:
        self.ranged.setChecked(True)
        return exec_(self)

    exec_ = LevelingDialog.exec
    monkeypatch.setattr(LevelingDialog, "exec", ranged)
    assert LevelingDialog.ask(LevelingOptions()) is None  # nothing levelled, options kept
    dialog = seen[0]
    qtbot.addWidget(dialog)
    assert BAD in dialog.range_error.text()
    assert not dialog.range_error.isHidden()
    assert dialog.level_now is False


def test_s23a2_enter_does_not_cancel_a_print(qtbot):
    progress = PageProgress(None, "Printing…")
    buttons = progress._dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Cancel"]
    assert not buttons[0].isDefault()
    assert not buttons[0].autoDefault()
    assert progress(0, 3)
    progress.close()


def test_s23a2_page_setup_refuses_an_unreadable_print_day(qtbot):
    from datetime import datetime

    from app.report.options import PrintOptions
    from app.ui.printing.page_setup import PageSetupDialog

    start, finish = datetime(2027, 1, 4, 8), datetime(2027, 6, 30, 17)
    dialog = PageSetupDialog(PrintOptions(), start, finish)
    qtbot.addWidget(dialog)
    dialog.whole_project.setChecked(False)
    dialog.date_to.setText(BAD)  # OK clicked while still in the field
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # not printed to the old day
    assert BAD in dialog.problem.text()
    assert not dialog.problem.isHidden()
    dialog.date_to.setText("2027-03-31")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options().date_to == datetime(2027, 4, 1)  # the midnight after it
