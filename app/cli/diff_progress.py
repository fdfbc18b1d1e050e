"""``gantry diff``'s progress section: one line per task, as the printout gives one row.

week1 -> week6 wrote a line per field (``% Complete 40% -> 60%``, then ``Actual Start ...``
and ``Actual Work ...`` on lines of their own, the task named each time), so a PM read three
lines to learn one task's progress. After the moved tasks, a ``progress:`` heading now
gives each task once::

    progress: 2 tasks
      ID 12 'Build': 40% -> 60%, Actual Start 2013-01-07 08:00, Actual Work 16h -> 24h
      ID 14 'Test': Actual Finish 2013-01-09 17:00

the % Complete first (old -> new), then what else of its progress changed by the sheet's
titles, as the printout's row says them (a value gained alone, one changed old -> new), in
the order the diff found them. ``--json`` keeps one change per field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.cli.diff_sections import PROGRESS, section_of
from app.domain.diff import PlanChange
from app.domain.plural_words import counted

PERCENT = "percent_complete"


def is_progress(change: PlanChange) -> bool:
    """Whether ``change`` is a task's progress, which the progress section summarises."""
    if change.entity != "task" or change.kind != "changed" or not isinstance(change.uid, int):
        return False
    return section_of(change.entity, change.kind, change.field) == PROGRESS


def progress_lines(
    changes: Sequence[PlanChange],
    named: Callable[[PlanChange], str],
    title: Callable[[PlanChange], str],
    values: Callable[[PlanChange], tuple[str, str]],
) -> list[str]:
    """The section's heading and one line per task whose progress changed (none: no line).

    ``named``: the task as the lines name it; ``title``: a field as the sheet titles it;
    ``values``: the old and new value as the lines write them."""
    by_task: dict[int | str, list[PlanChange]] = {}
    for change in changes:
        if is_progress(change):
            by_task.setdefault(change.uid, []).append(change)
    if not by_task:
        return []
    lines = [f"progress: {counted(len(by_task), 'task')}"]
    for found in by_task.values():
        found = sorted(found, key=lambda c: c.field != PERCENT)  # stable: % first
        said: list[str] = []
        for change in found:
            before, after = values(change)
            if change.field == PERCENT:
                said.append(f"{before} -> {after}")
                continue
            words = title(change)
            gained = change.old is None or change.old == ""
            said.append(f"{words} {after}" if gained else f"{words} {before} -> {after}")
        lines.append(f"  {named(found[0])}: {', '.join(said)}")
    return lines
