"""The review's rows for a Start or Finish the client typed: the date as typed, and what
the plan does to honour it, in one row.

The plan keeps no typed date: a Finish moved a week becomes a longer duration, a Start a
Start No Earlier Than constraint. The review listed those alone ("Duration 15d -> 20d"),
so the PM saw a change the client never made and not the one they did. Now the row says
"Finish, typed by the client: 15 Mar -> 22 Mar" and, beside it, "Duration 15d -> 20d";
its box accepts or rejects the whole of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.merge import MergeItem
from app.domain.project import Project
from app.domain.schedule import Schedule
from app.io.roundtrip_typed_dates import TypedDate
from app.report.locale_dates import local_date
from app.ui.exchange.labels import change_label, show_values


@dataclass(frozen=True, slots=True)
class TypedRow:
    """One typed date's row: the review's items it stands for (their indices), the
    column typed, the task's date in the plan and the date typed."""

    indices: tuple[int, ...]
    title: str
    old: str
    new: str

    @property
    def label(self) -> str:
        return f"{self.title}, typed by the client"


def moment_text(moment: datetime) -> str:
    """A date as the review shows dates: ``2013-03-22 17:00`` (the user's locale)."""
    return local_date(moment, weekday=False, clock=True)


def typed_rows(
    items: Sequence[MergeItem], typed: Sequence[TypedDate], times: Schedule
) -> list[TypedRow]:
    """A row for each date in ``typed`` that gave one of ``items`` (a task's changed
    field); ``times``: the plan's schedule, whose date the typed one replaces."""
    rows: list[TypedRow] = []
    claimed: set[int] = set()
    for date in typed:
        indices = tuple(
            k
            for k, item in enumerate(items)
            if k not in claimed
            and item.change.entity == "task"
            and item.change.kind == "changed"
            and item.change.uid == date.uid
            and item.change.field in date.fields
        )
        if not indices:
            continue
        claimed.update(indices)
        scheduled = times.get(date.uid)
        was = (
            None
            if scheduled is None
            else (scheduled.start if date.title == "Start" else scheduled.finish)
        )
        old = "—" if was is None else moment_text(was)
        rows.append(TypedRow(indices, date.title, old, moment_text(date.moment)))
    return rows


def consequence(items: Sequence[MergeItem], row: TypedRow, project: Project) -> str:
    """What the plan does to honour the typed date: ``Duration 15d → 20d``; the
    changes it stands for, each as its own row would say it."""
    said = []
    for k in row.indices:
        c = items[k].change
        old, new = show_values(c.field, c.old, c.new, project)
        said.append(f"{change_label(c, project)} {old} → {new}")
    return "; ".join(said)
