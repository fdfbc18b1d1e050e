"""The dates part of ``gantry diff``: tasks whose scheduled start or finish moved.

After the changes a user entered (app/cli/diff_text.py) come the tasks whose
dates moved, in the new plan's order, at most :data:`MOVES_SHOWN` of them (a
10k-task plan leveled moves thousands; ``--json`` lists them all), then one
summary line: how many changes (how many of them leveling delays), how many
tasks moved and which way, and the project's finish::

    moved    ID 14 'Equipment planning': Start 2024-06-17 08:00 -> 2024-07-01 08:00,
             Finish 2024-06-21 17:00 -> 2024-07-05 17:00 (+10d working, +14 calendar days)
    summary: no changes entered; 2 tasks moved (2 later); Finish 2024-10-11 17:00 ->
             2024-10-23 17:00 (+8d working, +12 calendar days)

(each on one line), dates in the system's locale (``01.07.2024 08:00`` in German; ISO in the
C locale and in ``--json``). Both plans are scheduled the same way, as ``gantry schedule``
and ``gantry info`` schedule a plan read from its file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from app.cli.diff_task_words import by_uid, task_words
from app.cli.schedule_json import iso
from app.domain.diff import PlanChange
from app.domain.diff_dates import DateMove, DateShift
from app.domain.diff_order import OrderMove
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import Project
from app.report.locale_dates import local_date
from app.report.locale_numbers import C_MARKS, Marks, local_figure, system_is_c

MOVES_SHOWN = 50
LEVELING_DELAY = "leveling_delay_minutes"
_ISO: list[bool] = [False]  # within iso_moments(): every moment written the ISO way


@contextmanager
def iso_moments() -> Iterator[None]:
    """Within it, :func:`system_moment` writes ``2024-06-17 08:00`` whatever the locale: a
    CSV's moments, as the plan's CSV and the Cash Flow CSV write dates for a sheet to read."""
    _ISO[0] = True
    try:
        yield
    finally:
        _ISO[0] = False


def system_moment(moment: datetime) -> str:
    """A moment as the system's locale writes it with its time, as the rest of ``gantry
    diff`` (a custom Date's ``Fr. 01.01.2027``) and the Import review (``17.06.2024 08:00``)
    write dates: ``17.06.2024 08:00`` in German, ``6/17/2024 8:00 AM`` in the US; the C
    locale's ``2024-06-17 08:00`` (told without loading Qt), as ``--json`` keeps ISO."""
    if _ISO[0] or system_is_c():
        return f"{moment:%Y-%m-%d %H:%M}"
    return local_date(moment, weekday=False, clock=True)


def _when(shift: DateShift) -> tuple[str, str]:
    """Both dates in the system's form (:func:`system_moment`): ``2024-06-17 08:00`` in C."""
    return system_moment(shift.old), system_moment(shift.new)


def by_how_much(shift: DateShift, project: Project, marks: Marks = C_MARKS) -> str:
    """``+10d working, +14 calendar days``; ``-4h working``; ``+1 calendar day`` (the same
    working moment on the new calendar: a day off added, say); lengths in ``marks``."""
    parts: list[str] = []
    if shift.working:
        sign = "+" if shift.working > 0 else "-"
        # in the plan's duration unit, as the sheet shows a length: 1.1d, not 528m
        length = format_duration(abs(shift.working), project, unit=project.duration_unit)
        parts.append(f"{sign}{local_figure(length, marks)} working")
    if shift.days:
        sign = "+" if shift.days > 0 else "-"
        parts.append(f"{sign}{counted(abs(shift.days), 'calendar day')}")
    return ", ".join(parts) or "the same working moment"


def _date_text(title: str, shift: DateShift) -> str:
    old, new = _when(shift)
    return f"{title} {old} -> {new}"


def move_line(
    move: DateMove, project: Project, marks: Marks = C_MARKS, item: str | None = None
) -> str:
    """One moved task, named ``item`` as the change lines name it (``ID 88 'Scope'``; None:
    by its UID): start and finish old -> new, and by how much (once when both moved alike;
    lengths in ``marks``)."""
    item = item or by_uid(move.uid, move.name)
    head = f"{'moved':8} {item}: "
    start, finish = move.start, move.finish

    if not start.moved:
        return head + f"{_date_text('Finish', finish)} ({by_how_much(finish, project, marks)})"
    if not finish.moved:
        return head + f"{_date_text('Start', start)} ({by_how_much(start, project, marks)})"
    if (start.old, start.new) == (finish.old, finish.new):  # a milestone
        return (
            head + f"{_date_text('Start and Finish', start)} ({by_how_much(start, project, marks)})"
        )
    if (start.working, start.days) == (finish.working, finish.days):
        dates = f"{_date_text('Start', start)}, {_date_text('Finish', finish)}"
        return head + f"{dates} ({by_how_much(start, project, marks)})"
    return head + (
        f"{_date_text('Start', start)} ({by_how_much(start, project, marks)}), "
        f"{_date_text('Finish', finish)} ({by_how_much(finish, project, marks)})"
    )


def _shift_json(shift: DateShift) -> dict[str, object]:
    return {
        "old": iso(shift.old),
        "new": iso(shift.new),
        "working_minutes": shift.working,
        "calendar_days": shift.days,
    }


def move_json(move: DateMove) -> dict[str, object]:
    """A moved task in ``diff --json``'s ``moved`` list: each date old/new (ISO, as
    ``schedule --json`` writes them), working minutes later (negative: earlier) and
    calendar days between."""
    return {
        "uid": move.uid,
        "name": move.name,
        "start": _shift_json(move.start),
        "finish": _shift_json(move.finish),
    }


@dataclass(frozen=True, slots=True)
class DatesCompared:
    """What scheduling both plans found: the moves and the project's finish, or why the
    dates could not be compared (``unscheduled``: the file whose plan cannot be)."""

    moves: Sequence[DateMove] = ()
    finish: DateShift | None = None
    unscheduled: str | None = None
    start: DateShift | None = None  # the project's

    @property
    def said(self) -> bool:
        """Whether the summary line has something to say: tasks moved, the project's finish
        moved (by a task added at the end, no other task moving) or a plan not scheduled."""
        moved = self.finish is not None and self.finish.moved
        return bool(self.moves) or moved or self.unscheduled is not None


def move_lines(
    dates: DatesCompared,
    project: Project,
    marks: Marks = C_MARKS,
    plans: tuple[Plan, Plan] | None = None,
) -> list[str]:
    """The moved tasks' lines, :data:`MOVES_SHOWN` at most, then "… and N more": the tasks
    finishing later first, the biggest slip first (of 142 moved, the 50 a PM needs), then
    the rest in the plan's order (``--json`` keeps the plan's order). ``plans``: old and
    new, to name each task by its ID (None: by its UID)."""
    slips = sorted(dates.moves, key=lambda m: -max(m.finish.working, 0))  # stable
    lines = [
        move_line(m, project, marks, task_words(m.uid, m.name, *plans) if plans else None)
        for m in slips[:MOVES_SHOWN]
    ]
    more = len(dates.moves) - MOVES_SHOWN
    if more > 0:
        lines.append(
            f"… and {more} more {'task' if more == 1 else 'tasks'} moved "
            "(gantry diff --json lists them all)"
        )
    return lines


def order_line(move: OrderMove, plan: Plan, old: Plan | None = None) -> str:
    """A task moved among its siblings (app/domain/diff_order.py), by its ID in each plan and
    the task it now follows in ``plan`` (the new one); named by its ID in ``plan`` and its
    UID (its ID differs between the files), or by its UID alone without ``old``::

        reordered ID 15 'Design' (UID 31): ID 12 -> 15, now after 'Review'
        reordered ID 17 'Pilot' (UID 40): ID 20 -> 17, now first under 'Deployment'
    """
    named = task_words(move.uid, move.name, old, plan) if old else by_uid(move.uid, move.name)
    head = f"{'reordered':8} {named}: ID {move.old_id} -> {move.new_id}"
    if move.after is not None:
        return f"{head}, now after '{plan.task(move.after).name}'"
    if move.summary is not None:
        return f"{head}, now first under '{plan.task(move.summary).name}'"
    return f"{head}, now first in the plan"


def order_json(move: OrderMove) -> dict[str, object]:
    """A task in ``diff --json``'s ``reordered`` list: its ID (row number) in each plan, its
    summary's uid (``summary_uid``, null: the top level) and the uid of the sibling it now
    follows (``after_uid``, null: the first under its summary)."""
    return {
        "uid": move.uid,
        "name": move.name,
        "old_id": move.old_id,
        "new_id": move.new_id,
        "summary_uid": move.summary,
        "after_uid": move.after,
    }


def project_line(dates: DatesCompared, project: Project, marks: Marks = C_MARKS) -> str | None:
    """The text's first line when dates moved: the project's Finish and Start old -> new, what
    a PM compares first (None: not compared)::

        project: Finish 2013-05-13 15:00 -> 2013-05-16 11:36 (+2.7d working, +3 calendar
                 days); Start 2012-12-24 08:00 as before
    """
    said = []
    for title, shift in (("Finish", dates.finish), ("Start", dates.start)):
        if shift is None:
            continue
        if shift.moved:
            said.append(f"{_date_text(title, shift)} ({by_how_much(shift, project, marks)})")
        else:
            said.append(f"{title} {_when(shift)[1]} as before")
    return f"{'project:':8} " + "; ".join(said) if said else None


def summary_counts(
    changes: Sequence[PlanChange], dates: DatesCompared, reordered: int = 0
) -> dict[str, object]:
    """The counts of ``diff --json``'s ``summary``: changes, leveling delays changed, tasks
    reordered within their summary, tasks moved (later, earlier) and the project's finish
    (None: not compared)."""
    later = sum(1 for m in dates.moves if m.later)
    return {
        "changes": len(changes),
        "leveling_delays_changed": _delays(changes),
        "tasks_moved": len(dates.moves),
        "moved_later": later,
        "moved_earlier": len(dates.moves) - later,
        "finish": None if dates.finish is None else _shift_json(dates.finish),
        "dates_not_compared": dates.unscheduled,
        "tasks_reordered": reordered,
    }


def _delays(changes: Sequence[PlanChange]) -> int:
    return sum(1 for c in changes if c.kind == "changed" and c.field == LEVELING_DELAY)


def summary_line(
    changes: Sequence[PlanChange],
    dates: DatesCompared,
    project: Project,
    reordered: int = 0,
    marks: Marks = C_MARKS,
) -> str:
    """``summary: 3 changes (2 leveling delays); 1 task reordered; 12 tasks moved (10 later,
    2 earlier); Finish A -> B (+8d working, +12 calendar days)``."""
    said = [counted(len(changes), "change") if changes else "no changes entered"]
    delays = _delays(changes)
    if delays:
        said[0] += f" ({counted(delays, 'leveling delay')})"
    if reordered:
        said.append(f"{counted(reordered, 'task')} reordered")
    if dates.unscheduled is not None:
        said.append(f"dates not compared: {dates.unscheduled}")
        return "summary: " + "; ".join(said)
    later = sum(1 for m in dates.moves if m.later)
    ways = [f"{later} later" if later else "", f"{len(dates.moves) - later} earlier"]
    if later == len(dates.moves):
        ways = ways[:1]
    moved = counted(len(dates.moves), "task") + " moved"
    said.append(f"{moved} ({', '.join(w for w in ways if w)})" if dates.moves else "no task moved")
    finish = dates.finish
    if finish is not None and finish.moved:
        said.append(f"{_date_text('Finish', finish)} ({by_how_much(finish, project, marks)})")
    elif finish is not None:
        said.append(f"Finish {_when(finish)[1]} as before")
    return "summary: " + "; ".join(said)
