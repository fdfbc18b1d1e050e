"""Where a link puts a successor's finish, as MS Project shows it.

A finish-to-start or finish-to-finish successor's finish is the end of its
last working period (Fri 17:00). A start-to-finish successor's finish is the
link's moment itself: the predecessor's start, Mon 08:00 after a weekend. That
looks odd on a sheet, but it is what MS Project stores in its own files (the
conformance tests compare every such task), so the engine keeps it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from tests.conformance.oracle import stored_tasks

_DAY = 480


def _chain(kind: LinkType) -> Plan:
    """Prep 5d -> UAT 5d (Mon 03-09), then ``kind`` from UAT to Bug fixing 3d."""
    plan = Plan(project=Project(name="Links", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Prep", 1, duration_minutes=5 * _DAY))
    plan.append_task(Task(2, "UAT", 1, duration_minutes=5 * _DAY))
    plan.append_task(Task(3, "Bug fixing", 1, duration_minutes=3 * _DAY))
    plan.add_link(Link(1, 2, LinkType.FS))
    plan.add_link(Link(2, 3, kind))
    return plan


def test_finish_driven_finishes_end_at_the_end_of_the_working_day():
    times = schedule(_chain(LinkType.FF))
    assert times[3].finish == datetime(2026, 3, 13, 17, 0)  # with UAT's finish, Fri
    assert times[1].finish == datetime(2026, 3, 6, 17, 0)  # FS predecessor: Fri 17:00


def test_a_start_to_finish_successor_finishes_at_the_link_moment():
    times = schedule(_chain(LinkType.SF))
    assert times[2].start == datetime(2026, 3, 9, 8, 0)
    assert times[3].start == datetime(2026, 3, 4, 8, 0)  # three days of work: Wed to Fri
    assert times[3].finish == datetime(2026, 3, 9, 8, 0)  # shown at UAT's start
    assert times[3].duration_minutes == 3 * _DAY


@pytest.mark.parametrize(
    ("name", "uid", "finish"),
    [
        ("mspdi/mspdirelations.xml", 5, datetime(2006, 9, 25, 8, 0)),  # Fri 08:00 to Mon
        ("mspdi/sample.xml", 21, datetime(2003, 1, 8, 8, 0)),
    ],
)
def test_ms_project_stores_that_finish_so(shared_data, name, uid, finish):
    path = shared_data / name
    stored = {t.uid: t for t in stored_tasks(path)}[uid]
    assert stored.finish == finish  # MS Project's own answer, not a date we chose
    plan = read_mspdi(path)
    assert any(lk.successor == uid and lk.type is LinkType.SF for lk in plan.links)
    assert schedule(plan)[uid].finish == finish
