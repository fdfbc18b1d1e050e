"""What leveling hands back: the delays, the tasks it moved and what it could not clear.

The messages for the user (what moved, who stays over-allocated and why)
are built here from those values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.leveling_resume import with_leveling_delay
from app.domain.plural_words import counted, noun
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task


@dataclass(frozen=True, slots=True)
class LevelingMove:
    """One task the leveler delayed.

    ``resumes``: a started task whose work left now resumes later (a split);
    its old and new start are then where that work resumes. ``split``: a task not
    started that leveling split (its first part runs earlier, the rest after the
    clash; app.domain.leveling_split); ``delay_minutes`` is then its start's delay.
    """

    task_uid: int
    name: str
    delay_minutes: int
    old_start: datetime
    new_start: datetime
    resumes: bool = False
    split: bool = False
    # How many of its people's assignments wait while the others start on time ("Leveling
    # can adjust individual assignments on a task"); ``delay_minutes`` is the task's own.
    people: int = 0


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An over-allocation leveling had to leave: a person, a task of theirs, and why.

    ``reason`` is a clause for the user naming the task: "'Pour' has work done
    then", "one task alone asks more than a person's max units ('Pour' at 150%,
    max 100%)" (MS Project's "cannot resolve the overallocation"). ``at``: when
    the clash starts, when known; ``holder``: the task that holds the person then
    (its name, "" when unknown) and ``held_as`` how ("work done", "must start on",
    "placed first in the leveling order"...).
    """

    resource_uid: int
    task_uid: int
    reason: str
    at: datetime | None = None
    holder: str = ""
    held_as: str = ""

    def message(self, person: str, more: int = 0) -> str:
        """MS Project's "cannot resolve the overallocation of <person> on <date>", with why.

        ``more``: how many other clashes of theirs leveling left too.
        """
        on = f" on {self.at:%a %Y-%m-%d %H:%M}" if self.at is not None else ""
        held = (
            f", and {quoted(self.holder, NAME_LIMIT)} holds {person} then ({self.held_as})"
            if self.holder
            else ""
        )
        also = f" (and {more} more)" if more else ""
        return (
            f"Gantry cannot resolve the overallocation of {person}{on}: {self.reason}{held}{also}."
        )


@dataclass(frozen=True, slots=True)
class LevelingResult:
    """New leveling delays (every leaf task, 0 when not delayed) and the tasks delayed.

    A delay is the task's own wait for a person, in working minutes of the
    calendar it is scheduled on; tasks that only follow a delayed predecessor
    get none (their links move them). ``unresolved``: the over-allocations no
    delay could clear, by person then task. ``placed``: where the moved tasks went.
    """

    delays: dict[int, int]
    moves: tuple[LevelingMove, ...]
    unresolved: tuple[Unresolved, ...] = ()
    # (start, finish) in clock minutes (app.domain.worktime.to_minutes) of every task leveling
    # moved, by its own delay or behind a moved predecessor: where it booked their people, and
    # where the scheduler puts them once the delays are applied. Tasks not in it stay put.
    placed: dict[int, tuple[int, int]] = field(default_factory=dict)
    # The delays this run started from ("Clear leveling values before leveling" off), by
    # task uid: a task that kept its delay unchanged moved in no new way, so the sentence
    # counts only the others (``gantry level --keep-delays`` and the window alike).
    kept: dict[int, int] = field(default_factory=dict)

    def new_moves(self) -> list[LevelingMove]:
        """The moves this run made: those of :attr:`moves` but the tasks that keep the very
        delay they had (split or resumed tasks always count)."""
        kept = self.kept
        return [
            m for m in self.moves if m.split or m.resumes or kept.get(m.task_uid) != m.delay_minutes
        ]

    def summary(
        self,
        minutes_per_day: int = 480,
        decimal: str = ".",
        shown: Callable[[int], str] | None = None,
    ) -> str:
        """A sentence for the user (working days as the project counts them, their decimal
        mark the reader's ``decimal``: "longest delay 80,5 working days" in German).

        ``shown``: a task's delay as the Leveling Delay column shows it once the delays are
        in (elapsed days, "57ed"); the longest delay then names its task and that, so that
        the user finds it in the column: "41.5 working days ('Task 4', 57ed)"."""
        if not self.moves:
            return "Nothing had to move: no one is over-allocated."
        moves = self.new_moves()
        delayed = [m for m in moves if not m.split and (m.delay_minutes or not m.people)]
        cut = [m for m in moves if m.split]
        waiting = [m for m in moves if m.people]  # some of their people wait, not the task
        said = []
        if delayed:
            longest = max(delayed, key=lambda m: m.delay_minutes)
            days = longest.delay_minutes / minutes_per_day
            where = (
                f" ({quoted(longest.name, NAME_LIMIT)}, {shown(longest.task_uid)})"
                if shown is not None
                else ""
            )
            split = sum(1 for m in delayed if m.resumes)
            their = noun(split, "its", "their")
            paused = f" ({split} started, split: {their} work left resumes later)" if split else ""
            said.append(
                f"Delayed {counted(len(delayed), 'task')}{paused}: {_names(delayed)}; "
                f"longest delay {counted(days, 'working day').replace('.', decimal, 1)}{where}."
            )
        if waiting:
            people = sum(m.people for m in waiting)
            said.append(
                f"Delayed {counted(people, 'assignment')} on {_names(waiting)}, "
                f"{noun(people, 'its', 'their')} other people on time."
            )
        if cut:
            # Short: the status bar shows it in one line beside the finish and cost.
            said.append(f"Split {counted(len(cut), 'task')} around a clash: {_names(cut)}.")
        same = len(self.moves) - len(moves)
        if same:  # kept delays ("Clear leveling values" off) that this run did not change
            said.append(
                f"{counted(same, 'task')} "
                f"{noun(same, 'keeps its earlier delay', 'keep their earlier delays')}."
            )
        return " ".join(said)

    def why_left(self, people: dict[int, str], left: set[int]) -> str:
        """Why the people of ``left`` stay over-allocated, as one sentence for the user.

        ``people`` names them by uid. Empty when leveling saw no reason for
        any of them (an edit since, say); a person it saw none for is left out.
        """
        first: dict[int, Unresolved] = {}
        count: dict[int, int] = {}
        for u in self.unresolved:
            if u.resource_uid in left:
                first.setdefault(u.resource_uid, u)
                count[u.resource_uid] = count.get(u.resource_uid, 0) + 1
        return " ".join(
            first[uid].message(people.get(uid, f"resource {uid}"), count[uid] - 1)
            for uid in sorted(first, key=lambda r: (people.get(r, ""), r))
        )


