"""The dialogs' date editors read the years Gantry schedules from app.domain.day_table
(FIRST_YEAR/LAST_YEAR) instead of their own 1800 and 2999; Multiple Task Information refuses a
duration too long with parse_duration's message, which names the last year."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import day_table
from app.domain.errors import InputError
from app.ui.dialogs import dates
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def test_s19t3_the_date_editors_hold_the_day_tables_years():
    assert dates.FIRST_DAY == date(day_table.FIRST_YEAR, 1, 1) == date(1800, 1, 1)
    assert dates.LAST_DAY == date(day_table.LAST_YEAR, 12, 31) == date(2999, 12, 31)


def test_s19t3_several_tasks_duration_too_long_names_the_years(qtbot):
    # parse_duration refuses a length past the years Gantry schedules, with the single
    # dialog's message (the several-tasks dialog's own guard after it could never be reached)
    dialog = MultiTaskDialog(Document(build_plan()), [5, 6])
    qtbot.addWidget(dialog)
    dialog.duration.setText("9999999d")
    with pytest.raises(InputError) as caught:
        dialog.edit()
    assert str(caught.value) == (
        "'9999999d' is too long: a duration can be at most 1,314,873d (dates run to 2999)"
    )
    dialog.duration.setText("1314873d")  # the longest it takes
    assert dialog.edit().duration.minutes == 1_314_873 * 480
