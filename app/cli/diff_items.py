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
from app.cli.diff_task_words import json_id, task_words
from app.domain.baseline import Baseline
from app.domain.diff import PlanChange, Scalar
from app.domain.diff_baselines import INTERIM_SAVED
from app.domain.diff_lags import link_of
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


def assignment_uids(change: PlanChange) -> tuple[int, int] | None:
    """An assignment's task and person uids from its key (``"12:3"``; None: not one)."""
    if change.entity != "assignment":
        return None
    task, colon, person = str(change.uid).partition(":")
    if not (colon and task.isdigit() and person.isdigit()):
        return None
    return int(task), int(person)


def _person_name(uid: int, old: Plan, new: Plan) -> str | None:
    for plan in (new, old):
        found = next((r for r in plan.resources if r.uid == uid), None)
        if found is not None:
            return found.name
    return None


def _task_name(uid: int, old: Plan, new: Plan) -> str | None:
    holder = next((p for p in (new, old) if p.has_task(uid)), None)
    return None if holder is None else holder.task(uid).name


def assignment_words(change: PlanChange, old: Plan, new: Plan) -> str | None:
    """``Ann on ID 12 'Design'``: an assignment as a PM finds it, the person by name and the
    task by its ID (its UID added where the ID alone could mislead, as a task's line does),
    not by the uids of its key (``assignment 1003:7``); None: not an assignment whose task
    and person a plan holds."""
    uids = assignment_uids(change)
    if uids is None:
        return None
    task, person = uids
    name, task_name = _person_name(person, old, new), _task_name(task, old, new)
    if task_name is None:
        return None
    if name is None:  # a person neither plan holds (a CSV's new one): as the change names them
        ending = f" on {task_name}"
        if not change.name.endswith(ending) or change.name == ending:
            return None
        name = change.name[: -len(ending)]
    return f"{name} on {task_words(task, task_name, old, new)}"


def assignment_json(change: PlanChange, old: Plan, new: Plan) -> dict[str, Scalar]:
    """What ``diff --json`` adds to an assignment's change beside its ``uid`` (``"12:3"``):
    ``task_uid``, ``task_id`` (the ID its line names: the new plan's, else the old one's),
    ``task``, ``resource_uid`` and ``resource`` (the names); nothing for another change."""
    uids = assignment_uids(change)
    if uids is None:
        return {}
    task, person = uids
    return {
        "task_uid": task,
        "task_id": json_id(task, old, new),
        "task": _task_name(task, old, new),
        "resource_uid": person,
        "resource": _person_name(person, old, new),
    }


# The project's own rows (its Start, Author, status date...): the project as MS Project's
# project summary task names it, not by the uid the diff keys it with (``project 0``).
PROJECT_WORD = "Project"


def project_words(name: str) -> str:
    """``Project 'Site'``: the project itself, as a change report's row names it."""
    return f"{PROJECT_WORD} '{name}'"


def link_uids(change: PlanChange) -> tuple[int, int] | None:
    """A link's predecessor and successor uids from its key (``"3->5"``; None: not one)."""
    if change.entity != "link":
        return None
    pred, arrow, succ = str(change.uid).partition("->")
    if not (arrow and pred.isdigit() and succ.isdigit()):
        return None
    return int(pred), int(succ)


def link_words(change: PlanChange, old: Plan, new: Plan) -> str | None:
    """``link ID 3 'Pour' -> ID 4 'Cure' FS``: a link by its tasks' IDs, as a task's line
    names a task (its UID added where the ID alone could mislead), and its type (the new
    plan's, the old one's for a link removed); not by the uids of its key (``link 1->2``).
    None: not a link whose tasks a plan holds."""
    uids = link_uids(change)
    if uids is None:
        return None
    pred, succ = uids
    pred_name, succ_name = _task_name(pred, old, new), _task_name(succ, old, new)
    if pred_name is None or succ_name is None:
        return None
    sides = (old, new) if change.kind == "removed" else (new, old)
    held = next((lk for lk in (link_of(p, change.uid) for p in sides) if lk is not None), None)
    kind = "" if held is None else f" {held.type.name}"
    before, after = task_words(pred, pred_name, old, new), task_words(succ, succ_name, old, new)
    return f"link {before} -> {after}{kind}"


def link_json(change: PlanChange, old: Plan, new: Plan) -> dict[str, Scalar]:
    """What ``diff --json`` adds to a link's change beside its ``uid`` (``"3->5"``): the
    ``predecessor_uid``/``predecessor_id`` and ``successor_uid``/``successor_id`` (the IDs
    its line names: the new plan's, else the old one's); nothing for another change."""
    uids = link_uids(change)
    if uids is None:
        return {}
    pred, succ = uids
    return {
        "predecessor_uid": pred,
        "predecessor_id": json_id(pred, old, new),
        "successor_uid": succ,
        "successor_id": json_id(succ, old, new),
    }


def item_text(change: PlanChange, old: Plan, new: Plan) -> str:
    """What a change is about, as its line names it: ``ID 21 'Core CRM configuration'`` (a
    task by its ID: app/cli/diff_task_words.py), ``Ann on ID 12 'Design'`` (an
    assignment), ``link ID 3 'Pour' -> ID 4 'Cure' FS``, ``Project 'Site'``,
    ``resource 3 'Ana'``."""
    if change.entity == "task" and isinstance(change.uid, int):
        return task_words(change.uid, change.name, old, new)
    if change.entity == "baseline":
        named = _baseline_item(change, old, new)
        if named is not None:
            return named
    if change.entity == "project":
        return project_words(change.name)
    assigned = assignment_words(change, old, new)
    if assigned is not None:
        return assigned
    linked = link_words(change, old, new)
    if linked is not None:
        return linked
    return f"{change.entity} {change.uid} '{change.name}'"


def more_text(change: PlanChange) -> str:
    """The words of a ``more`` change (app/cli/diff_listed.py): ``and 40 more tasks not
    listed (50 in all; a .csv or .xlsx report lists every one)``."""
    tasks = "task" if change.new == 1 else "tasks"
    text = f"and {change.new} more {tasks} not listed"
    if isinstance(change.old, int):
        text += f" ({change.old} in all; a .csv or .xlsx report lists every one)"
    return text
