"""What a line of ``gantry diff`` names: ``ID 21 'Core CRM configuration'``, and a
baseline as MS Project's Compare Project Versions names it, with when it was saved.

A baseline's change was written ``baseline 0:24 'Baseline: Service desk module'``: its
number and the task's uid, which an auditor had to decode, and never when the baseline
was saved, though the file keeps it. Now::

    Baseline (0) of ID 24 'Service desk module', saved 2026-11-28 02:20
    Baseline 1, saved 2026-11-28 02:20                      (set or cleared)
    Interim plan Start1/Finish1 of ID 12 'Design'            (an interim plan's)
"""

from __future__ import annotations

from datetime import datetime

from app.cli.diff_moves import system_moment
from app.cli.diff_task_words import task_words
from app.domain.baseline import Baseline
from app.domain.diff import PlanChange
from app.domain.diff_baselines import INTERIM_SAVED
from app.domain.plan import Plan


def baseline_name(baseline: Baseline) -> str:
    """``Baseline (0)``, ``Baseline 1``; one the file named otherwise ``Baseline 2 'Q3 plan'``."""
    number = "Baseline (0)" if baseline.index == 0 else f"Baseline {baseline.index}"
    own = baseline.label()
    default = "Baseline" if baseline.index == 0 else f"Baseline {baseline.index}"
    return number if own == default else f"{number} '{own}'"


def _saved(moment: datetime | None) -> str:
    return "" if moment is None else f", saved {system_moment(moment)}"


def _task_named(uid: str, old: Plan, new: Plan) -> str:
    if uid.isdigit():
        number = int(uid)
        for plan in (new, old):
            if plan.has_task(number):
                return task_words(number, plan.task(number).name, old, new)
    return f"task {uid}"


def _baseline_item(change: PlanChange, old: Plan, new: Plan) -> str | None:
    """A baseline's (or an interim plan's) change named with when it was saved (the side
    holding it: the new plan's, the old one's for one cleared); None: not one."""
    number, _, task = str(change.uid).partition(":")
    interim = number.startswith("i")
    digits = number[1:] if interim else number
    if not digits.isdigit():
        return None
    index = int(digits)
    sides = (old, new) if change.kind == "removed" else (new, old)
    if interim:
        held = next((p.interims[index] for p in sides if index in p.interims), None)
        name = "Interim plan " + (held.label() if held else f"Start{index}/Finish{index}")
        # when it was saved, as a baseline's; a line saying when it was set again says both
        saved = "" if held is None or change.field == INTERIM_SAVED else _saved(held.saved_at)
    else:
        kept = next((p.baselines[index] for p in sides if index in p.baselines), None)
        if kept is None:
            return None
        name, saved = baseline_name(kept), _saved(kept.saved_at)
    if not task:
        return name + saved
    return f"{name} of {_task_named(task, old, new)}{saved}"


def item_text(change: PlanChange, old: Plan, new: Plan) -> str:
    """What a change is about, as its line names it: ``ID 21 'Core CRM configuration'`` (a
    task by its ID: app/cli/diff_task_words.py), ``resource 3 'Ana'``."""
    if change.entity == "task" and isinstance(change.uid, int):
        return task_words(change.uid, change.name, old, new)
    if change.entity == "baseline":
        named = _baseline_item(change, old, new)
        if named is not None:
            return named
    return f"{change.entity} {change.uid} '{change.name}'"


def more_text(change: PlanChange) -> str:
    """The words of a ``more`` change (app/cli/diff_listed.py): ``and 40 more tasks not
    listed (50 in all; a .csv or .xlsx report lists every one)``."""
    tasks = "task" if change.new == 1 else "tasks"
    text = f"and {change.new} more {tasks} not listed"
    if isinstance(change.old, int):
        text += f" ({change.old} in all; a .csv or .xlsx report lists every one)"
    return text
