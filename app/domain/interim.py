"""Interim plans: MS Project's Set Baseline > Set interim plan, Start1..10/Finish1..10.

An interim plan N keeps each task's start and finish at one moment (copied from the
current Start/Finish, or from a saved baseline's), as MS Project copies them into the
task's Start N and Finish N fields; Clear Baseline > Clear interim plan takes them off
again. A plan holds up to ten (``Plan.interims``, by number 1..10). Changes to them are
told as baseline changes keyed by :func:`interim_key` (never a date moved, never a cost).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.domain.baseline import baseline_label
from app.domain.clearing import Cleared, cleared_for
from app.domain.errors import InputError
from app.domain.interim_plan import InterimEntry, InterimPlan, check_number, interim_label
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.schedule import Schedule


def source_label(source: int | None) -> str:
    """What an interim plan is copied from: "Start/Finish" (None) or "Baseline 2"."""
    return "Start/Finish" if source is None else baseline_label(source)


def interim_plan(
    plan: Plan,
    schedule: Schedule,
    number: int,
    source: int | None = None,
    task_uids: Iterable[int] | None = None,
    saved_at: datetime | None = None,
) -> InterimPlan:
    """Interim plan ``number`` copied from the current Start/Finish (``source`` None) or from
    baseline ``source``'s, for every task or only ``task_uids`` (the others keep what
    interim plan ``number`` held for them, as MS Project copies into selected tasks only).

    ``saved_at``: the moment it is set (the caller's clock), shown beside it in Set Baseline's
    and Clear Baseline's lists; set for selected tasks too, as a baseline's is.

    A task the baseline does not hold gets no entry (MS Project's NA). Raises InputError
    for a number not 1..10 or a baseline not saved.
    """
    check_number(number)
    chosen = set(task_uids) if task_uids is not None else None
    if source is None:
        times = schedule.times
        copied = {}
        for t in plan.tasks:
            found = times.get(t.uid) if chosen is None or t.uid in chosen else None
            if found is not None:
                copied[t.uid] = InterimEntry(t.uid, found.start, found.finish)
    else:
        base = plan.baselines.get(source)
        if base is None:
            raise InputError(f"{baseline_label(source)} is not saved: nothing to copy")
        copied = {
            e.task_uid: InterimEntry(e.task_uid, e.start, e.finish)
            for e in base.entries
            if chosen is None or e.task_uid in chosen
        }
    old = plan.interims.get(number)
    if chosen is not None and old is not None:
        for e in old.entries:
            if e.task_uid not in chosen:
                copied.setdefault(e.task_uid, e)
    entries = tuple(copied[t.uid] for t in plan.tasks if t.uid in copied)
    return InterimPlan(number, entries, saved_at)


def interim_summary(new: InterimPlan, source: int | None, selected: bool) -> str:
    """What Set interim plan did, as the status bar and ``gantry baseline --interim`` say it:
    "Start/Finish copied into Start1/Finish1 (12 tasks)"."""
    scope = "selected tasks, " if selected else ""
    return (
        f"{source_label(source)} copied into {new.label()} "
        f"({scope}{counted(len(new.entries), 'task')} in it)"
    )


# What clearing an interim plan does (app/domain/clearing.py: the same for a baseline)
ClearedInterim = Cleared[InterimPlan]


def cleared_interim(
    plan: Plan, number: int, task_uids: Iterable[int] | None = None
) -> ClearedInterim | None:
    """Interim plan ``number`` cleared for ``task_uids`` (None: the entire project); None when
    nothing is to clear (not set, or holding none of the tasks)."""
    check_number(number)
    return cleared_for(plan.interims.get(number), task_uids)


def clear_interim_summary(cleared: ClearedInterim) -> str:
    """ "Start1/Finish1 cleared for the entire project (12 tasks)", or for some tasks."""
    return cleared.summary(cleared.old.label())


def no_interim_to_clear(plan: Plan, number: int, task_uids: Iterable[int] | None = None) -> str:
    """Why clearing interim plan ``number`` changes nothing."""
    if number not in plan.interims:
        return f"{interim_label(number)} is not set: nothing cleared"
    count = len(set(task_uids or ()))
    return f"{interim_label(number)} holds none of these {counted(count, 'task')}: nothing cleared"


# The formats that keep interim plans (app/store/interim_rows.py, app/io/mspdi_interim.py;
# a workbook in its _gantry sheet, and on its Plan sheet: app/io/workbook_interims_kept.py)
KEEPS_INTERIMS = (".gantry", ".xml", ".xlsx")


def interims_not_kept(plan: Plan, ext: str) -> str:
    """What a plan written as ``ext`` loses of its interim plans ("" when nothing):
    ".gan keeps no interim plans: Start1/Finish1, Start3/Finish3 not saved"."""
    if not plan.interims or ext.lower() in KEEPS_INTERIMS:
        return ""
    names = ", ".join(interim_label(n) for n in sorted(plan.interims))
    return f"{ext} keeps no interim plans: {names} not saved"
