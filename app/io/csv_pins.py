"""The start constraints Gantry's own CSV keeps: only where its links cannot place a task.

A CSV lists the dates a plan's scheduler worked out with what the CSV cannot carry (a
person's calendar with a vacation, a leveling delay). Read back, the tasks those held later
keep their Start as "Start No Earlier Than" (:func:`app.io.sheet_uids.unpin_scheduled_starts`)
and so did every task after them: a client's CSV of the demo-like plan came back with 21
constraints where one task ('Marketing campaigns module', after a vacation) needed one, and a
Duration the client lengthened moved nothing past those pins ('Finish as before', where the
workbook said +2d). Here a pin goes again when a link holds its task at that very date (MS
Project's driving link): the links place it where the pin did, and move it when the tasks
before it move. A pin taken off a task its links hold changes no date, so all go at once.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.constraint_names import CONSTRAINT_NAMES
from app.domain.plan import Plan
from app.domain.plural_words import counted, noun, verb
from app.domain.quoting import quoted
from app.domain.scheduler import schedule as run_schedule
from app.domain.task import ConstraintType, Task
from app.domain.task_path import LinkDriving, PathIndex, incoming_links


def drop_held_pins(plan: Plan) -> list[Task]:
    """Take "Start No Earlier Than" off each task a link holds at that date; the tasks
    still pinned, in plan order (their start not placed by their links)."""
    pinned = [t for t in plan.tasks if t.constraint_type is ConstraintType.SNET]
    if not pinned:
        return []
    index = PathIndex(plan)
    driving = LinkDriving(plan, run_schedule(plan))
    held = [
        t for t in pinned if any(driving.drives(lk, t.uid) for lk in incoming_links(index, t.uid))
    ]
    if held:
        plan.update_tasks(
            replace(t, constraint_type=ConstraintType.ASAP, constraint_date=None) for t in held
        )
    gone = {t.uid for t in held}
    return [t for t in pinned if t.uid not in gone]


def pins_note(name: str, pinned: list[Task], file: str = "the CSV") -> str | None:
    """What the read says of the tasks still pinned: ``x.csv: 1 task keeps its Start as
    'Start No Earlier Than' (its links place it earlier; a calendar or delay the CSV does
    not carry held it there): 'Marketing campaigns module'``."""
    if not pinned:
        return None
    n = len(pinned)
    first = quoted(pinned[0].name)
    return (
        f"{name}: {counted(n, 'task')} {verb(n, 'keeps', 'keep')} {noun(n, 'its', 'their')} "
        f"Start as '{CONSTRAINT_NAMES[ConstraintType.SNET]}' (links alone place "
        f"{noun(n, 'it', 'them')} earlier: "
        f"a calendar, a leveling delay or a typed date {file} does not carry held "
        f"{noun(n, 'it', 'them')} there){'' if n == 1 else ', the first'}: {first}"
    )
