"""The Team tab opens on its first person, so Add days off, Details and the workload chart
act on someone at once instead of doing nothing until a row is clicked."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.ui.document import Document
from app.ui.team.vacation_dialog import VacationDialog
from app.ui.team.view import TeamView


def _view(qtbot, people):
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8)))
    for uid, name in enumerate(people, start=1):
        plan.add_resource(Resource(uid, name))
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    view.show()
    # The lambda holds the list, not the view: a view -> lambda -> view cycle left the
    # widget to the garbage collector, which could delete it in the middle of a later paint.
    errors: list[str] = []
    view.errors = errors
    view.message = lambda parent, text: errors.append(text)
    return view


def test_the_first_person_is_selected_when_the_tab_opens(qtbot, monkeypatch):
    view = _view(qtbot, ["Ana", "Ben"])
    assert view.selected_uid() == 1
    monkeypatch.setattr(
        VacationDialog,
        "ask",
        classmethod(lambda cls, p, who: (date(2026, 3, 4), date(2026, 3, 5), "Off")),
    )
    view.add_vacation()
    assert view.vacation_list.count() == 1


@pytest.mark.parametrize("action", ["add_vacation", "edit_selected", "remove_selected"])
def test_without_anybody_the_person_actions_say_so(qtbot, action):
    view = _view(qtbot, [])
    getattr(view, action)()
    assert view.errors == ["Add a person to the team first."]
