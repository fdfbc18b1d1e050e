"""Each task's assignments, found without walking the plan's list of them.

``Plan.assignments_of_task`` walked every assignment of the plan per call, and its
callers ask once per task (a task's clock for each task Update Project moves, the
people of each task pricing reads): 10k tasks with 20k assignments read 200M rows.

:class:`TaskRows` sits beside the plan's list of assignments, as
:class:`app.domain.positions.Positions` does beside a list it indexes by uid. It
holds each task's rows in list order. The plan tells it of appends (kept up to date)
and of any other change of rows (read again at the next question). Behind its back, it
notices a list replaced, grown or shrunk, and a row of the task asked about that holds
another assignment or one moved to another task: it reads the list again then. What it
cannot notice is an assignment put on the task asked about behind its back while the
list keeps its length (``plan.assignments[i] = a`` moving ``a`` there, or one taken out
and one put in) and none of that task's rows moved: the plan's methods do that
(update_assignment...), and nothing else in the app writes into the list in place.
"""

from __future__ import annotations

from app.domain.resource import Assignment


class TaskRows:
    """The rows of each task's assignments in the plan's list, in list order."""

    __slots__ = ("_by_task", "_rows", "_size")

    def __init__(self) -> None:
        self._rows: list[Assignment] | None = None
        self._size = -1
        self._by_task: dict[int, list[tuple[int, int]]] = {}  # task: (row, assignment uid)

    def of_task(self, rows: list[Assignment], uid: int) -> list[Assignment]:
        """The assignments of task ``uid`` in ``rows``, in the order the list holds them."""
        if rows is not self._rows or len(rows) != self._size:
            self._read(rows)
        at = self._by_task.get(uid, ())
        found = [rows[i] for i, _ in at]
        if any(a.uid != k or a.task_uid != uid for a, (_, k) in zip(found, at, strict=True)):
            self._read(rows)  # rows moved or rewritten behind its back
            found = [rows[i] for i, _ in self._by_task.get(uid, ())]
        return found

    def appended(self, rows: list[Assignment]) -> None:
        """``rows`` just had one assignment appended."""
        if rows is self._rows and len(rows) == self._size + 1:
            a = rows[-1]
            self._by_task.setdefault(a.task_uid, []).append((self._size, a.uid))
            self._size += 1

    def forget(self) -> None:
        """The rows changed otherwise (an insert, a removal, an assignment moved to another
        task): read them again when asked."""
        self._rows = None

    def _read(self, rows: list[Assignment]) -> None:
        by_task: dict[int, list[tuple[int, int]]] = {}
        for i, a in enumerate(rows):
            at = by_task.get(a.task_uid)
            if at is None:
                by_task[a.task_uid] = [(i, a.uid)]
            else:
                at.append((i, a.uid))
        self._by_task = by_task
        self._rows = rows
        self._size = len(rows)
