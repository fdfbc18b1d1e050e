"""Team member > Availability: a period typed 'to 2026-01-09' includes 9 January.

Found by giving Ana, staffed on a Monday-to-Friday task, availability from Monday to
Friday at 100 %: the Team view then listed her as over-allocated on the Friday. The
typed day was read as its midnight, so her availability ended as Friday began. MS
Project's Available To is the whole day (its files say 23:59).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    widget = TeamView(Document(plan))
    qtbot.addWidget(widget)
    widget.show()
    widget.message = lambda parent, text: pytest.fail(text)
    return widget


def _type_availability(view, qtbot, monkeypatch, *cells):
    doc = view.document
    dialog = ResourceDialog(doc.plan, doc.plan.resource(1))
    qtbot.addWidget(dialog)
    dialog.availability.add_row(list(cells))
    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: dialog.resource()))
    view.select(1)
    view.edit_selected()


def test_the_last_day_typed_is_a_whole_day_of_availability(view, qtbot, monkeypatch):
    _type_availability(view, qtbot, monkeypatch, "2026-01-05", "2026-01-09", "100")

    ana = view.document.plan.resource(1)
    assert ana.availability == (
        Availability(datetime(2026, 1, 5), datetime(2026, 1, 9, 23, 59), 1.0),
    )
    assert view.overallocation_list.count() == 0
    assert view.document.costs.overallocated == set()


def test_the_last_day_shows_as_typed_when_the_dialog_opens_again(view, qtbot, monkeypatch):
    _type_availability(view, qtbot, monkeypatch, "2026-01-05", "2026-01-09", "50")

    again = ResourceDialog(view.document.plan, view.document.plan.resource(1))
    qtbot.addWidget(again)
    assert again.availability.rows() == [["2026-01-05", "2026-01-09", "50"]]
    assert again.resource() == view.document.plan.resource(1)  # OK without edits changes nothing


def test_a_time_typed_for_the_last_day_is_kept(view, qtbot, monkeypatch):
    _type_availability(view, qtbot, monkeypatch, "2026-01-05", "2026-01-09 12:00", "100")

    assert view.document.plan.resource(1).availability[0].finish == datetime(2026, 1, 9, 12, 0)
    assert view.overallocation_list.count() == 1  # Friday afternoon she is gone
