"""A plan's assignments by task and by person, kept by the window from edit to edit for the
Indicators column (:class:`app.report.indicators.TaskIndicators`), with each person's last
over-allocation sweep (moved out of indicators.py, which had reached 600 lines).
"""

from __future__ import annotations

from app.domain.resource import Assignment


class AssignmentIndex:
    """A plan's assignments by task and by person, as they are when built.

    Independent of the schedule, so a window keeps one from edit to edit
    (0.15 s to build at 100k tasks) and builds it again only when the
    assignments change; :meth:`fits` tells whether it still can stand for them.
    """

    __slots__ = ("_count", "_list", "of_person", "on_task", "swept")

    def __init__(self, assignments: list[Assignment]) -> None:
        on_task: dict[int, list[Assignment]] = {}
        of_person: dict[int, list[Assignment]] = {}
        for a in assignments:
            on_task.setdefault(a.task_uid, []).append(a)
            of_person.setdefault(a.resource_uid, []).append(a)
        self.on_task = on_task
        self.of_person = of_person
        # Each person's last sweep (TaskIndicators._kept_sweep): their bookings, when they ran
        # and the tasks found, kept from schedule to schedule with the index.
        self.swept: dict[int, tuple[list[Assignment], tuple[object, ...], frozenset[int]]] = {}
        self._list = assignments
        self._count = len(assignments)

    def replace(self, old: Assignment | None, new: Assignment | None, count: int) -> None:
        """Put ``new`` where ``old`` was (either may be None: added, removed); the plan's list
        now holds ``count`` assignments. Which task or person an assignment is on may change."""
        if old is not None:
            _swap(self.on_task, old.task_uid, old, new if _same_task(old, new) else None)
            _swap(self.of_person, old.resource_uid, old, new if _same_person(old, new) else None)
        if new is not None:
            if not _same_task(old, new):
                self.on_task.setdefault(new.task_uid, []).append(new)
            if not _same_person(old, new):
                self.of_person.setdefault(new.resource_uid, []).append(new)
        self._count = count

    def fits(self, assignments: list[Assignment]) -> bool:
        """Whether it was built from this very list, as long as it is now (a list that was
        replaced or grew or shrank since needs a new index; a change in place is the caller's
        to notice)."""
        return assignments is self._list and len(assignments) == self._count


def _same_task(old: Assignment | None, new: Assignment | None) -> bool:
    return old is not None and new is not None and old.task_uid == new.task_uid


def _same_person(old: Assignment | None, new: Assignment | None) -> bool:
    return old is not None and new is not None and old.resource_uid == new.resource_uid


def _swap(
    table: dict[int, list[Assignment]], key: int, old: Assignment, new: Assignment | None
) -> None:
    """Replace ``old`` in ``table[key]`` by ``new`` in its place, or take it out (None)."""
    found = table.get(key, [])
    for i, a in enumerate(found):
        if a.uid == old.uid:
            if new is None:
                del found[i]
            else:
                found[i] = new
            return
