"""On the demo plan under way, View > Filter > Late Tasks and the status report agree.

The demo, updated as scheduled through 15 February with a status date on
10 March, showed "Late Tasks (21 of 61 tasks)" in the status bar while File >
Status Report listed 16 late tasks: five summaries matched by their rolled-up
status. They now show greyed above the late work, and the counts agree.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.assets import resource_path
from app.domain.filters import FilterKind, TaskFilter
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.filter_menu import controller_of
from app.ui.printing.status_report import gather
from app.ui.project_menu import (
    UpdateRequest,
    progress_updates,
    status_date_command,
    update_command,
)
from app.ui.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_late_tasks_in_the_sheet_are_the_reports(window):
    doc = window.document
    request = UpdateRequest(date(2027, 2, 15))
    execute(doc, update_command(doc, request, progress_updates(doc, request, [])))
    execute(doc, status_date_command(doc, date(2027, 3, 10)))
    controller_of(window).apply(TaskFilter(FilterKind.LATE))
    report = gather(doc)
    model = window.model
    matched = model.row_filter().matched
    assert report.late_count == 16
    assert matched == {line.uid for line in report.late_tasks}  # all 16 are listed
    total = len(doc.plan.tasks)
    assert window.status_filter.text() == f"Filter: Late Tasks (16 of {total} tasks)"
    plan = doc.plan
    summaries = [u for u in model.shown_uids() if plan.is_summary(u)]
    assert summaries  # the phases above the late work show, greyed
    for uid in summaries:
        brush = model.index_of_uid(uid).data(Qt.ItemDataRole.ForegroundRole)
        assert brush is not None
        assert brush.color().red() == brush.color().green()  # grey
