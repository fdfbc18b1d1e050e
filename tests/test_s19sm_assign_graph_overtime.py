"""Assign Resources' Graphs… tells overtime apart, as MS Project's Resource Graph does.

Work an assignment books as overtime (its Overtime Work) lies beyond the regular day: the
part of a day's work above the max units line that overtime accounts for is hatched, with
an "overtime" legend line, and only the rest is red and counted as days over-allocated,
as the Team view's chart (tests/gui/test_s14t_overtime_chart.py) and the over-allocation
list say. The graph drew all of it red.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.dialogs.assign_graph import AssignGraph
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8)  # a Monday
ANA = 1


def _plan(overtime: int, review: bool = False) -> Plan:
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=5 * 480))
    plan.add_resource(Resource(ANA, "Ana"))
    # 45 h in a 40 h week, 9 h a day: ``overtime`` of it booked as Overtime Work
    plan.add_assignment(Assignment(1, 1, ANA, 1.0, 45 * 60, overtime_work_minutes=overtime))
    if review:  # 4 h a day more, none of it overtime
        plan.append_task(Task(2, "Review", duration_minutes=5 * 480))
        plan.add_assignment(Assignment(2, 2, ANA, 0.5, 20 * 60))
    return plan


def _graph(qtbot, plan: Plan) -> AssignGraph:
    graph = AssignGraph(Document(plan))
    qtbot.addWidget(graph)
    graph.show()
    graph.show_person(ANA, [1])
    return graph


def _legend(graph: AssignGraph) -> list[str]:
    return [label.text for _, label in graph.chart.legend.items]


def test_s19sm_overtime_is_hatched_not_red(qtbot) -> None:
    graph = _graph(qtbot, _plan(5 * 60))
    days = graph.shown
    assert days is not None
    week = [days.days.index(date(2026, 1, 5 + k)) for k in range(5)]
    assert days.overtime[week] == pytest.approx([60.0] * 5)  # 1 h a day of the 5 h
    assert graph.chart.overtime[week] == pytest.approx([1.0] * 5)  # hatched, in hours
    assert float(graph.chart.excess.max()) < 0.01  # nothing red
    assert days.over_days() == []
    assert "over-allocated" not in graph.heading.text()
    assert _legend(graph) == ["work", "capacity", "overtime"]
    brush = QBrush(graph.chart._overtime.opts["brush"])
    assert brush.style() == Qt.BrushStyle.BDiagPattern  # hatched as the Team view's


def test_s19sm_without_overtime_the_excess_stays_red(qtbot) -> None:
    graph = _graph(qtbot, _plan(0))
    days = graph.shown
    assert days is not None
    assert not days.overtime.any()
    assert len(days.over_days()) == 5
    assert "over-allocated on 5 days" in graph.heading.text()
    assert _legend(graph) == ["work", "capacity", "over capacity"]


def test_s19sm_overtime_does_not_hide_a_real_over_allocation(qtbot) -> None:
    graph = _graph(qtbot, _plan(5 * 60, review=True))
    days = graph.shown
    assert days is not None
    monday = days.days.index(date(2026, 1, 5))
    assert graph.chart.totals[monday] == pytest.approx(13.0)  # 9 h + 4 h
    assert graph.chart.overtime[monday] == pytest.approx(1.0)  # Build's hour of overtime
    assert graph.chart.excess[monday] == pytest.approx(4.0)  # the rest, red
    assert np.all(graph.chart.excess >= 0)
    assert len(days.over_days()) == 5
    assert _legend(graph) == ["work", "capacity", "overtime", "over capacity"]
