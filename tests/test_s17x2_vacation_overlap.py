"""Days off given twice over the same days (Vacation 3-4 March, then 4-5 March) became two
overlapping exceptions in the person's calendar, which MS Project refuses ("Exceptions cannot
overlap") and so may a plan sent to it. The Team view now says which days off they overlap,
in one line, and adds nothing; days off beside them are still taken.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.vacations import vacations
from app.ui.document import Document
from app.ui.team.vacation_dialog import VacationDialog
from app.ui.team.view import TeamView


@pytest.fixture
def team(qtbot):
    plan = Plan(project=Project(name="Team", start=datetime(2027, 3, 1, 8, 0)))
    plan.add_resource(Resource(1, "Ana"))
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    view.select(1)
    return view


def _ask(monkeypatch, team, first, last):
    said: list[str] = []
    monkeypatch.setattr(team, "message", lambda _parent, text: said.append(text))
    monkeypatch.setattr(
        VacationDialog, "ask", classmethod(lambda cls, parent, who: (first, last, "Vacation"))
    )
    team.add_vacation()
    return said


def _days_off(team):
    plan = team.document.plan
    return [(e.start, e.end) for e in vacations(plan, 1)]


def test_s17x2_days_off_over_days_off_are_refused(team, monkeypatch):
    assert _ask(monkeypatch, team, date(2027, 3, 3), date(2027, 3, 4)) == []
    steps = team.document.undo_stack.count()
    said = _ask(monkeypatch, team, date(2027, 3, 4), date(2027, 3, 5))
    assert said == [
        "Ana's days off 2027-03-04 to 2027-03-05 overlap Vacation (2027-03-03 to 2027-03-04): "
        "a day takes one exception, as in MS Project"
    ]
    assert _days_off(team) == [(date(2027, 3, 3), date(2027, 3, 4))]
    assert team.document.undo_stack.count() == steps


def test_s17x2_days_off_beside_days_off_are_taken(team, monkeypatch):
    _ask(monkeypatch, team, date(2027, 3, 3), date(2027, 3, 4))
    assert _ask(monkeypatch, team, date(2027, 3, 5), date(2027, 3, 5)) == []
    assert _days_off(team) == [
        (date(2027, 3, 3), date(2027, 3, 4)),
        (date(2027, 3, 5), date(2027, 3, 5)),
    ]
