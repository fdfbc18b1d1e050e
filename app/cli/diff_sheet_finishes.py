"""A plan's tasks whose Duration a ``--no-roundtrip`` workbook changes without a client's edit.

The Plan sheet shows each task's Start, Duration and Finish as the plan schedules them,
on its people's calendars, task calendars, splits and work contours, none of which the
sheet carries. Read back, a Finish its Duration does not reach on the project calendar
reads as typed, and the task's duration becomes the working time up to it: sample.xml's
Second Task (100d, two people, one on a night shift) came back as 50d, mspdisplittask's
split tasks 3 and 5 days longer. ``gantry diff X.xml X.xlsx`` listed each as a Duration
changed, with its Work and Cost, though nobody typed a thing. A task still starting and
finishing where the other plan has it is such a one: its Duration change is left out and
one note names them. Nor does the sheet carry a task's Task Mode: the other plan's manually
scheduled tasks, read back scheduled automatically, are named in one note too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from app.cli.diff_plan_sheet import plan_sheet_only
from app.domain.diff import PlanChange
from app.domain.plan import Plan
from app.domain.plural_words import counted, verb
from app.domain.quoting import quoted
from app.domain.scheduler import schedule
from app.domain.tracking_edits import task_clock

_FIELD = "duration_minutes"


def _same(between: Callable[[datetime, datetime], int], one: datetime, other: datetime) -> bool:
    """Whether no working time lies between ``one`` and ``other``."""
    first, last = sorted((one, other))
    return between(first, last) == 0


def finishes_as_sent(
    paths: Sequence[Path], old: Plan, new: Plan, changes: Sequence[PlanChange]
) -> tuple[list[PlanChange], list[str]]:
    """``changes`` without the Duration changes a workbook among ``paths`` without round-trip
    data makes of a Finish as the other plan scheduled it, and the note naming them
    (``changes`` as they are and no note: none)."""
    sheet = [plan_sheet_only(Path(p)) for p in paths]
    if not any(sheet):
        return list(changes), []
    out, notes = _durations_as_sent(old, new, changes)
    return out, notes + _manual_note(paths, old, new, sheet)


def _manual_note(paths: Sequence[Path], old: Plan, new: Plan, sheet: Sequence[bool]) -> list[str]:
    """The note naming the fuller plan's manually scheduled tasks, beside a workbook whose
    Plan sheet alone cannot say so: read back scheduled automatically, such a task is placed
    by its links and the project's start, and its moves are the sheet's, not a client's."""
    if all(sheet):
        return []
    full, path = (new, paths[1]) if sheet[0] else (old, paths[0])
    summaries = {p for p in full.parent_uids().values() if p is not None}
    manual = [t for t in full.tasks if t.manual and t.uid not in summaries]
    if not manual:
        return []
    n = len(manual)
    return [
        f"{counted(n, 'task')} of {Path(path).name} {verb(n, 'is', 'are')} manually scheduled; "
        f"the Plan sheet has no Task Mode and reads {verb(n, 'it', 'them')} scheduled "
        f"automatically, where links and the project's start place {verb(n, 'it', 'them')}: "
        f"{verb(n, 'its move', 'their moves')} below may come from that, not a change typed "
        f"(first: {quoted(manual[0].name)})"
    ]


def _durations_as_sent(
    old: Plan, new: Plan, changes: Sequence[PlanChange]
) -> tuple[list[PlanChange], list[str]]:
    """:func:`finishes_as_sent`'s Duration changes left out, with their note."""
    wanted = [
        c
        for c in changes
        if c.entity == "task"
        and c.kind == "changed"
        and c.field == _FIELD
        and isinstance(c.uid, int)
        and old.has_task(c.uid)
        and new.has_task(c.uid)
    ]
    if not wanted:
        return list(changes), []
    before, after = schedule(old), schedule(new)
    kept: set[int] = set()
    for change in wanted:
        uid = change.uid
        assert isinstance(uid, int)
        was, now = before.get(uid), after.get(uid)
        if was is None or now is None:
            continue
        # the same working moment (Tuesday 08:00 is Monday 17:00 on the project calendar)
        clock = task_clock(new, new.task(uid)).between
        if _same(clock, was.start, now.start) and _same(clock, was.finish, now.finish):
            kept.add(uid)
    if not kept:
        return list(changes), []
    out = [c for c in changes if not (c.field == _FIELD and c.uid in kept)]
    first = next(t.uid for t in old.tasks if t.uid in kept)  # the top one in the sheet
    n = len(kept)
    note = (
        f"{counted(n, 'task')} {verb(n, 'keeps', 'keep')} the Start and Finish the Plan "
        f"sheet shows, where people's calendars, task calendars, splits or work contours it "
        f"does not carry place {verb(n, 'it', 'them')}; read back on the project calendar "
        f"{verb(n, 'its', 'their')} Duration follows that Finish, not a change typed: not "
        f"listed (first: {quoted(old.task(first).name)})"
    )
    return out, [note]
