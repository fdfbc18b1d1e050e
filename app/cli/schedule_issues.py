"""The scheduler's conflicts as ``gantry schedule`` reports them (the window's
"Scheduling issues" and its red indicators).

A conflict is a result, not an error: the plan is scheduled all the same (the links
win, negative slack shows where) and the command exits 0. The issues are the ones the
scheduler found while scheduling (``Schedule.issues``); nothing is worked out again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.wbs_shown import shown_wbs


def issue_entries(plan: Plan, schedule: Schedule) -> list[dict[str, Any]]:
    """The ``"issues"`` list of ``schedule --json``: one ``{"uid", "wbs", "name", "kind",
    "message"}`` per issue in the scheduler's order; ``kind`` is the kind the scheduler gave
    it (:class:`~app.domain.schedule.IssueKind`: ``constraint-broken``, ``deadline`` or
    ``link-ignored``), ``message`` the status bar's sentence."""
    return [
        {
            "uid": issue.task_uid,
            "wbs": shown_wbs(plan, issue.task_uid),
            "name": plan.task(issue.task_uid).name,
            "kind": issue.kind.value,
            "message": issue.message,
        }
        for issue in schedule.issues
    ]


def write_issue_lines(entries: Sequence[dict[str, Any]], out: TextIO) -> None:
    """After the table: ``Scheduling issues: N`` (as the status bar says it), then one line
    per issue, the task's WBS before the message that names it."""
    if not entries:
        return
    width = max(len(e["wbs"]) for e in entries)
    out.write(f"\nScheduling issues: {len(entries)}\n")
    for entry in entries:
        out.write(f"  {entry['wbs']:{width}}  {entry['message']}\n")
