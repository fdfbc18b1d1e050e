"""Task Path (app.domain.task_path) on hand-built plans and on MS Project's own files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.task_path import (
    LinkDriving,
    PathIndex,
    PathKind,
    driven_successors,
    driving_predecessors,
    predecessors,
    successors,
    task_path,
)

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Two chains meeting at Integrate; the longer one drives it.

    1 Spec 2d -> 2 Backend 5d --\\
                                 >-> 4 Integrate 2d -> 5 Release (milestone)
    1 Spec 2d -> 3 Frontend 2d -/                    \\-> 6 Notes 1d (SS+1d)
    7 Loose 1d (no links)
    """
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Spec", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Backend", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Frontend", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Integrate", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(5, "Release", 1, duration_minutes=0, milestone=True))
    plan.append_task(Task(6, "Notes", 1, duration_minutes=DAY))
    plan.append_task(Task(7, "Loose", 1, duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(1, 3))
    plan.add_link(Link(2, 4))
    plan.add_link(Link(3, 4))
    plan.add_link(Link(4, 5))
    plan.add_link(Link(4, 6, LinkType.SS, lag_minutes=DAY))
    return plan


def test_predecessors_and_successors_follow_every_link():
    plan = _plan()
    result = schedule(plan)
    assert predecessors(plan, 4) == {1, 2, 3}
    assert successors(plan, result, 1) == {2, 3, 4, 5, 6}
    assert predecessors(plan, 7) == set()
    assert successors(plan, result, 7) == set()


def test_only_the_link_without_slack_drives():
    plan = _plan()
    result = schedule(plan)
    driving = LinkDriving(plan, result)
    assert driving.drives(plan.find_link(2, 4))
    assert not driving.drives(plan.find_link(3, 4))  # Frontend has 3 days of slack into it
    assert driving.drives(plan.find_link(4, 6))  # SS+1d: Notes starts a day after Integrate
    assert driving_predecessors(plan, result, 4) == {1, 2}
    assert driven_successors(plan, result, 1) == {2, 3, 4, 5, 6}
    assert driven_successors(plan, result, 3) == set()


def test_a_constraint_that_holds_the_task_later_takes_the_drive_from_the_link():
    plan = _plan()
    late = datetime(2026, 2, 2, 8, 0)
    plan.update_task(
        Task(
            6,
            "Notes",
            1,
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=late,
        )
    )
    result = schedule(plan)
    assert not LinkDriving(plan, result).drives(plan.find_link(4, 6))
    assert 6 not in driven_successors(plan, result, 4)
    assert 6 in successors(plan, result, 4)


def test_a_task_with_an_actual_start_is_held_by_its_progress():
    plan = _plan()
    plan.update_task(
        Task(3, "Frontend", 1, duration_minutes=2 * DAY, actual_start=datetime(2026, 1, 7, 8))
    )
    result = schedule(plan)
    assert 1 not in driving_predecessors(plan, result, 3)
    assert 1 in predecessors(plan, 3)


def test_a_summary_link_binds_its_subtasks():
    """1 Phase A (2 Design 3d, 3 Build 2d) -> 4 Phase B (5 Test 1d, 6 Docs 1d)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase A", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Phase B", 1))
    plan.append_task(Task(5, "Test", 2, duration_minutes=DAY))
    plan.append_task(Task(6, "Docs", 2, duration_minutes=DAY))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(1, 4))
    result = schedule(plan)
    index = PathIndex(plan)
    # Test is held by Phase A's finish, which Build makes; Build by Design.
    assert driving_predecessors(plan, result, 5, index) == {1, 2, 3}
    assert predecessors(plan, 5, index) == {1, 2, 3}
    assert driving_predecessors(plan, result, 5) == driving_predecessors(plan, result, 5, index)
    # From Build: Phase A finishes with it, so Phase B and both its tasks follow.
    assert successors(plan, result, 3, index) == {4, 5, 6}
    assert driven_successors(plan, result, 3, index) == {4, 5, 6}
    # Design finishes before Phase A does: only Build follows it directly.
    assert successors(plan, result, 2, index) == {3, 4, 5, 6}


def test_task_path_marks_each_task_with_one_path_driving_first():
    plan = _plan()
    result = schedule(plan)
    every = list(PathKind)
    path = task_path(plan, result, 4, every)
    assert path == {
        1: PathKind.DRIVING_PREDECESSORS,
        2: PathKind.DRIVING_PREDECESSORS,
        3: PathKind.PREDECESSORS,
        5: PathKind.DRIVEN_SUCCESSORS,
        6: PathKind.DRIVEN_SUCCESSORS,
    }
    assert task_path(plan, result, 4, [PathKind.SUCCESSORS]) == {
        5: PathKind.SUCCESSORS,
        6: PathKind.SUCCESSORS,
    }
    assert task_path(plan, result, 4, []) == {}
    assert task_path(plan, result, 99, every) == {}


def test_a_long_chain_is_walked_without_recursion():
    plan = Plan(project=Project(start=MON))
    n = 5000
    plan.tasks = [Task(i, f"T{i}", 1, duration_minutes=60) for i in range(1, n + 1)]
    plan.add_links([Link(i, i + 1) for i in range(1, n)])
    result = schedule(plan)
    assert len(driving_predecessors(plan, result, n)) == n - 1
    assert len(driven_successors(plan, result, 1)) == n - 1


def _stored_free_slack(path: Path) -> dict[int, int]:
    from tests.conformance.oracle import stored_tasks

    return {t.uid: t.free_slack for t in stored_tasks(path) if not t.summary}


@pytest.mark.parametrize(
    "name",
    [
        "Software-Development-Plan.xml",
        "Residential-Construction.xml",
        "CalculateCriticalPath.xml",
    ],
)
def test_driving_links_agree_with_ms_projects_free_slack(shared_data: Path, name):
    """A task's free slack is the least slack of the links out of it: zero exactly when one
    of its finish-to-start links without lag drives its successor (MS Project's own figure)."""
    from app.io.mspdi import read_mspdi

    path = shared_data / "mpp" / name
    if not path.exists():
        pytest.skip(f"{name} is not in shared/data/mpp")
    plan = read_mspdi(path)
    result = schedule(plan)
    stored = _stored_free_slack(path)
    driving = LinkDriving(plan, result)
    checked = 0
    for task in plan.tasks:
        uid = task.uid
        out = plan.links_from(uid)
        simple = all(
            lk.type is LinkType.FS
            and lk.lag_minutes == 0
            and lk.lag_percent is None
            and not plan.is_summary(lk.successor)
            and plan.task(lk.successor).actual_start is None  # held by progress, not links
            for lk in out
        )
        if not out or not simple or uid not in stored or plan.is_summary(uid):
            continue
        assert any(driving.drives(lk) for lk in out) == (stored[uid] == 0), task.name
        checked += 1
    assert checked >= 3
