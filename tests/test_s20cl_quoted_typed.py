"""Texts a user typed (a sort key, a group, a filter, a rate, a People cell) and names of
tasks and people quoted by the rest of the domain's messages go through
app.domain.quoting.quoted too: a typed text cut after 60 characters, a name after 40, with
'…', instead of the whole text in the one-line message."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assigning import parse_assignments
from app.domain.cost_accrual import parse_accrual
from app.domain.errors import InputError, PlanError
from app.domain.filters import FilterKind
from app.domain.grouping import built_in, parse_group
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, QUOTE_LIMIT
from app.domain.resource import Renamed, Resource, renamed_notice
from app.domain.scheduler import schedule
from app.domain.sorting import parse_sort
from app.domain.splits import check_splittable
from app.domain.task import Task
from app.domain.typed_rates import typed_amount, typed_number

TYPED = "x" * 30 + "y" * 50  # 80 characters typed into a cell or an option
TYPED_CUT = "'" + TYPED[:QUOTE_LIMIT] + "…'"
NAME = "Migrate the customer accounts of the northern region to the new CRM"  # 68
NAME_CUT = "'" + NAME[:NAME_LIMIT] + "…'"


def _refusal(call: object, *args: object) -> str:
    with pytest.raises((InputError, PlanError)) as refused:
        call(*args)  # type: ignore[operator]
    text = str(refused.value)
    assert TYPED not in text
    assert NAME not in text
    return text


@pytest.mark.parametrize(
    ("call", "args", "start"),
    [
        (parse_sort, (TYPED, ()), f"unknown sort key {TYPED_CUT} (keys: "),
        (parse_sort, (f"start:{TYPED}", ()), f"unknown sort direction {TYPED_CUT} in "),
        (parse_group, (TYPED, ()), f"unknown group field {TYPED_CUT} (fields: "),
        (built_in, (TYPED,), f"unknown group {TYPED_CUT} (groups: "),
        (FilterKind.from_name, (TYPED,), f"unknown filter {TYPED_CUT} (filters: "),
        (typed_number, (TYPED, "Std. Rate"), f"Std. Rate: {TYPED_CUT} is not a number"),
        (typed_amount, (TYPED, "Cost/Use"), f"Cost/Use: {TYPED_CUT} is not an amount"),
        (parse_accrual, (TYPED,), f"Fixed Cost Accrual: {TYPED_CUT} is not one of "),
    ],
)
def test_s20cl_typed_texts_are_quoted_cut(
    call: object, args: tuple[object, ...], start: str
) -> None:
    assert _refusal(call, *args).startswith(start)


def test_s20cl_a_person_not_in_the_team_is_quoted_cut() -> None:
    plan = Plan()
    plan.add_resource(Resource(1, "Ana"))
    text = _refusal(parse_assignments, plan, NAME)
    assert text.startswith(f"no one called {NAME_CUT} in the team")
    assert parse_assignments(plan, "Ana") == [(1, 1.0)]


def test_s20cl_units_typed_after_a_person_are_quoted_cut() -> None:
    plan = Plan()
    plan.add_resource(Resource(1, "Ana"))
    text = _refusal(parse_assignments, plan, f"Ana[{TYPED}]")
    assert text.startswith("'Ana[" + TYPED[: QUOTE_LIMIT - 4] + "…': units must be")


def test_s20cl_people_renamed_on_reading_are_quoted_cut() -> None:
    line = renamed_notice([Renamed(NAME + ", Jr", NAME + " Jr")])
    assert f"{NAME_CUT} is {NAME_CUT}" in line
    assert NAME not in line


def test_s20cl_a_task_that_cannot_split_is_quoted_cut() -> None:
    text = _refusal(check_splittable, Task(1, NAME, duration_minutes=480), True)
    assert text == f"{NAME_CUT} is a summary task: split its subtasks instead"


def test_s20cl_a_missed_deadline_names_the_task_cut() -> None:
    plan = Plan()
    plan.append_task(Task(1, NAME, duration_minutes=5 * 480, deadline=datetime(2026, 1, 6, 17)))
    issues = schedule(plan).issues
    assert [i.message for i in issues] == [f"{NAME_CUT} finishes after its deadline"]
