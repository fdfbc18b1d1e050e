"""The Team view's Level resources says when it took out an earlier leveling's delays
though nothing had to move now (it said only 'Nothing had to move')."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana on 'Build' only; 'Audit' still carries a delay an earlier leveling left."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY, leveling_delay_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    return plan


def test_level_resources_says_the_earlier_delay_went(qtbot):
    view = TeamView(Document(_plan()))
    qtbot.addWidget(view)
    view.show()
    errors: list[str] = []
    view.message = lambda parent, text: errors.append(text)
    view.level_resources()
    text = view.summary.text()
    assert text.startswith("Earlier leveling delays of 1 task cleared. Nothing had to move")
    assert view.document.plan.task(2).leveling_delay_minutes == 0
    assert not errors
