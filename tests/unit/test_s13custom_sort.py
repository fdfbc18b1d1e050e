"""Sorting tasks by a custom field, in the domain and from the command line."""

from __future__ import annotations

import pytest

from app.domain.custom_fields import CustomField
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.sorting import SortKey, TaskSort, parse_sort, sort_ranks
from app.domain.task import Task
from app.formats import write_plan
from tests.cli.test_cli import gantry


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "A", custom=(("Text1", "carol"), ("Number1", 3.0))))
    plan.append_task(Task(2, "B", custom=(("Text1", "Alice"), ("Flag1", True))))
    plan.append_task(Task(3, "C", custom=(("Number1", 1.0),)))
    plan.append_task(Task(4, "D", custom=(("Text1", "bob"), ("Number1", 2.0))))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    return plan


def _order(plan: Plan, *keys: SortKey) -> list[str]:
    ranks = sort_ranks(plan, schedule(plan), TaskSort(keys))
    return [t.name for t in sorted(plan.tasks, key=lambda t: ranks[t.uid])]


def test_text_sorts_without_case_and_empty_last():
    assert _order(_plan(), SortKey("Text1")) == ["B", "D", "A", "C"]
    assert _order(_plan(), SortKey("Text1", descending=True)) == ["A", "D", "B", "C"]


def test_numbers_and_flags():
    assert _order(_plan(), SortKey("Number1")) == ["C", "D", "A", "B"]
    assert _order(_plan(), SortKey("Flag1", descending=True)) == ["B", "A", "C", "D"]


def test_parse_sort_takes_custom_field_names():
    assert parse_sort("text1:desc, start") == (
        SortKey("Text1", True),
        SortKey(parse_sort("start")[0].field),
    )
    assert SortKey("Text1", True).text() == "text1:desc"
    with pytest.raises(InputError, match="or a custom field"):
        parse_sort("text99")


def test_cli_sorts_by_a_custom_field(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    result = gantry("schedule", path, "--sort", "text1", "--json")
    assert result.returncode == 0, result.stderr
    import json

    names = [t["name"] for t in json.loads(result.stdout)["tasks"]]
    assert names == ["B", "D", "A", "C"]


def test_filter_by_custom_field():
    from app.domain.filters import FilterKind, TaskFilter, matching_uids

    plan = _plan()
    result = schedule(plan)

    def match(field: str, text: str) -> set[int]:
        return set(
            matching_uids(plan, result, TaskFilter(FilterKind.CUSTOM_FIELD, text=text, field=field))
        )

    assert match("Text1", "AL") == {2}
    assert match("Text1", "o") == {1, 4}  # carol, bob
    assert match("Flag1", "yes") == {2}
    assert match("Flag1", "No") == {1, 3, 4}
    assert match("Number1", "2") == {4}
    title = TaskFilter(FilterKind.CUSTOM_FIELD, text="al", field="Text1").title(plan)
    assert title == "Owner contains 'al'"
    with pytest.raises(InputError, match="needs a field"):
        TaskFilter(FilterKind.CUSTOM_FIELD, text="x", field="Owner")


def test_cli_filters_by_a_custom_field_alias(tmp_path):
    import json

    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    result = gantry("schedule", path, "--filter", "custom-field=owner:BO", "--json")
    assert result.returncode == 0, result.stderr
    assert [t["name"] for t in json.loads(result.stdout)["tasks"]] == ["D"]
    bad = gantry("schedule", path, "--filter", "custom-field=Colour:red")
    assert bad.returncode == 1
    assert "no custom field 'Colour'" in bad.stderr
