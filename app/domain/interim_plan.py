"""An interim plan's values: MS Project's Start1..10/Finish1..10 of each task.

Kept by the plan (``Plan.interims``, by number 1..10); set and cleared in
app/domain/interim.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import InputError

INTERIM_COUNT = 10


def interim_label(number: int) -> str:
    """MS Project's name for interim plan ``number``: "Start1/Finish1"."""
    return f"Start{number}/Finish{number}"


def interim_key(number: int) -> int:
    """The key a change of interim plan ``number`` is told by (Entity.BASELINE, negative so
    it is no baseline's index 0..10)."""
    return -number


def check_number(number: int) -> None:
    """Refuse an interim plan number MS Project has not (1..10)."""
    if not 1 <= number <= INTERIM_COUNT:
        raise InputError(f"interim plans are numbered 1 to {INTERIM_COUNT} (Start1..Start10)")


def saved_moment(moment: datetime) -> str:
    """The moment an interim plan was set, as its dialogs and printouts say it:
    "Mon 2026-11-23 14:05" (the weekday in English, as the dialogs' other words)."""
    return f"{_WEEKDAYS[moment.weekday()]} {moment:%Y-%m-%d %H:%M}"


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class InterimEntry:
    """One task's Start N and Finish N."""

    task_uid: int
    start: datetime | None
    finish: datetime | None


@dataclass(frozen=True, slots=True)
class InterimPlan:
    """Interim plan ``number`` (1..10): the tasks' Start N/Finish N, in task order, and when
    it was last set (``saved_at``; None: not known, as for one read from an MS Project XML,
    which keeps no such time, or from a file written before Gantry kept it)."""

    number: int
    entries: tuple[InterimEntry, ...] = ()
    saved_at: datetime | None = None

    def label(self) -> str:
        """ "Start1/Finish1"..."Start10/Finish10"."""
        return interim_label(self.number)

    def saved_words(self) -> str:
        """When it was last set, as Set Baseline's lists say it: "last saved on Mon 2026-11-23
        14:05"; "" when not known."""
        return "" if self.saved_at is None else f"last saved on {saved_moment(self.saved_at)}"

    def entry(self, task_uid: int) -> InterimEntry | None:
        """The entry of one task, if the interim plan holds it."""
        for e in self.entries:
            if e.task_uid == task_uid:
                return e
        return None
