"""Drawing a link that would close a loop names the tasks as the sheet shows them (the row's
ID), then the UID a client's file keys them by, as the loop notes do (app.domain.loop_closing)."""

import pytest

from app.domain.errors import CycleError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.task import Task


def _plan() -> Plan:
    """Design (ID 1, UID 40) -> Build (ID 2, UID 12): the UIDs are not the rows."""
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=40, name="Design"), Task(uid=12, name="Build")])
    plan.add_link(Link(40, 12))
    return plan


def test_s27po_cycle_refusal_names_ids_then_uids():
    plan = _plan()
    with pytest.raises(CycleError) as err:
        plan.add_link(Link(12, 40))
    assert str(err.value) == (
        "link would close a cycle: ID 2 'Build' (UID 12) -> ID 1 'Design' (UID 40)"
        " -> ID 2 'Build' (UID 12)"
    )
    assert plan.find_link(12, 40) is None


def test_s27po_cycle_refusal_of_many_links_names_the_same():
    plan = _plan()
    with pytest.raises(CycleError, match=r"ID 2 'Build' \(UID 12\) -> ID 1 'Design'"):
        plan.add_links([Link(12, 40)])
    assert [link.key for link in plan.links] == [(40, 12)]
