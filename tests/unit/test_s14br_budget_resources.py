"""MS Project budget resources (<IsBudget>1</IsBudget>) against MS Project's own figures.

mspdiassignmentfields.xml (saved by MS Project 2010) has a budget work and a budget cost
resource, each assigned to the project summary task (UID 0) with a Budget Work/Budget
Cost target. MS Project counts neither in any cost, work or over-allocation: the
project summary's <Cost>/<Work> are Task One's. Gantry keeps them as budget resources with
no assignment (tests/test_s29bg_budget_resources.py), so they count in nothing either.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, parse

import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan
from app.io.mspdi_values import Q, parse_duration


@pytest.fixture
def source(shared_data: Path) -> Path:
    """MS Project's own file with two budget resources."""
    return shared_data / "mspdi" / "mspdiassignmentfields.xml"


def _root(path: Path) -> Element:
    return parse(path).getroot()


def _summary(root: Element) -> Element:
    """The project summary task (UID 0) as MS Project saved it."""
    return next(t for t in root.iter(Q + "Task") if t.findtext(Q + "UID") == "0")


def _budget_uids(root: Element) -> set[int]:
    return {
        int(r.findtext(Q + "UID") or "")
        for r in root.iter(Q + "Resource")
        if r.findtext(Q + "IsBudget") == "1"
    }


def test_the_file_has_budget_resources_assigned_to_the_project_summary(source):
    root = _root(source)
    budget = _budget_uids(root)
    assert len(budget) == 2
    on = {
        int(a.findtext(Q + "TaskUID") or "")
        for a in root.iter(Q + "Assignment")
        if int(a.findtext(Q + "ResourceUID") or "") in budget
    }
    assert on == {0}


def test_budget_resources_are_kept_as_budget_and_own_no_assignment(source):
    root = _root(source)
    budget = _budget_uids(root)
    plan = read_plan(source)
    assert budget == {r.uid for r in plan.resources if r.is_budget}
    assert budget.isdisjoint(a.resource_uid for a in plan.assignments)
    named = {
        int(r.findtext(Q + "UID") or "")
        for r in root.iter(Q + "Resource")
        if r.findtext(Q + "Name")
    }
    assert {r.uid for r in plan.resources} == named  # every resource is kept


def _totals(plan: Plan) -> tuple[float, int, set[int]]:
    costs = compute_costs(plan, schedule(plan))
    return costs.total_cost, costs.total_work_minutes, costs.overallocated


def test_cost_and_work_equal_ms_project_s_project_summary(source):
    summary = _summary(_root(source))
    cost, work, over = _totals(read_plan(source))
    assert cost == pytest.approx(float(summary.findtext(Q + "Cost") or "") / 100)
    assert work == parse_duration(summary.findtext(Q + "Work") or "")
    flagged = {
        int(r.findtext(Q + "UID") or "")
        for r in _root(source).iter(Q + "Resource")
        if r.findtext(Q + "OverAllocated") == "1"
    }
    assert over == flagged


def test_people_count_is_ms_project_s_work_resources_less_the_budget_one(source):
    root = _root(source)
    people = [
        r
        for r in root.iter(Q + "Resource")
        if r.findtext(Q + "Name")
        and r.findtext(Q + "Type") == "1"
        and r.findtext(Q + "IsCostResource") != "1"
        and r.findtext(Q + "IsBudget") != "1"
    ]
    plan = read_plan(source)
    people_read = [r for r in plan.resources if r.type is ResourceType.WORK and not r.is_budget]
    assert len(people_read) == len(people) == 2


def test_the_read_no_longer_says_the_budget_resources_are_left_out(source):
    heard: list[str] = []
    read_plan(source, note=heard.append)
    assert not any("budget resource" in line for line in heard)


def test_a_file_without_budget_resources_gives_no_such_note(shared_data):
    heard: list[str] = []
    read_plan(shared_data / "mspdi" / "mspdiresource.xml", note=heard.append)
    assert not any("budget" in line for line in heard)


def test_a_budget_resource_on_a_real_task_adds_nothing(source, tmp_path):
    """MS Project allows budget resources on the project summary only; a file that
    puts one on a task (edited by hand) still counts none of its work or cost."""
    text = source.read_text(encoding="utf-8")
    row = text.index("<ResourceUID>2</ResourceUID>")
    start = text.rindex("<TaskUID>0</TaskUID>", 0, row)
    work = text.index("<Work>PT0H0M0S</Work>", row)
    text = (
        text[:start]
        + "<TaskUID>1</TaskUID>"
        + text[start + len("<TaskUID>0</TaskUID>") : work]
        + "<Work>PT97H0M0S</Work>"
        + text[work + len("<Work>PT0H0M0S</Work>") :]
    )
    edited = tmp_path / "budget_on_task.xml"
    edited.write_text(text, encoding="utf-8")
    hand = read_plan(edited)
    assert any(a.task_uid == 1 for a in hand.assignments)
    assert all(a.resource_uid != 2 for a in hand.assignments)
    cost, work, over = _totals(hand)
    summary = _summary(_root(source))
    assert cost == pytest.approx(float(summary.findtext(Q + "Cost") or "") / 100)
    assert work == parse_duration(summary.findtext(Q + "Work") or "")
    assert over == set()


def test_ms_project_xml_round_trip_keeps_ms_project_s_totals(source, tmp_path):
    plan = read_plan(source)
    out = tmp_path / "again.xml"
    write_plan(plan, out)
    again = read_plan(out)
    assert [r.uid for r in again.resources] == [r.uid for r in plan.resources]
    cost, work, _ = _totals(again)
    summary = _summary(_root(source))
    assert cost == pytest.approx(float(summary.findtext(Q + "Cost") or "") / 100)
    assert work == parse_duration(summary.findtext(Q + "Work") or "")
