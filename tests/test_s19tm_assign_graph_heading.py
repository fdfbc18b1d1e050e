"""Assign Resources' Graphs… heading names the days with overtime (hatched) beside the days
over-allocated (red), so what the hatching means is said in words too."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.dialogs.assign_graph import AssignGraph
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8)  # a Monday
ANA = 1


def _heading(qtbot, days: int, overtime: int, review: bool = False) -> str:
    """Ana builds for ``days`` days, 9 h a day, ``overtime`` minutes of it booked as overtime;
    ``review``: 4 h a day more on the same days, none of it overtime."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=days * 480))
    plan.add_resource(Resource(ANA, "Ana"))
    plan.add_assignment(Assignment(1, 1, ANA, 1.0, days * 540, overtime_work_minutes=overtime))
    if review:
        plan.append_task(Task(2, "Review", duration_minutes=days * 480))
        plan.add_assignment(Assignment(2, 2, ANA, 0.5, days * 240))
    graph = AssignGraph(Document(plan))
    qtbot.addWidget(graph)
    graph.show_person(ANA, [1])
    assert graph.shown is not None
    assert len(graph.shown.overtime_days()) == (days if overtime else 0)
    return graph.heading.text()


def test_s19tm_overtime_days_are_counted_in_the_heading(qtbot) -> None:
    text = _heading(qtbot, 3, 3 * 60)  # 1 h a day over the 8 h line, all of it overtime
    assert text.endswith("; 3 days with overtime (hatched)")
    assert "over-allocated" not in text


def test_s19tm_one_day_of_overtime_is_a_day(qtbot) -> None:
    assert _heading(qtbot, 1, 60).endswith("; 1 day with overtime (hatched)")


def test_s19tm_overtime_and_over_allocation_are_both_named(qtbot) -> None:
    text = _heading(qtbot, 2, 2 * 60, review=True)
    assert text.endswith("; over-allocated on 2 days (red); 2 days with overtime (hatched)")


def test_s19tm_no_overtime_no_overtime_words(qtbot) -> None:
    text = _heading(qtbot, 2, 0)
    assert text.endswith("; over-allocated on 2 days (red)")
    assert "overtime" not in text
