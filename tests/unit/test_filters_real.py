"""The task filters on MS Project's own files: the flags they give are MS Project's."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.filters import FilterKind, TaskFilter, matching_uids, with_summaries
from app.domain.scheduler import schedule
from app.io.mspdi import read_mspdi
from tests.conformance.oracle import stored_tasks

_Q = "{http://schemas.microsoft.com/project}"
_FILES = (
    "Residential-Construction.xml",
    "Software-Development-Plan.xml",
    "Software-Development-Plan-1.xml",
    "Software-Development.xml",
    "CalculateCriticalPath.xml",
    "TestRecurringTask2016.xml",
    "schedule-conflict.xml",
)


def _path(shared_data: Path, name: str) -> Path:
    path = shared_data / "mpp" / name
    if not path.exists():
        pytest.skip(f"{name} is not in shared/data/mpp")
    return path


def _stored_flag(path: Path, element: str) -> set[int]:
    """Uids of the tasks whose ``element`` is 1 in the file (MS Project's own flag)."""
    root = SafeET.parse(str(path), forbid_dtd=True).getroot()
    out = set()
    for task in root.iter(_Q + "Task"):
        uid = int(task.findtext(_Q + "UID") or "0")
        if uid and task.findtext(_Q + element) == "1" and task.findtext(_Q + "IsNull") != "1":
            out.add(uid)
    return out


@pytest.mark.parametrize("name", _FILES)
def test_critical_summary_and_milestone_filters_give_ms_projects_flags(shared_data, name):
    path = _path(shared_data, name)
    plan = read_mspdi(path)
    result = schedule(plan)
    stored = stored_tasks(path)

    def match(kind: FilterKind) -> frozenset[int]:
        return matching_uids(plan, result, TaskFilter(kind))

    assert match(FilterKind.CRITICAL) == {t.uid for t in stored if t.critical}
    assert match(FilterKind.SUMMARY) == {t.uid for t in stored if t.summary}
    assert match(FilterKind.MILESTONES) == _stored_flag(path, "Milestone")


def test_critical_rows_read_as_an_outline_on_a_real_plan(shared_data):
    path = _path(shared_data, "Residential-Construction.xml")
    plan = read_mspdi(path)
    result = schedule(plan)
    critical = matching_uids(plan, result, TaskFilter(FilterKind.CRITICAL))
    rows = with_summaries(plan.tasks, critical)
    parents = plan.parent_uids()
    assert critical <= rows
    assert len(rows) < len(plan.tasks)  # some branches have slack and go
    for uid in rows:  # every shown row's summary is shown, so the outline reads
        parent = parents[uid]
        assert parent is None or parent in rows
    for uid in rows - critical:  # rows added only for the outline are summaries
        assert plan.is_summary(uid)


def test_late_tasks_grow_with_the_status_date_on_a_plan_30_percent_done(shared_data):
    """Software-Development: every task 30 % complete, started, none finished."""
    path = _path(shared_data, "Software-Development.xml")
    plan = read_mspdi(path)
    result = schedule(plan)

    def late(when):
        return matching_uids(plan, result, TaskFilter(FilterKind.LATE), status_date=when)

    everything = {t.uid for t in plan.tasks}
    work = {t.uid for t in plan.tasks if not result[t.uid].summary}  # summaries roll it up
    assert late(result.start) == set()
    # A day after the finish, all the work was due and none of it is past 30 %.
    assert late(result.finish + timedelta(days=1)) == work
    # Later status dates find more tasks late, never fewer.
    span = result.finish - result.start
    found = [late(result.start + span * k / 8) for k in range(9)]
    for earlier, later in pairwise(found):
        assert earlier <= later
    assert any(set() < step < work for step in found)
    incomplete = matching_uids(plan, result, TaskFilter(FilterKind.INCOMPLETE))
    assert incomplete == everything
    assert matching_uids(plan, result, TaskFilter(FilterKind.FIXED_DATES)) == {
        t.uid for t in plan.tasks if t.actual_start is not None
    }
