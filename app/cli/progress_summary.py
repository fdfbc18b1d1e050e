"""``gantry progress --task SUMMARY --percent-work N``: a summary's % Work Complete handed to
its subtasks, as the window's sheet takes it typed on a summary row: the summary's work done
(N % of its work) goes to its subtasks in schedule order, each made 100 % while the work
left covers its work, the one where it runs out taking the rest, those after it 0 %
(app.domain.percent_work_entry.typed_summary_percent_work, the sheet's rule). Each subtask
then takes its fields as the window's edit does (its people's entered actual work follows
its new % complete).

The line written says how many subtasks got what: ``'Build': 50 % work complete handed to
its 4 subtasks (2 at 100 %, 'Code' at 37.5 %, 1 at 0 %); written to plan.gantry``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.percent_work_entry import typed_summary_percent_work
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.task import Task


def share_out(
    plan: Plan,
    schedule: Schedule,
    uid: int,
    share: float,
    take: Callable[[Plan, int, dict[str, Any]], None],
) -> bool:
    """Hand summary ``uid``'s % Work Complete ``share`` to its subtasks, each taking its
    fields through ``take`` (the CLI's Update Tasks edit); False when none changes.
    InputError (nothing changed) for a summary whose subtasks hold no work."""
    fields = typed_summary_percent_work(plan, schedule, uid, share)
    with plan.batch():
        for sub, changes in fields.items():
            take(plan, sub, changes)
    return bool(fields)


def _leaves(plan: Plan, uid: int) -> list[Task]:
    """The subtasks the share goes to: active, not summaries, as the rule counts them."""
    return [t for t in plan.descendants(uid) if t.active and not plan.is_summary(t.uid)]


def shared_words(plan: Plan, uid: int, share: float) -> str:
    """ "'Build': 50 % work complete handed to its 4 subtasks (2 at 100 %, 'Code' at 37.5 %,
    1 at 0 %)": how many subtasks got what, a subtask in between by name with its share of
    its own work (its % complete)."""
    leaves = _leaves(plan, uid)
    done = sum(1 for t in leaves if t.percent_complete >= 100)
    none = sum(1 for t in leaves if t.percent_complete <= 0)
    parts = [f"{done} at 100 %"] if done else []
    for t in leaves:
        if 0 < t.percent_complete < 100:
            parts.append(f"{quoted(t.name, NAME_LIMIT)} at {_percent(t.percent_complete)} %")
    if none:
        parts.append(f"{none} at 0 %")
    name = quoted(plan.task(uid).name, NAME_LIMIT)
    return (
        f"{name}: {_percent(share)} % work complete handed to its "
        f"{counted(len(leaves), 'subtask')} ({', '.join(parts)})"
    )


def _percent(value: float) -> str:
    """A share as the line writes it: at most one decimal (37.5, 33.3, 100)."""
    return f"{round(value, 1):g}"
