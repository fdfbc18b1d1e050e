"""The domain's refusals and leveling clauses quote a long task or person name cut.

A name of 5,000 characters quoted whole made a message as long as itself; the domain
now quotes names as the UI does (quoting.quoted with NAME_LIMIT): the first 40
characters and "…". Shorter names read as before (tests/unit/test_plan.py and the
leveling tests pin those).
"""

from __future__ import annotations

import pytest

from app.domain.assigning import parse_assignments
from app.domain.errors import CycleError, InputError, OutlineError, PlanError
from app.domain.leveling_rules import why_done, why_late
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.task import Task

LONG = "Pour the foundations of the north wing " + "x" * 5000
CUT = "'Pour the foundations of the north wing x…'"  # the first 40 characters


def _plan() -> Plan:
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=1, name=LONG), Task(uid=2, name="Cure")])
    return plan


def test_s19dq_link_refusals_cut_the_name():
    plan = _plan()
    plan.add_link(Link(1, 2))
    with pytest.raises(PlanError) as err:
        plan.add_link(Link(1, 2))
    assert str(err.value) == f"{CUT} and 'Cure' are already linked"
    with pytest.raises(CycleError) as err:
        plan.add_link(Link(2, 1))
    assert str(err.value) == (f"link would close a cycle: ID 2 'Cure' -> ID 1 {CUT} -> ID 2 'Cure'")
    with pytest.raises(CycleError) as err:
        plan.add_link(Link(1, 1))
    assert str(err.value) == f"{CUT} cannot depend on itself"


def test_s19dq_outline_refusals_cut_the_name():
    plan = _plan()
    with pytest.raises(OutlineError) as err:
        plan.indent([1])
    assert str(err.value) == f"{CUT} is the first task and cannot be indented"
    with pytest.raises(OutlineError) as err:
        plan.outdent([1])
    assert str(err.value) == f"{CUT} is already at the top level"


def test_s19dq_leveling_clauses_cut_the_name():
    task = Task(uid=1, name=LONG)
    assert why_done(task) == f"{CUT} has work done then"
    assert why_late(task) == f"{CUT} is scheduled as late as possible"


def test_s19dq_person_listed_twice_cut():
    plan = _plan()
    plan.add_resource(Resource(uid=1, name="Ana " + "y" * 100))
    with pytest.raises(InputError) as err:
        parse_assignments(plan, "Ana " + "y" * 100 + "; Ana " + "y" * 100, 2)
    assert str(err.value) == "'Ana " + "y" * 36 + "…' is listed twice"
