"""``gantry info`` counts critical tasks as the window's Critical filter does, and says so.

Testers read "Critical tasks: 28" from info and "Critical (33 of 61 tasks)" in the window.
Both are right: the window's filter tests each row's Critical flag, and MS Project sets that
flag on a summary too when its span is critical, while info counted work tasks only. Info
now gives the work tasks and, beside them, the count the filter shows.
"""

from __future__ import annotations

import re

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan


def _plan(phase: bool = True) -> Plan:
    """Phase 1 (two critical tasks), then a short side task beside a long critical one."""
    plan = Plan()
    if phase:
        plan.append_task(Task(1, "Phase 1", 1))
    plan.append_task(Task(2, "Design", 1 + phase, duration_minutes=5 * 480))
    plan.append_task(Task(3, "Build", 1 + phase, duration_minutes=5 * 480))
    plan.append_task(Task(4, "Side job", 1, duration_minutes=480))
    plan.append_task(Task(5, "Handover", 1, duration_minutes=0, milestone=True))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 5))
    plan.add_link(Link(4, 5))
    return plan


def test_info_names_the_critical_tasks_with_and_without_their_summaries(tmp_path, capsys):
    plan = _plan()
    result = schedule(plan)
    flagged = matching_uids(plan, result, TaskFilter(FilterKind.CRITICAL))
    assert flagged == {1, 2, 3, 5}  # the window's filter: Phase 1 is critical too
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    line = re.search(r"^Critical tasks:\s+(.*)$", out, re.MULTILINE)
    assert line is not None
    assert line.group(1) == "3 (4 with their summaries)"


def test_info_gives_one_count_when_no_summary_is_critical(tmp_path, capsys):
    plan = _plan(phase=False)
    path = tmp_path / "flat.gantry"
    write_plan(plan, path)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Critical tasks:\s+3$", out, re.MULTILINE)
