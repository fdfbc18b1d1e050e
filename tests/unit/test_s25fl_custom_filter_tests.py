"""The Custom Field filter compares a Number, Cost, Duration or Date by value, as MS Project's
custom filter does (equals, does not equal, greater, less, within), where it matched the
cell's text as a piece: ``Points:3`` kept the 13-point stories too. A Text still contains
(``=text`` equals), a Flag is Yes or No."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.custom_fields import CustomField
from app.domain.custom_filter_tests import (
    CustomCondition,
    CustomTest,
    offered_tests,
    read_condition,
)
from app.domain.errors import InputError
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

POINTS = [3, 13, 8, 5, 2, None, 30]  # task uid i+1 has POINTS[i]


def _plan() -> Plan:
    project = Project(
        name="Sprints",
        start=datetime(2027, 1, 4, 8),
        custom_fields=(CustomField("Number1", alias="Story Points"),),
    )
    plan = Plan(project=project)
    for i, points in enumerate(POINTS):
        custom: list[tuple[str, object]] = []
        if points is not None:
            custom.append(("Number1", float(points)))
        custom.append(("Text1", ["Checkout", "Checkout v2", "Search"][i % 3]))
        custom.append(("Date1", datetime(2027, 1, 4 + i, 8 + i)))
        custom.append(("Cost1", 100.0 * (i + 1)))
        custom.append(("Duration1", 480 * (i + 1)))
        if i % 2:
            custom.append(("Flag1", True))
        order = ("Text1", "Number1", "Flag1", "Date1", "Cost1", "Duration1")
        custom.sort(key=lambda pair: order.index(pair[0]))
        plan.append_task(Task(i + 1, f"Story {i + 1}", duration_minutes=480, custom=tuple(custom)))
    return plan


@pytest.fixture(scope="module")
def planned():
    plan = _plan()
    return plan, schedule(plan)


def _points(planned, text: str, field: str = "Number1") -> list[int]:
    plan, done = planned
    uids = matching_uids(plan, done, TaskFilter(FilterKind.CUSTOM_FIELD, text=text, field=field))
    return sorted(uids)


def _with(*points: int) -> list[int]:
    return sorted(i + 1 for i, p in enumerate(POINTS) if p in points)


def test_s25fl_a_number_equals_its_value_not_a_piece_of_it(planned):
    assert _points(planned, "3") == _with(3)  # 13 and 30 hold a 3 but are not 3
    assert _points(planned, "=3") == _with(3)
    assert _points(planned, "3.0") == _with(3)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        (">8", (13, 30)),
        (">=8", (8, 13, 30)),
        ("<5", (3, 2)),
        ("<=5", (3, 5, 2)),
        ("2..5", (3, 5, 2)),
        (" 2 .. 5 ", (3, 5, 2)),
    ],
)
def test_s25fl_a_number_compares_as_ms_project_s_tests(planned, text, points):
    assert _points(planned, text) == _with(*points)


def test_s25fl_does_not_equal_keeps_the_empty_cells(planned):
    # a task without points is not 3; it is neither above nor below anything
    assert _points(planned, "<>3") == [1 + i for i, p in enumerate(POINTS) if p != 3]
    assert 6 not in _points(planned, "<100")


def test_s25fl_a_date_without_a_time_stands_for_its_day(planned):
    # task i+1's Date1 is 2027-01-(4+i) at (8+i):00
    assert _points(planned, "2027-01-05", "Date1") == [2]
    assert _points(planned, "05.01.2027", "Date1") == [2]
    assert _points(planned, ">2027-01-08", "Date1") == [6, 7]
    assert _points(planned, "<=2027-01-05", "Date1") == [1, 2]
    assert _points(planned, "2027-01-05..2027-01-06", "Date1") == [2, 3]
    assert _points(planned, "2027-01-05 09:00", "Date1") == [2]
    assert _points(planned, "2027-01-05 10:00", "Date1") == []


def test_s25fl_cost_and_duration_compare_by_value(planned):
    assert _points(planned, "300", "Cost1") == [3]
    assert _points(planned, ">=600", "Cost1") == [6, 7]
    assert _points(planned, "2d", "Duration1") == [2]
    assert _points(planned, "16h", "Duration1") == [2]
    assert _points(planned, "2d..3d", "Duration1") == [2, 3]


def test_s25fl_a_text_contains_or_equals(planned):
    assert _points(planned, "checkout", "Text1") == [1, 2, 4, 5, 7]
    assert _points(planned, "=checkout", "Text1") == [1, 4, 7]
    assert _points(planned, "<>checkout", "Text1") == [2, 3, 5, 6]
    assert _points(planned, ">x", "Text1") == []  # a text's '>' is text


def test_s25fl_a_flag_is_yes_or_no(planned):
    assert _points(planned, "yes", "Flag1") == [2, 4, 6]
    assert _points(planned, "no", "Flag1") == [1, 3, 5, 7]
    assert _points(planned, "<>yes", "Flag1") == [1, 3, 5, 7]


def test_s25fl_a_value_that_does_not_read_is_refused_by_the_field_s_name(planned):
    with pytest.raises(InputError, match=r"^Story Points: 'many' is not a number"):
        _points(planned, ">many")
    with pytest.raises(InputError, match=r"^Story Points: give a value to compare with"):
        _points(planned, ">=")
    with pytest.raises(InputError, match=r"^Date1: "):
        _points(planned, "soon", "Date1")


def test_s25fl_the_title_names_the_test(planned):
    plan, _done = planned
    title = TaskFilter(FilterKind.CUSTOM_FIELD, text=">8", field="Number1").title(plan)
    assert title == "Story Points is greater than 8"
    within = TaskFilter(FilterKind.CUSTOM_FIELD, text="2..5", field="Number1").title(plan)
    assert within == "Story Points is within 2 and 5"
    text = TaskFilter(FilterKind.CUSTOM_FIELD, text="Check", field="Text1").title(plan)
    assert text == "Text1 contains 'Check'"


def test_s25fl_a_condition_reads_back_what_it_writes():
    for name in ("Number1", "Text1", "Date1", "Flag1"):
        for test in offered_tests(name):
            condition = CustomCondition(test, "7", "9" if test is CustomTest.WITHIN else "")
            assert read_condition(name, condition.text()) == condition
    assert offered_tests("Text1")[0] is CustomTest.CONTAINS
    assert offered_tests("Cost1")[0] is CustomTest.EQUALS
