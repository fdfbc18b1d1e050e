"""The text drawn right of each Gantt bar: the people on the task (the Gantt Chart's), or
its % complete (MS Project's Tracking Gantt), on screen, paper, PDF and PNG alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Literal

from app.domain.percent_shown import shown_percent
from app.domain.schedule import Schedule
from app.domain.task import Task
from app.report.people_label import JOIN, people_of
from app.report.plan_lookups import PlanLookups

RightLabel = Literal["people", "percent"]
RIGHT_LABELS: tuple[RightLabel, ...] = ("people", "percent")


def percent_label(task: Task, schedule: Schedule) -> str:
    """A task's % complete as drawn right of its bar ("45%"); a summary's rolled up from
    its subtasks, as the sheet's % Complete column shows it."""
    times = schedule.get(task.uid)
    value = times.percent_complete if times is not None and times.summary else None
    return f"{shown_percent(task.percent_complete if value is None else value)}%"


class PercentLabels(Mapping[int, str]):
    """Each scheduled task's % complete label, written when asked (the screen asks only
    for the rows it paints)."""

    def __init__(self, tasks: Mapping[int, Task], schedule: Schedule) -> None:
        self._tasks = tasks
        self._schedule = schedule

    def __getitem__(self, uid: int) -> str:
        if self._schedule.get(uid) is None:
            raise KeyError(uid)
        return percent_label(self._tasks[uid], self._schedule)

    def __iter__(self) -> Iterator[int]:
        schedule = self._schedule
        return (uid for uid in self._tasks if schedule.get(uid) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def bar_labels(
    right_label: RightLabel | None,
    show_resources: bool,
    lookups: PlanLookups,
    schedule: Schedule,
) -> Mapping[int, str]:
    """The text right of each bar by uid: the people ("people", while View > Show Resource
    Names is on), the % complete ("percent") or nothing (None)."""
    if right_label == "percent":
        return PercentLabels(lookups.tasks, schedule)
    if right_label == "people" and show_resources:
        return lookups.resources
    return {}


def labels_drawn(right_label: RightLabel | None, show_resources: bool) -> bool:
    """Whether any text is drawn right of the bars (room is kept for it past the last)."""
    return right_label == "percent" or (right_label == "people" and show_resources)


def fitted_label(label: str, room: float, advance: Callable[[str], float]) -> str:
    """``label`` in ``room`` points (``advance`` measures a text): whole, else the people
    that fit followed by how many more ("Aisha Khan[50%], Tom Becker, +4") rather than a
    name cut in the middle; "" when not even the first and the count fit ("…" would say
    nothing). MS Project lets the names run on past the chart's end; a printed page has an
    edge, and a reader can tell a count from a name cut short.

    The people are the assignments the label was joined from (a
    :class:`app.report.people_label.PeopleLabel`): "Weber, Jonas" is one person, not
    "Weber" and one more. Any other text is one piece."""
    if advance(label) <= room:
        return label
    names = people_of(label)
    shown = ""
    for k in range(1, len(names)):
        text = f"{JOIN.join(names[:k])}, +{len(names) - k}"
        if advance(text) > room:
            break
        shown = text
    return shown


def short_label(label: str, room: float, advance: Callable[[str], float]) -> str:
    """``label`` in ``room`` points, always readable: :func:`fitted_label`'s whole names and
    count, else the first person's name without their units and the count ("Jonas Weber,
    +1"), else that name cut with "…" before the count ("Jonas W…+1"), at least two letters
    of it; "" when not even that fits, or the label is a figure ("45%" cut to "4…" would
    read as another figure). A name cut inside its units read "Jonas Weber[50%…"."""
    fitted = fitted_label(label, room, advance)
    if fitted:
        return fitted
    names = people_of(label)
    first = names[0]
    if first.endswith("]") and "[" in first:  # "Jonas Weber[50%]": the units go first
        first = first[: first.rindex("[")].rstrip()
    more = f"+{len(names) - 1}" if len(names) > 1 else ""
    if advance(first + (f", {more}" if more else "")) <= room:
        return first + (f", {more}" if more else "")
    if not any(c.isalpha() for c in first):
        return ""
    for end in range(len(first) - 1, 1, -1):
        text = f"{first[:end].rstrip()}\u2026{more}"
        if advance(text) <= room:
            return text
    return ""
