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

from operator import attrgetter

from app.domain.resource import Assignment

_task_of = attrgetter("task_uid")
_uid_of = attrgetter("uid")


class TaskRows:
    """The rows of each task's assignments in the plan's list, in list order.

    Kept as a chain per task, from its last row back (``_last``: a task's last row,
    ``_before``: the row of the same task's assignment before each row, -1 at its first),
    with each row's assignment uid as read (``_uids``): one pass over the rows and a few
    flat lists, no object per row or per task to build when a 66k-row plan is first asked
    (and nothing for the garbage collector to walk).
    """

    __slots__ = ("_before", "_last", "_rows", "_uids")

    def __init__(self) -> None:
        self._rows: list[Assignment] | None = None
        self._last: dict[int, int] = {}  # task: its last row
        self._before: list[int] = []  # row: the task's row before it (-1: none)
        self._uids: list[int] = []  # row: the uid of the assignment read there

    def of_task(self, rows: list[Assignment], uid: int) -> list[Assignment]:
        """The assignments of task ``uid`` in ``rows``, in the order the list holds them."""
        if rows is not self._rows or len(rows) != len(self._uids):
            self._read(rows)
        found = self._walk(rows, uid)
        if found is None:
            self._read(rows)  # rows moved or rewritten behind its back
            found = self._walk(rows, uid)
            assert found is not None  # just read
        return found

    def appended(self, rows: list[Assignment]) -> None:
        """``rows`` just had one assignment appended."""
        if rows is self._rows and len(rows) == len(self._uids) + 1:
            a = rows[-1]
            self._before.append(self._last.get(a.task_uid, -1))
            self._last[a.task_uid] = len(self._uids)
            self._uids.append(a.uid)

    def forget(self) -> None:
        """The rows changed otherwise (an insert, a removal, an assignment moved to another
        task): read them again when asked."""
        self._rows = None

    def _walk(self, rows: list[Assignment], uid: int) -> list[Assignment] | None:
        """Task ``uid``'s assignments in list order; None when a row of it holds another
        assignment than was read there, or one of another task."""
        found: list[Assignment] = []
        before, uids = self._before, self._uids
        i = self._last.get(uid, -1)
        while i >= 0:
            a = rows[i]
            if a.uid != uids[i] or a.task_uid != uid:
                return None
            found.append(a)
            i = before[i]
        found.reverse()
        return found

    def _read(self, rows: list[Assignment]) -> None:
        last: dict[int, int] = {}
        before = [-1] * len(rows)
        at = last.get
        for i, task in enumerate(map(_task_of, rows)):
            before[i] = at(task, -1)
            last[task] = i
        self._last = last
        self._before = before
        self._uids = list(map(_uid_of, rows))
        self._rows = rows
