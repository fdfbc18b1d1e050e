"""The Team tab opens on its first person after one pass over their assignments and chart.

On a 100,000-task plan the tab took about 2 s to open because selecting the
first person filled the assignment list and workload chart, and the refresh
right after filled them again. These tests pin one fill, and that the person
shown and the selection still agree afterwards.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.view import TeamView


def _plan() -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=960))
    plan.append_task(Task(2, "Pour", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 960))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 480))
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 480))
    return plan


def test_opening_fills_the_first_persons_details_once(qtbot, monkeypatch):
    fills: list[int | None] = []
    charts: list[int | None] = []
    fill, chart = TeamView._fill_person, TeamView._refresh_chart

    def counted_fill(self):
        fills.append(self.selected_uid())
        fill(self)

    def counted_chart(self):
        charts.append(self.selected_uid())
        chart(self)

    monkeypatch.setattr(TeamView, "_fill_person", counted_fill)
    monkeypatch.setattr(TeamView, "_refresh_chart", counted_chart)
    view = TeamView(Document(_plan()))
    qtbot.addWidget(view)
    assert fills == [1]
    assert charts == [1]
    assert view.selected_uid() == 1
    assert view.assignments.rowCount() == 2  # Ana's two tasks
    assert [view.assignments.item(r, 0).text() for r in range(2)] == ["Dig", "Pour"]


def test_clicking_another_person_still_shows_them(qtbot):
    view = TeamView(Document(_plan()))
    qtbot.addWidget(view)
    view.show()
    view.select(2)
    assert view.selected_uid() == 2
    assert view.assignments.rowCount() == 1
    assert view.assignments.item(0, 0).text() == "Pour"
