"""Actual work an MS Project XML file gives that is only a task's % complete: kept as that.

Gantry writes a person's <ActualWork> as their share of the task's % complete (the cost
report's, mspdi_write_resources) in whole minutes; read back as typed actual work, the
minute rounded off changed the actual cost (67 % of 12 h at 80/h: 643.20 written as
PT8H2M0S, read back 642.67). MS Project keeps the same figure (% Work Complete of the
work), so where every assignment of a task holds exactly its share of the task's %
complete, to the minute, the share is what the file says: the assignments keep no actual
work of their own and the cost report works it out again unrounded. A task where any
one differs (actual work typed per person, as mspdiassignmentfields.xml's), or where one
person's hours are dated apart from the task's start (Type 2 rows beginning on a later day:
Aisha's 8h typed on Wednesday of a task begun Monday, app/io/mspdi_actual_days.py), keeps
them all.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace

from app.domain.resource import Assignment
from app.domain.task import Task


def shares_of_percent(
    tasks: Sequence[Task], assignments: list[Assignment], dated: Container[int] = frozenset()
) -> list[Assignment]:
    """``assignments`` with the actual work that is only their task's % complete left to it
    (summaries and contoured-by-hand rows keep theirs: their share is not that; nor do the
    tasks of ``dated`` assignments, whose hours the file dates apart from the task's start)."""
    percent: dict[int, float] = {}
    for i, t in enumerate(tasks):
        summary = i + 1 < len(tasks) and tasks[i + 1].outline_level > t.outline_level
        if t.percent_complete > 0 and not summary:
            percent[t.uid] = t.percent_complete / 100
    mine: dict[int, list[int]] = {}
    for k, a in enumerate(assignments):
        if a.task_uid in percent:
            mine.setdefault(a.task_uid, []).append(k)
    out = list(assignments)
    for uid, rows in mine.items():
        pct = percent[uid]
        if all(_is_share(assignments[k], pct) and assignments[k].uid not in dated for k in rows):
            for k in rows:
                out[k] = replace(assignments[k], actual_work_minutes=0)
    return out


def _is_share(a: Assignment, pct: float) -> bool:
    """Whether ``a``'s actual work is its work x ``pct`` to the minute (some work, none
    edited day by day)."""
    if a.edited_work or not a.work_minutes or not a.actual_work_minutes:
        return False
    return a.actual_work_minutes == round(a.work_minutes * pct)
