"""The ``recurrence`` object ``gantry schedule --json`` gives a recurring task's summary.

A recurring task (Task > Recurring Task…) is a summary whose subtasks are its
occurrences; without this a script could not tell a weekly meeting from a
phase. Only recurring summaries get the key (DESIGN.md: keys may be added), so
a plan without one prints as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.calendar import RecurrenceKind
from app.domain.plan import Plan

if TYPE_CHECKING:  # imported for a plan with recurring tasks: most have none
    from app.domain.recurrence_tasks import TaskRecurrence


def recurrences_by_row(plan: Plan) -> dict[int, dict[str, Any]]:
    """The ``recurrence`` value of each recurring summary, by its row (empty without any)."""
    out: dict[int, dict[str, Any]] = {}
    for uid, rec in plan.recurrences.items():
        if plan.has_task(uid):
            from app.domain.recurrence_tasks import is_occurrence

            made = sum(1 for t in plan.children(uid) if is_occurrence(t, plan.is_summary(t.uid)))
            out[plan.index_of(uid)] = recurrence_dict(rec, made)
    return out


def recurrence_dict(rec: TaskRecurrence, occurrences: int) -> dict[str, Any]:
    """The pattern as JSON values: in words (as the dialog says it), how often, from when
    until when, and ``occurrences``, how many occurrence tasks the plan holds.

    ``weekdays`` lists a weekly pattern's days (empty for the other kinds);
    ``non_working`` is "move" or "skip" (an occurrence on a day off).
    """
    from app.domain.day_names import WEEKDAY_ABBR
    from app.domain.recurrence_tasks import describe

    pattern = rec.pattern
    weekly = pattern.kind is RecurrenceKind.WEEKLY
    return {
        "text": describe(rec),
        "kind": pattern.kind.value,
        "every": pattern.period,
        "weekdays": [WEEKDAY_ABBR[d] for d in sorted(pattern.weekdays)] if weekly else [],
        "start": rec.start.isoformat(),
        "end": None if rec.end is None else rec.end.isoformat(),
        "occurrences": occurrences,
        "duration_minutes": rec.duration_minutes,
        "non_working": rec.non_working.value,
    }
