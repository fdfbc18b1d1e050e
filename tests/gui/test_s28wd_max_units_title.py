"""Refusals of a typed Max units name the field as the roster's column and the Team member
dialog title it ("Max units"): the roster said "max units cannot be negative" and "Ana's max
units follow ...", a paste "Ana's max units follow periods of availability: change them in
Resource Information" (a dialog Gantry calls Details…), Details… for several people a third
way."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Availability, Resource
from app.ui.document import Document
from app.ui.team.many_people import ManyFields, many_command
from app.ui.team.people_sheet_paste import read_sheet_people
from app.ui.team.roster_model import HEADERS, RosterColumn
from app.ui.team.view import TeamView

PERIODS = (
    "Max units: Ana's follow their availability periods: change them in Details… > Availability"
)


def _plan():
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8, 0)))
    year = Availability(datetime(2026, 1, 1), None, 0.5)
    plan.add_resource(Resource(1, "Ana", availability=(year,)))
    plan.add_resource(Resource(2, "Ben"))
    return plan


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_s28wd_the_roster_names_max_units_as_its_column_title(view):
    model = view.model
    assert HEADERS[RosterColumn.MAX_UNITS] == "Max units"
    ben = model.index(1, RosterColumn.MAX_UNITS)
    assert not model.setData(ben, "-5", Qt.ItemDataRole.EditRole)
    assert view.error.text() == "Max units: '-5' is negative; type 0% or more"
    ana = model.index(0, RosterColumn.MAX_UNITS)
    assert not model.setData(ana, "50", Qt.ItemDataRole.EditRole)
    assert view.error.text() == PERIODS
    assert ana.data(Qt.ItemDataRole.ToolTipRole) == PERIODS


def test_s28wd_a_paste_and_details_for_several_say_it_as_the_roster():
    plan = _plan()
    with pytest.raises(InputError) as pasted:
        read_sheet_people("Name\tMax. Units\r\nAna\t50%\r\n", plan, [], (",", "."))
    assert str(pasted.value) == f"row 2, column Max. Units: {PERIODS.removeprefix('Max units: ')}"
    with pytest.raises(InputError) as negative:
        read_sheet_people("Name\tMax units\r\nBen\t-5\r\n", plan, [], (",", "."))
    assert str(negative.value) == "row 2, column Max units: '-5' is negative; type 0% or more"
    document = Document(plan)
    with pytest.raises(InputError) as many:
        many_command(document, [1, 2], ManyFields(texts={RosterColumn.MAX_UNITS: "50"}))
    assert str(many.value) == PERIODS
