"""What a format loses of the people's Delay (:mod:`app.domain.assignment_delay`), one note
for ``gantry convert`` and Save a Copy As: GanttProject and CSV keep none (each person then
works the task's whole span), MS Project XML keeps an elapsed one as working time and
the length of each, not the unit it was typed in (1w reads back 5d)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.assignment_delay import delay_text
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted


def delays_not_kept(plan: Plan, ext: str, where: str = "") -> str:
    """The note for ``ext`` ("" when nothing is lost), naming the first delayed person.
    ``where``: what has none, when not the format itself (a workbook without its
    round-trip data: only the task's duration at each person's units reads back)."""
    if ext == ".xml" and not where:
        lost = [a for a in plan.assignments if a.delay_minutes and a.delay_elapsed]
        what = "elapsed delay"
        tail = "written as working time: MS Project XML keeps a Delay in working time"
        verb = ""
    else:
        lost = [a for a in plan.assignments if a.delay_minutes]
        what = "assignment delay"
        tail = f"{where or ext} has none: each person works from their task's start"
        verb = " not saved"
    if not lost:
        return ""
    a = lost[0]
    who = plan.resource(a.resource_uid).name
    task = quoted(plan.task(a.task_uid).name, NAME_LIMIT)
    first = f"{who} on {task} {delay_text(a, plan.project)}"
    more = f" and {len(lost) - 1} more" if len(lost) > 1 else ""
    return f"{counted(len(lost), what)}{verb} ({first}{more}); {tail}"


def delay_units_not_kept(plan: Plan, ext: str) -> str:
    """The note for MS Project XML when a Delay was typed in a unit it does not keep (its
    <Delay> holds the length only, read back in days or hours: 1w becomes 5d); "" else."""
    if ext.lower() != ".xml":
        return ""
    lost = [
        a
        for a in plan.assignments
        if a.delay_minutes
        and a.delay_unit is not None
        and delay_text(a, plan.project) != delay_text(replace(a, delay_unit=None), plan.project)
    ]
    if not lost:
        return ""
    a = lost[0]
    who = plan.resource(a.resource_uid).name
    task = quoted(plan.task(a.task_uid).name, NAME_LIMIT)
    shown = delay_text(replace(a, delay_unit=None), plan.project)
    first = f"{who} on {task} {delay_text(a, plan.project)} becomes {shown}"
    more = f" and {len(lost) - 1} more" if len(lost) > 1 else ""
    return (
        f"{counted(len(lost), 'assignment delay')} shown in another unit ({first}{more}); "
        f"{ext} keeps a Delay's length only, not the unit it was typed in"
    )
