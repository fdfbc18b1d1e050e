"""Drawing a link that would close a loop through many tasks named every one of them (a chain
of 40 made a refusal too long for the link drag's box); it now names the first six, then
"and N more", as the loop notes do (loop_closing.LOOP_NAMED)."""

import pytest

from app.domain.errors import CycleError
from app.domain.link import Link
from app.domain.loop_closing import LOOP_NAMED
from app.domain.plan import Plan
from app.domain.task import Task


def _chain(count: int) -> Plan:
    """Tasks 1 -> 2 -> ... -> count, UIDs 101 on (the IDs are the rows)."""
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=100 + i, name=f"Step {i}") for i in range(1, count + 1)])
    plan.add_links([Link(100 + i, 101 + i) for i in range(1, count)])
    return plan


def test_s27p2_long_loop_names_six_then_counts():
    plan = _chain(40)
    with pytest.raises(CycleError) as err:
        plan.add_link(Link(140, 101))  # Step 40 -> Step 1 closes a loop of 40 tasks
    assert LOOP_NAMED == 6
    assert str(err.value) == (
        "link would close a cycle: ID 40 'Step 40' (UID 140) -> ID 1 'Step 1' (UID 101)"
        " -> ID 2 'Step 2' (UID 102) -> ID 3 'Step 3' (UID 103) -> ID 4 'Step 4' (UID 104)"
        " -> ID 5 'Step 5' (UID 105) and 34 more"
    )
    assert plan.find_link(140, 101) is None


def test_s27p2_loop_of_six_is_named_whole_and_back():
    plan = _chain(6)
    with pytest.raises(CycleError) as err:
        plan.add_link(Link(106, 101))
    said = str(err.value)
    assert "more" not in said
    assert said.count(" -> ") == 6  # every task, then back to the first
    assert said.endswith("-> ID 6 'Step 6' (UID 106)")
