"""Project Information's status date reads a day as Project > Status Date does: at its end.

Found setting the status date in Project Information: ticking it offered the project's
start at 08:00, so a date picked there measured earned value before that day's work,
while Project > Status Date set the same day at 17:00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def test_ticking_the_status_date_offers_today_at_the_end_of_work(qtbot):
    plan = build_plan()
    dialog = ProjectDialog(Document(plan))
    qtbot.addWidget(dialog)
    dialog.status_date.check.setChecked(True)
    value = dialog.status_date.value()
    assert value == datetime.combine(date.today(), plan.project.default_finish_time)
    assert value.time() == time(17, 0)


def test_a_status_date_already_set_is_shown_as_it_is(qtbot):
    plan = build_plan()
    moment = datetime(2026, 3, 9, 12, 0)
    plan.project = replace(plan.project, status_date=moment)
    dialog = ProjectDialog(Document(plan))
    qtbot.addWidget(dialog)
    assert dialog.status_date.value() == moment
