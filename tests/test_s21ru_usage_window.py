"""Resource Usage as a resource manager reads it, on the real main window: detail rows
(Overallocation, Remaining Availability, Cost, Actual Work) chosen from the view's Details
menu, and Go to Next Overallocation stepping through the red cells."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, Qt

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.usage.detail_bands import BAND_TEXT_RED
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView

MON = datetime(2026, 1, 5, 8, 0)  # a Monday
DAY = 480


def crowded_plan() -> Plan:
    """Ana on Specs and Draft at once (week 1), Ben free, then Ben on Build and Test at once
    (week 3): two over-allocations, one per person."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(Task(1, "Specs", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Draft", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Build", duration_minutes=5 * DAY))
    plan.append_task(Task(4, "Test", duration_minutes=3 * DAY))
    plan.add_link(Link(1, 3, lag_minutes=5 * DAY))
    plan.add_link(Link(1, 4, lag_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=40.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY, actual_work_minutes=2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(4, 4, 2, 1.0, 3 * DAY))
    return plan


def open_usage(tmp_path, qtbot, plan: Plan | None = None):
    session = Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))
    path = tmp_path / "crowded.gantry"
    GantryFile.create(path, plan or crowded_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.resize(1300, 600)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("usage")
    view: UsageView = window.views["usage"]
    view.set_scale(Scale.WEEKS)
    view.wait_built()  # the rows are there before a test reads them, on a slow machine too
    qtbot.waitUntil(lambda: view.grid_model.rowCount() > 0)
    return window, view


def _row_of(view: UsageView, name: str) -> int:
    tree = view.tree_model.tree
    return next(k for k, n in enumerate(view.grid_model.shown) if tree.name(n) == name)


def test_s21ru_details_menu_shows_bands_in_both_panes(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    one_line = view.grid.rowHeight(0)
    assert view.tree.isColumnHidden(2)  # no Details column with Work alone
    view.detail_actions[Detail.OVERALLOCATION].trigger()
    view.detail_actions[Detail.COST].trigger()
    assert view.details == (Detail.WORK, Detail.OVERALLOCATION, Detail.COST)
    assert view.grid.rowHeight(0) == 3 * one_line == view.tree.rowHeight(0)
    assert view.tree_model.headerData(2, Qt.Orientation.Horizontal) == "Details"
    ana = _row_of(view, "Ana")
    texts = view.grid_model.detail_texts(ana, 0)
    # 56h in a 40h week: 16h over, in red; 56h at $50
    assert texts == [("56.0h", True), ("16.0h", True), ("$2,800.00", False)]
    ben = _row_of(view, "Ben")
    assert view.grid_model.detail_texts(ben, 0) == [("", False), ("", False), ("", False)]
    menu = view.context_menu(view.grid_model.shown[ana])
    titles = [a.text() for a in menu.actions()]
    assert "&Details" in titles
    assert "Go to Next &Overallocation" in titles
    view.detail_actions[Detail.COST].trigger()  # unchecked again
    assert view.details == (Detail.WORK, Detail.OVERALLOCATION)
    assert BAND_TEXT_RED.red() == 200
    qtbot.waitUntil(lambda: view.grid.isVisible())
    view.detail_actions[Detail.AVAILABILITY].trigger()
    view.detail_actions[Detail.COST].trigger()
    view.detail_actions[Detail.ACTUAL_WORK].trigger()
    view.detail_actions[Detail.PEAK_UNITS].trigger()
    window.grab().save("/tmp/s21ru_details.png")
    # Task Usage has no person rows: Overallocation and Rem. Availability are left out there
    view.set_mode(Mode.TASKS)
    assert view.grid_model.details == (Detail.WORK, Detail.COST, Detail.ACTUAL_WORK)
    assert view.grid.rowHeight(0) == 3 * one_line
    assert not view.detail_actions[Detail.OVERALLOCATION].isEnabled()
    left = (Detail.ACTUAL_COST, Detail.BASELINE_WORK, Detail.BASELINE_COST)  # none triggered
    left += (Detail.CUMULATIVE_WORK, Detail.REMAINING_CUMULATIVE_WORK, Detail.CUMULATIVE_COST)
    chosen = tuple(d for d in Detail if d not in left)  # all those triggered
    assert view.details == chosen  # still chosen: back in Resource Usage they show
    view.set_mode(Mode.RESOURCES)
    assert view.grid_model.details == chosen


def test_s21ru_go_to_next_overallocation_steps_through_the_red_cells(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    view.set_mode(Mode.TASKS)  # Task Usage: the command shows Resource Usage
    view.next_over_action.trigger()
    assert view.mode is Mode.RESOURCES
    current = view.grid.currentIndex()
    assert (current.row(), current.column()) == (_row_of(view, "Ana"), 0)
    assert view.tree.currentIndex().row() == current.row()  # the person selected
    assert window.statusBar().currentMessage().startswith("Ana is over-allocated")
    assert view.go_to_next_overallocation()
    current = view.grid.currentIndex()
    assert (current.row(), current.column()) == (_row_of(view, "Ben"), 2)
    assert not view.go_to_next_overallocation()
    assert view.grid.currentIndex() == current  # nothing moves
    assert window.statusBar().currentMessage() == (
        "There are no more over-allocations after the selected person and period"
    )


def test_s21ru_next_overallocation_scrolls_the_grid_to_a_far_period(tmp_path, qtbot):
    _window, view = open_usage(tmp_path, qtbot)
    view.set_scale(Scale.DAYS)
    view.grid.resize(300, view.grid.height())  # a narrow grid: the days ahead are off screen
    view.grid.setCurrentIndex(view.grid_model.index(_row_of(view, "Ana"), 6))
    assert view.go_to_next_overallocation()
    current = view.grid.currentIndex()
    assert current.row() == _row_of(view, "Ben")
    assert view.grid.viewport().rect().intersects(view.grid.visualRect(current))
    assert view.grid.horizontalScrollBar().value() > 0
