"""View > Sort (app.domain.sorting) on a small hand-built plan and on MS Project files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.link import Link
from app.domain.outline import check_levels
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.sorting import (
    SortField,
    SortKey,
    TaskSort,
    arrange,
    parse_sort,
    sort_ranks,
    sorted_tasks,
)
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Two phases; the second phase's tasks are entered out of date order.

    1 Phase A               4 Phase B
      2 Design 5d  p500       5 Test 3d (after Build)   p900
      3 Build 2d   p100       6 Docs 1d                  p900
                              7 Review 4d (after Test)   p300
    """
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase A", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "build", 2, duration_minutes=2 * DAY, priority=100))
    plan.append_task(Task(4, "Phase B", 1))
    plan.append_task(Task(5, "Test", 2, duration_minutes=3 * DAY, priority=900, fixed_cost=50))
    plan.append_task(Task(6, "Docs", 2, duration_minutes=DAY, priority=900, fixed_cost=300))
    plan.append_task(Task(7, "Review", 2, duration_minutes=4 * DAY, priority=300))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 5))
    plan.add_link(Link(5, 7))
    return plan


def _uids(tasks: list[Task]) -> list[int]:
    return [t.uid for t in tasks]


def _sorted(plan: Plan, *keys: SortKey, keep_outline: bool = True) -> list[int]:
    result = schedule(plan)
    costs = compute_costs(plan, result).task_cost
    return _uids(sorted_tasks(plan, result, TaskSort(keys, keep_outline), costs))


def test_sort_by_id_is_the_plan_order():
    plan = _plan()
    assert _sorted(plan) == [1, 2, 3, 4, 5, 6, 7]
    assert _sorted(plan, SortKey(SortField.ID)) == [1, 2, 3, 4, 5, 6, 7]
    assert TaskSort().is_id
    assert not TaskSort(keep_outline=False).is_id


def test_start_keeps_the_outline_and_sorts_subtasks_within_their_summary():
    plan = _plan()
    # Phase B: Docs starts on day 1, Test after Build (day 8), Review after Test.
    assert _sorted(plan, SortKey(SortField.START)) == [1, 2, 3, 4, 6, 5, 7]
    # Finish descending: Phase B (later finish) moves above Phase A with its whole subtree.
    order = _sorted(plan, SortKey(SortField.FINISH, descending=True))
    assert order == [4, 7, 5, 6, 1, 3, 2]
    tasks = {t.uid: t for t in plan.tasks}
    check_levels([tasks[u] for u in order])  # still a valid outline


def test_without_outline_summaries_are_left_out_and_leaves_sorted_flat():
    plan = _plan()
    order = _sorted(plan, SortKey(SortField.DURATION), keep_outline=False)
    assert order == [6, 3, 5, 7, 2]  # 1d, 2d, 3d, 4d, 5d; no Phase A or B


def test_ties_fall_back_to_the_id_whatever_the_direction():
    plan = _plan()
    # Test and Docs share priority 900: Test (ID 5) before Docs (ID 6) both ways.
    asc = _sorted(plan, SortKey(SortField.PRIORITY), keep_outline=False)
    desc = _sorted(plan, SortKey(SortField.PRIORITY, descending=True), keep_outline=False)
    assert asc == [3, 7, 2, 5, 6]
    assert desc == [5, 6, 2, 7, 3]


def test_second_key_orders_the_ties_of_the_first():
    plan = _plan()
    keys = (SortKey(SortField.PRIORITY, descending=True), SortKey(SortField.COST, True))
    assert _sorted(plan, *keys, keep_outline=False)[:2] == [6, 5]  # Docs costs more


def test_name_sorts_without_regard_to_case_and_cost_uses_the_cost_report():
    plan = _plan()
    assert _sorted(plan, SortKey(SortField.NAME), keep_outline=False) == [3, 2, 6, 7, 5]
    by_cost = _sorted(plan, SortKey(SortField.COST, descending=True))
    # Phase B (350 rolled up) costs more than Phase A (0): it comes first; ties by ID.
    assert by_cost == [4, 6, 5, 7, 1, 2, 3]


def test_total_slack_and_finish():
    plan = _plan()
    result = schedule(plan)
    order = _sorted(plan, SortKey(SortField.TOTAL_SLACK), keep_outline=False)
    slack = [result.get(u).total_slack_minutes for u in order]
    assert slack == sorted(slack)
    finish = _sorted(plan, SortKey(SortField.FINISH, descending=True), keep_outline=False)
    assert finish[0] == 7


def test_a_task_added_after_the_sort_shows_above_the_task_it_was_inserted_above():
    plan = _plan()
    result = schedule(plan)
    ranks = sort_ranks(plan, result, TaskSort((SortKey(SortField.START),)))
    # Insert on Test's row, as MS Project does: above it, wherever the task before it sorts
    plan.insert_tasks(plan.index_of(5), [Task(8, "New", 2)])
    order = _uids(arrange(plan.tasks, ranks, keep_outline=True))
    assert order == [1, 2, 3, 4, 6, 8, 5, 7]
    flat = _uids(arrange(plan.tasks, ranks, keep_outline=False))
    assert flat.index(8) == flat.index(5) - 1


