"""The dialogs' date editors and Multiple Task Information's duration too long read the years
Gantry schedules from app.domain.day_table (FIRST_YEAR/LAST_YEAR) instead of their own 1800
and 2999: the limits and the text stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import day_table
from app.domain.errors import InputError
from app.ui.dialogs import dates, multi_task_dialog
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def test_s19t3_the_date_editors_hold_the_day_tables_years():
    assert dates.FIRST_DAY == date(day_table.FIRST_YEAR, 1, 1) == date(1800, 1, 1)
    assert dates.LAST_DAY == date(day_table.LAST_YEAR, 12, 31) == date(2999, 12, 31)


def test_s19t3_several_tasks_duration_too_long_names_the_years(qtbot, monkeypatch):
    # parse_duration refuses a duration past the years first; the dialog's own guard (a
    # length the file could not store) is reached here by a lower limit
    monkeypatch.setattr(multi_task_dialog, "LONGEST_MINUTES", 480)
    dialog = MultiTaskDialog(Document(build_plan()), [5, 6])
    qtbot.addWidget(dialog)
    dialog.duration.setText("2d")
    with pytest.raises(InputError) as caught:
        dialog.edit()
    assert str(caught.value) == (
        "the duration '2d' is too long to schedule (Gantry schedules from 1800 to 2999)"
    )
