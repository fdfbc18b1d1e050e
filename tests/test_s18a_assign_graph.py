"""Assign Resources' Graphs…: the highlighted person's work per day around the selected
tasks, their max units line and the days over it red, as MS Project's Resource Graph
opened from Assign Resources. The days are the domain's workload, not worked out again."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.workload import workload
from app.ui.app import Session
from app.ui.dialogs.assign_graph import MARGIN_DAYS
from app.ui.dialogs.assign_grid import NAME
from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog, assign_resources_action
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

START = datetime(2026, 3, 2, 8, 0)  # a Monday
ANN, BOB, CEMENT = 1, 2, 3
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lab", start=START))
    plan.append_task(Task(1, "Design", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Test", 1, duration_minutes=2 * DAY))
    plan.links.append(Link(2, 3))
    plan.add_resource(Resource(ANN, "Ann"))
    plan.add_resource(Resource(BOB, "Bob", max_units=0.5))
    plan.add_resource(Resource(CEMENT, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    # Ann full time on Design and Build, both from Monday: 16 h on Mon and Tue
    plan.add_assignment(Assignment(1, 1, ANN, units=1.0, work_minutes=2 * DAY))
    plan.add_assignment(Assignment(2, 2, ANN, units=1.0, work_minutes=3 * DAY))
    plan.add_assignment(Assignment(3, 3, BOB, units=0.5, work_minutes=DAY))
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(w)
    return w


def _open(window: MainWindow, task: int, person: int) -> AssignResourcesDialog:
    window.tree.select_uids([task])
    dialog = assign_resources_action(window)
    _highlight(dialog, person)
    return dialog


def _highlight(dialog: AssignResourcesDialog, person: int) -> None:
    name = dialog.document.plan.resource(person).name
    (item,) = dialog.table.findItems(name, Qt.MatchFlag.MatchExactly)
    dialog.table.setCurrentCell(item.row(), NAME)


def test_s18a_graph_shows_the_persons_workload_around_the_task_with_the_excess_red(window):
    dialog = _open(window, 2, ANN)
    graph = dialog.graphs()
    days = graph.shown
    assert days is not None
    margin = timedelta(days=MARGIN_DAYS)
    # Build runs Mon 2 to Wed 4 March: a week either side
    assert days.first_day == date(2026, 3, 2) - margin
    assert days.days[-1] == date(2026, 3, 4) + margin
    doc = window.document
    load = workload(doc.plan, doc.schedule, [ANN], days.first_day, days.days[-1])
    assert np.array_equal(days.work, load.work[0])  # the domain's days, as they are
    assert np.array_equal(days.capacity, load.capacity[0])
    assert days.over_days() == [date(2026, 3, 2), date(2026, 3, 3)]
    monday = days.days.index(date(2026, 3, 2))
    assert graph.chart.totals[monday] == 16.0  # hours of work
    red = [days.days[k] for k in np.flatnonzero(graph.chart.excess > 0.01)]
    assert red == [date(2026, 3, 2), date(2026, 3, 3)]
    assert graph.chart.excess[monday] == 8.0  # above her 100 %: 8 h a day
    assert graph.span.isVisible()
    assert "Ann" in graph.heading.text()
    assert "over-allocated on 2 days" in graph.heading.text()


def test_s18a_graph_follows_the_highlighted_person_and_the_selected_task(window):
    dialog = _open(window, 2, ANN)
    graph = dialog.graphs()
    _highlight(dialog, BOB)
    assert graph.heading.text().startswith("Bob:")
    assert "max units 50%" in graph.heading.text()
    assert graph.shown is not None
    assert graph.shown.over_days() == []
    assert not (graph.chart.excess > 0.01).any()
    window.tree.select_uids([3])  # Test: Thu 5 and Fri 6 March
    assert graph.shown.days[0] == date(2026, 3, 5) - timedelta(days=MARGIN_DAYS)
    assert graph.shown.work.sum() == DAY  # his 8 h on Test, 4 h a day


def test_s18a_graph_of_a_material_says_it_has_no_working_time(window):
    dialog = _open(window, 2, CEMENT)
    graph = dialog.graphs()
    assert graph.shown is None
    assert graph.heading.text() == "Cement is a material: it has no working time to graph."
    assert len(graph.chart.totals) == 0