def test_an_edited_task_keeps_its_place_until_sorted_again():
    plan = _plan()
    result = schedule(plan)
    ranks = sort_ranks(plan, result, TaskSort((SortKey(SortField.DURATION),), False))
    plan.update_task(Task(6, "Docs", 2, duration_minutes=20 * DAY))
    assert _uids(arrange(plan.tasks, ranks, keep_outline=False))[0] == 6
    assert _sorted(plan, SortKey(SortField.DURATION), keep_outline=False)[-1] == 6


def test_parse_sort_reads_keys_and_directions():
    assert parse_sort("start") == (SortKey(SortField.START),)
    assert parse_sort(" Start , finish:DESC,total_slack:asc") == (
        SortKey(SortField.START),
        SortKey(SortField.FINISH, True),
        SortKey(SortField.TOTAL_SLACK),
    )
    assert parse_sort("slack") == (SortKey(SortField.TOTAL_SLACK),)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("colour", "unknown sort key 'colour'"),
        ("start:up", "unknown sort direction 'up'"),
        ("start,,finish", "empty sort key"),
        ("start,finish,cost,name", "at most 3 keys"),
    ],
)
def test_parse_sort_refuses_bad_text_with_one_clear_message(text, words):
    with pytest.raises(InputError, match=words) as caught:
        parse_sort(text)
    assert "\n" not in str(caught.value)


def test_status_bar_title():
    sort = TaskSort((SortKey(SortField.START), SortKey(SortField.COST, True)))
    assert sort.title() == "Start, then Cost (descending)"


@pytest.mark.parametrize("name", ["Software-Development-Plan.xml", "Residential-Construction.xml"])
def test_real_plan_sorted_by_start_keeps_a_valid_outline_in_date_order(shared_data: Path, name):
    from app.io.mspdi import read_mspdi

    path = shared_data / "mpp" / name
    if not path.exists():
        pytest.skip(f"{name} is not in shared/data/mpp")
    plan = read_mspdi(path)
    result = schedule(plan)
    order = sorted_tasks(plan, result, TaskSort((SortKey(SortField.START),)))
    assert sorted(t.uid for t in order) == sorted(t.uid for t in plan.tasks)
    check_levels(order)
    # Siblings come in start order, ties by ID.
    position = {t.uid: i for i, t in enumerate(plan.tasks)}
    parents = plan.parent_uids()
    by_parent: dict[int | None, list[int]] = {}
    for t in order:
        by_parent.setdefault(parents[t.uid], []).append(t.uid)
    for group in by_parent.values():
        keys = [(result.get(u).start, position[u]) for u in group if result.get(u)]
        assert keys == sorted(keys)
    flat = sorted_tasks(plan, result, TaskSort((SortKey(SortField.FINISH, True),), False))
    assert not any(plan.is_summary(t.uid) for t in flat)
    finishes = [result.get(t.uid).finish for t in flat if result.get(t.uid)]
    assert finishes == sorted(finishes, reverse=True)


@pytest.mark.parametrize("field", [SortField.START, SortField.FINISH, SortField.TOTAL_SLACK])
def test_the_engines_arrays_sort_as_the_task_times_do(shared_data: Path, field):
    """Dates read in bulk (minute counts) give the order the TaskTimes' datetimes give."""
    from dataclasses import replace

    from app.io.mspdi import read_mspdi

    path = shared_data / "mpp" / "Residential-Construction.xml"
    if not path.exists():
        pytest.skip("Residential-Construction.xml is not in shared/data/mpp")
    plan = read_mspdi(path)
    result = schedule(plan)
    by_dict = replace(result, times=dict(schedule(plan).times.items()))
    for descending in (False, True):
        task_sort = TaskSort((SortKey(field, descending),), keep_outline=False)
        assert sort_ranks(plan, result, task_sort) == sort_ranks(plan, by_dict, task_sort)


def test_several_tasks_added_since_keep_their_order_above_their_anchor():
    plan = _plan()
    result = schedule(plan)
    ranks = sort_ranks(plan, result, TaskSort((SortKey(SortField.FINISH, True),)))
    # Two tasks inserted above Test, two above Docs, one typed after the last row.
    plan.insert_tasks(plan.index_of(5), [Task(10, "First", 2), Task(11, "Second", 2)])
    plan.insert_tasks(plan.index_of(6), [Task(12, "Third", 2), Task(13, "Fourth", 2)])
    plan.append_task(Task(14, "Fifth", 2))
    order = _uids(arrange(plan.tasks, ranks, keep_outline=True))
    # Phase B finishes last: first, its subtasks by finish descending (Review, Test, Docs),
    # the new ones just above Test and Docs in plan order, the one typed last at the end.
    assert order[:9] == [4, 7, 10, 11, 5, 12, 13, 6, 14]
    flat = _uids(arrange(plan.tasks, ranks, keep_outline=False))
    assert flat[flat.index(5) - 2 : flat.index(5)] == [10, 11]
    assert flat[flat.index(6) - 2 : flat.index(6)] == [12, 13]
    assert flat[-1] == 14
