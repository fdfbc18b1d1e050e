"""Sorting by the hyperlink (its text shown, its address) and the Hyperlink Contains filter,
in the domain and through ``gantry schedule --sort/--filter``."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.hyperlinks import Hyperlink
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, SortKey, TaskSort, parse_sort, sort_ranks
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Links", start=MON))
    plan.append_task(
        Task(
            1,
            "Design",
            duration_minutes=480,
            hyperlink=Hyperlink("zeta spec", "https://b.example/spec"),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=480))
    plan.append_task(
        Task(
            3,
            "Test",
            duration_minutes=480,
            hyperlink=Hyperlink("", "https://a.example/Tests", "Plan"),
        )
    )
    plan.append_task(
        Task(
            4,
            "Docs",
            duration_minutes=480,
            hyperlink=Hyperlink("Alpha wiki", "https://c.example/wiki"),
        )
    )
    return plan


def _order(plan: Plan, *keys: SortKey) -> list[int]:
    ranks = sort_ranks(plan, schedule(plan), TaskSort(keys, keep_outline=False))
    return sorted(ranks, key=ranks.__getitem__)


def test_sort_by_the_text_shown_without_case_and_no_link_last():
    plan = _plan()
    # "Alpha wiki", "https://a.example/Tests" (no text: its address), "zeta spec", no link
    assert _order(plan, SortKey(SortField.HYPERLINK)) == [4, 3, 1, 2]
    assert _order(plan, SortKey(SortField.HYPERLINK, descending=True)) == [1, 3, 4, 2]


def test_sort_by_the_address():
    assert _order(_plan(), SortKey(SortField.HYPERLINK_ADDRESS)) == [3, 1, 4, 2]


def test_sort_keys_by_name():
    assert parse_sort("hyperlink:desc,hyperlink-address") == (
        SortKey(SortField.HYPERLINK, True),
        SortKey(SortField.HYPERLINK_ADDRESS),
    )
    assert SortField.HYPERLINK.title == "Hyperlink"


def _matched(plan: Plan, text: str) -> set[int]:
    found = matching_uids(
        plan, schedule(plan), TaskFilter(FilterKind.HYPERLINK_CONTAINS, text=text), MON
    )
    return set(found)


def test_hyperlink_contains_looks_in_text_address_and_sub_address():
    plan = _plan()
    assert _matched(plan, "SPEC") == {1}  # text and address, any case
    assert _matched(plan, "a.example") == {3}
    assert _matched(plan, "plan") == {3}  # the sub-address
    assert _matched(plan, "wiki") == {4}
    assert _matched(plan, "nothing") == set()
    assert _matched(plan, "") == {1, 3, 4}  # no text: every task with a link


def test_the_filters_titles():
    plan = _plan()
    assert (
        TaskFilter(FilterKind.HYPERLINK_CONTAINS, text="wiki").title(plan)
        == "Hyperlink Contains 'wiki'"
    )
    assert TaskFilter(FilterKind.HYPERLINK_CONTAINS).title(plan) == "Tasks With Hyperlinks"


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "links.gantry"
    write_plan(_plan(), path)
    return path


def test_the_command_line_sorts_and_filters_by_hyperlink(plan_file, capsys):
    assert main(["schedule", str(plan_file), "--sort", "hyperlink", "--json"]) == 0
    names = [t["name"] for t in json.loads(capsys.readouterr().out)["tasks"]]
    assert names == ["Docs", "Test", "Design", "Build"]
    assert (
        main(["schedule", str(plan_file), "--filter", "hyperlink-contains=example", "--json"]) == 0
    )
    names = [t["name"] for t in json.loads(capsys.readouterr().out)["tasks"]]
    assert names == ["Design", "Test", "Docs"]


def test_the_filter_needs_its_text_on_the_command_line(plan_file, capsys):
    assert main(["schedule", str(plan_file), "--filter", "hyperlink-contains"]) == 2
    assert "hyperlink-contains needs a value: hyperlink-contains=TEXT" in capsys.readouterr().err
