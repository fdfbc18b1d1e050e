"""Loop notes and refusals name a task by its ID and add its UID only when the two differ: a
plan typed in Gantry (UID = ID) read "link ID 2 -> ID 1 FS (UID 2 -> 1) left out: it closed a
loop through ID 1 'Scope' (UID 1), ID 2 'Sponsor' (UID 2)", each number twice."""

from __future__ import annotations

import pytest

from app.domain.errors import CycleError
from app.domain.link import Link
from app.domain.loop_links import without_loops
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task


def _plan(uids):
    plan = Plan(project=Project(name="P"))
    for uid, name in zip(uids, ("Scope", "Sponsor", "Sign"), strict=False):
        plan.append_task(Task(uid, name))
    return plan


def test_s28wd_a_uid_equal_to_the_id_is_not_said_again():
    plan = _plan((1, 2))
    plan.links.extend([Link(1, 2), Link(2, 1)])
    assert without_loops(plan) == [
        "link ID 2 -> ID 1 FS left out: it closed a loop through ID 1 'Scope', ID 2 'Sponsor'"
    ]
    with pytest.raises(CycleError) as refused:
        plan.add_link(Link(2, 1))  # typed back in: refused, naming the tasks as the note does
    assert str(refused.value).endswith("ID 2 'Sponsor' -> ID 1 'Scope' -> ID 2 'Sponsor'")


def test_s28wd_a_uid_other_than_the_id_is_still_given():
    plan = _plan((40, 41, 7))
    plan.links.extend([Link(40, 41), Link(41, 40)])
    assert without_loops(plan) == [
        "link ID 2 -> ID 1 FS (UID 41 -> 40) left out: it closed a loop through "
        "ID 1 'Scope' (UID 40), ID 2 'Sponsor' (UID 41)"
    ]
