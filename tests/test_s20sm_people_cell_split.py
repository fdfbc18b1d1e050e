"""The window's People cell cuts a cell into people by the sheet import's rule
(app.domain.people_parts): ``Ana (12,5%)`` is one person at 12.5 %, not "Ana (12" and
"5%)"; a percentage naming no one is refused in the same words (task s20sm)."""

from __future__ import annotations

import pytest

from app.domain.assigning import parse_assignments, unknown_names
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.task import Task
from app.io.sheet_values import CellError, read_people


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    return plan


@pytest.mark.parametrize(
    "text",
    [
        "Ana (12,5%)",
        "Ana 12,5%",
        "Ana[12,5%]",
        "Ana (12,5%), Ben",
        "Ana 12,5%; Ben[50%]",
        "Ana[50%],Ben (7,5%)",
    ],
)
def test_s20sm_the_window_reads_a_cell_as_the_sheet_does(text):
    plan = _plan()
    window = parse_assignments(plan, text)
    sheet = read_people(text)
    names = {r.uid: r.name for r in plan.resources}
    assert [(names[uid], units) for uid, units in window] == [
        (name, pytest.approx(units)) for name, units in sheet
    ]
    assert window[0] == (1, pytest.approx(0.125 if "12,5" in text else 0.5))
    assert unknown_names(plan, text) == []


def test_s20sm_a_percentage_naming_no_one_is_refused_in_the_sheets_words():
    with pytest.raises(InputError) as window:
        parse_assignments(_plan(), "Ana, 50%")
    with pytest.raises(CellError) as sheet:
        read_people("Ana, 50%")
    assert str(window.value) == str(sheet.value)
    assert "'50%' names no one" in str(window.value)
