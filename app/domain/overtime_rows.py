"""Each task's overtime work in row order, for ``gantry schedule --json``.

Apart from :mod:`app.domain.overtime_work` so that scheduling a plan without people does
not import the people-only modules that file needs (assignment work, workload): each
costs compiling its dataclasses and functions at every run (test_s15c2_schedule_imports).
"""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.resource import ResourceType


def overtime_rows(plan: Plan) -> list[int]:
    """Each task's overtime work in row order (its people's, as
    :func:`app.domain.overtime_work.task_overtime` counts it), summaries rolled up from
    their subtasks: one pass over the assignments and the rows (all zeros at once
    when no one works overtime)."""
    own: dict[int, int] = {}
    for a in plan.assignments:
        if a.overtime_work_minutes and plan.resource(a.resource_uid).type is ResourceType.WORK:
            own[a.task_uid] = own.get(a.task_uid, 0) + a.overtime_work_minutes
    out = [0] * len(plan.tasks)
    if not own:
        return out
    above: list[tuple[int, int]] = []  # (outline level, row) of the rows above a row
    for row, t in enumerate(plan.tasks):
        while above and above[-1][0] >= t.outline_level:
            above.pop()
        minutes = own.get(t.uid, 0)
        if minutes:
            out[row] += minutes
            for _level, r in above:
                out[r] += minutes
        above.append((t.outline_level, row))
    return out
