"""A task tracked by % complete alone (no actual dates stored: a CSV's or a workbook's, or a
plan from before typing % set them) showed no Actual Start on the sheet nor on paper, though it has started. As MS Project records them, its Actual Start is its
scheduled Start once it has progress, and its Actual Finish its scheduled Finish at 100 %:
the sheet, the printout, a summary's roll-up and the sort read them so.

The printout's earned value columns measure at the project's Current Date when no status
date is set, as MS Project and the sheet do (not today)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.sorting import TaskSort, parse_sort, sorted_tasks
from app.domain.task import Task
from app.report.columns import CellText
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.test_s26ev_sort_earned_value import FRI2, WED
from tests.test_s26ev_sort_earned_value import _plan as _ev_plan

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Phase over Design (50 %, no dates), Build (100 %, no dates) and Test (not started)."""
    plan = Plan(project=Project(name="Tracked", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=2 * DAY, percent_complete=50.0))
    plan.append_task(Task(3, "Build", 2, duration_minutes=DAY, percent_complete=100.0))
    plan.append_task(Task(4, "Test", 2, duration_minutes=DAY))
    return plan


def test_s26ev_the_printout_shows_a_started_tasks_actual_dates():
    plan = _plan()
    found = schedule(plan)
    cells = CellText(plan, found, {})
    design, build = found.get(2), found.get(3)
    assert cells.text(2, "actual_start") == f"{design.start:%Y-%m-%d}"
    assert cells.text(2, "actual_finish") == ""  # half done: not finished
    assert cells.text(3, "actual_start") == f"{build.start:%Y-%m-%d}"
    assert cells.text(3, "actual_finish") == f"{build.finish:%Y-%m-%d}"
    assert cells.text(4, "actual_start") == ""  # not started
    assert cells.text(1, "actual_start") == f"{min(design.start, build.start):%Y-%m-%d}"
    assert plan.task(2).actual_start is None  # shown, not stored


def test_s26ev_sorting_by_actual_start_lists_the_started_tasks_first():
    plan = _plan()
    found = schedule(plan)
    order = sorted_tasks(plan, found, TaskSort(parse_sort("actual-start"), keep_outline=False))
    assert [t.name for t in order] == ["Design", "Build", "Test"]  # not started: last
    order = sorted_tasks(plan, found, TaskSort(parse_sort("actual-finish"), keep_outline=False))
    assert next(t.name for t in order) == "Build"


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "tracked.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_s26ev_the_sheet_shows_a_started_tasks_actual_dates(window):
    model = window.model

    def cell(uid, column, role=Qt.ItemDataRole.DisplayRole):
        return model.index_of_uid(uid, column).data(role)

    design_start = cell(2, Column.START)
    assert cell(2, Column.ACTUAL_START) == design_start != ""
    assert cell(2, Column.ACTUAL_FINISH) == ""  # half done: not finished
    assert cell(3, Column.ACTUAL_FINISH) == cell(3, Column.FINISH)
    assert cell(4, Column.ACTUAL_START) == ""
    assert cell(1, Column.ACTUAL_START) == design_start  # the summary rolls it up
    assert window.document.plan.task(2).actual_start is None  # shown, not stored


def test_s26ev_printed_earned_value_measures_at_the_current_date():
    """No status date: the Current Date (Wednesday), where only Design is planned."""
    plan = _ev_plan(current=WED)
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(2, "bcws") == "€2,400.00"  # three of Design's five days
    assert cells.text(1, "bcws") == "€0.00"  # Build starts the week after
    later = _ev_plan(status=FRI2, current=WED)  # a status date set wins
    assert CellText(later, schedule(later), {}).text(1, "bcws") == "€12,000.00"
