"""The recurring tasks ``gantry schedule`` lists, with their patterns in words.

The table shows a recurring task as a summary over its occurrences (Review 1,
Review 2...), like any phase; a line under it says how the task repeats, in the
words of Task > Recurring Task… ("every week on Mon, 10 times from 2026-03-02"),
as MS Project's indicator tip does. The JSON has it in ``recurrence``
(app.cli.recurring_json).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.recurrence_tasks import describe, is_occurrence


def recurring_lines(plan: Plan, listed: Iterable[tuple[int, str]]) -> list[str]:
    """``Recurring 2 'Review': every week on Mon, 3 times from 2026-03-02`` for each listed
    (uid, WBS) that is a recurring summary, in the order listed.

    The plan's occurrences are counted when they differ from the pattern's (some were
    deleted, or the pattern ends on a date).
    """
    out: list[str] = []
    for uid, wbs in listed:
        rec = plan.recurrences.get(uid)
        if rec is None or not plan.has_task(uid):
            continue
        held = sum(1 for t in plan.children(uid) if is_occurrence(t, plan.is_summary(t.uid)))
        line = f"Recurring {wbs} '{plan.task(uid).name}': {describe(rec)}"
        if rec.end is not None or held != rec.pattern.occurrences:
            line += f" ({counted(held, 'occurrence')} in the plan)"
        out.append(line)
    return out