def _names(moves: list[LevelingMove]) -> str:
    """The first five tasks moved, quoted, and how many more."""
    names = ", ".join(quoted(m.name, NAME_LIMIT) for m in moves[:5])
    return names + (f" and {len(moves) - 5} more" if len(moves) > 5 else "")


def cleared_text(before: dict[int, int], after: dict[int, int]) -> str:
    """The earlier leveling this leveling took out (``before``: the delays the plan held,
    ``after``: the new ones), as a sentence to put first; "" when it took out none."""
    gone = sum(1 for uid, delay in before.items() if delay and not after.get(uid))
    return f"Earlier leveling delays of {counted(gone, 'task')} cleared. " if gone else ""


def nothing_new(
    tasks: Callable[[int], Task],
    delays: dict[int, int],
    people: Mapping[int, Mapping[int, int]] | None = None,
) -> bool:
    """Whether ``delays`` (a run's result) are the leveling the tasks hold already, pauses
    and all (``tasks``: a task by uid, before the delays are set): then leveling again
    changes nothing, and the window and ``gantry level`` say so (:func:`as_they_were`).
    ``people``: the assignment leveling delays the plan holds, by task uid
    (:func:`~app.domain.leveling_assignments.held_people`; None: none held)."""
    held = people or {}
    return all(
        with_leveling_delay(tasks(uid), d) is tasks(uid)
        and dict(getattr(d, "people", ())) == dict(held.get(uid, {}))
        for uid, d in delays.items()
    )


def as_they_were(moved: int) -> str:
    """What leveling again says when its delays are those the plan holds: ``moved`` tasks
    (the result's moves) stay delayed or split, nothing new. "Delayed 113 tasks" again
    claimed work it had not done."""
    return (
        f"The leveling delays are as they were: {counted(moved, 'task')} "
        f"{noun(moved, 'stays', 'stay')} delayed or split."
    )


def finish_text(leveled: str, unleveled: str) -> str:
    """How leveling moved the plan's finish, as ``gantry level`` and the window say it, each
    writing the dates its own way: "Finishes 2026-05-04 17:00 (unleveled 2026-04-20 17:00)"."""
    return f"Finishes {leveled} (unleveled {unleveled})"


def none_over_on(basis_label: str) -> str:
    """What a run that moved nothing says when people are over only within a period of its
    basis (``basis_label``: "Week by Week"): "no one is over-allocated" alone would be
    false next to the line naming them, in the window and in ``gantry level`` alike."""
    return f"Nothing had to move: no one is over-allocated on a {basis_label} basis."
