"""The Start and Finish dates a client typed into a returned workbook, kept as typed.

A Finish typed on a task becomes a new duration, a Start a Start No Earlier Than
constraint (or, on a task under way, its actual start): the plan keeps no typed date,
so the Import review listed "Duration 15d -> 20d" where the client had moved the
Finish a week. Each :class:`TypedDate` remembers the date as typed and the changes the
plan makes of it (the fields :func:`app.domain.diff.diff_plans` names), so the review
shows the typed date in one row with what the plan does to honour it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.diff_fields import TASK_FIELDS
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import TaskTimes
from app.domain.task import Task


@dataclass(frozen=True, slots=True)
class TypedDate:
    """A date typed in the ``title`` column ("Start" or "Finish") of task ``uid``'s row;
    ``fields``: the task's fields the plan changes for it (``duration_minutes``...)."""

    uid: int
    title: str
    moment: datetime
    fields: tuple[str, ...]


def typed_date(title: str, moment: datetime, before: Task, after: Task) -> TypedDate:
    """What typing ``moment`` in ``title`` did to the task (``before`` -> ``after``)."""
    fields = tuple(
        name for name, get in TASK_FIELDS.items() if get(before, False) != get(after, False)
    )
    return TypedDate(after.uid, title, moment, fields)


def unheeded_notes(
    typed: Sequence[TypedDate],
    times: Callable[[int], TaskTimes | None],
    names: Mapping[int, str],
    date_text: Callable[[datetime], str],
) -> list[str]:
    """A line for each date typed that the plan cannot take as typed: it changes nothing
    (a Finish a week later over the task's person's week off comes to the same duration),
    so the task keeps its date. Said, as the client believes it sent. ``times``: the
    plan's dates; a date typed as the plan has it (its text retyped) says nothing."""
    lines = []
    for date in typed:
        scheduled = times(date.uid)
        if date.fields or scheduled is None or date.uid not in names:
            continue
        was = scheduled.start if date.title == "Start" else scheduled.finish
        if was == date.moment:
            continue
        lines.append(
            f"{quoted(names[date.uid], NAME_LIMIT)}: the {date.title} typed, "
            f"{date_text(date.moment)}, changes nothing on the task's working time; "
            f"it keeps its {date.title} {date_text(was)}"
        )
    return lines
