"""The risk register's Tasks cell reads task references the way a PM types them."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.models.risk_model import format_task_refs, parse_task_refs


def _plan() -> Plan:
    """Rows 1..6: 'Design' (1) holds 2 and 3, then 4, 5, 6; uids are ten times the row."""
    plan = Plan(project=Project())
    plan.append_task(Task(10, "Design", 1))
    plan.append_task(Task(20, "Sketch", 2, duration_minutes=480))
    plan.append_task(Task(30, "Review", 2, duration_minutes=480))
    for row in (4, 5, 6):
        plan.append_task(Task(row * 10, f"Task {row}", 1, duration_minutes=480))
    return plan


@pytest.mark.parametrize(
    ("text", "uids"),
    [
        ("3-4", (30, 40)),
        ("3 - 5", (30, 40, 50)),
        ("2, 4-6", (20, 40, 50, 60)),
        ("2;5", (20, 50)),
        ("2 5 6", (20, 50, 60)),
        ("1.2", (30,)),  # a WBS code, as the predecessor cell takes
        ("4-4, 4", (40,)),
        ("", ()),
    ],
)
def test_ranges_lists_spaces_and_wbs_codes_are_read(text, uids):
    assert parse_task_refs(_plan(), text) == uids


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3-9", "there is no task with ID 9"),
        ("5-3", "'5-3' runs backwards: write 3-5"),
        ("two", "'two' is not a task ID, WBS code or range (try 3, 5-7, 1.2)"),
        ("3-", "'3-' is not a task ID, WBS code or range (try 3, 5-7, 1.2)"),
        ("2.7", "there is no task with WBS 2.7"),
        ("0", "there is no task with ID 0"),
    ],
)
def test_a_bad_reference_is_refused_in_one_message(text, message):
    with pytest.raises(InputError) as caught:
        parse_task_refs(_plan(), text)
    assert str(caught.value) == message


def test_what_is_read_writes_back_as_row_ids():
    plan = _plan()
    assert format_task_refs(plan, parse_task_refs(plan, "5-6, 2")) == "5, 6, 2"
