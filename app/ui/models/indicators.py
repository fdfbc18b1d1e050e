"""The task sheet's Indicators column: the marks of app.report.indicators as icons and tooltips.

One :class:`TaskIndicators` is kept per schedule and cost report (every edit
makes new ones); a painted cell only looks its row's marks up, worked out the
first time that row is painted after the edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.domain.events import Change, ChangeKind, Entity
from app.domain.resource import Assignment
from app.report.assignment_index import AssignmentIndex
from app.report.indicators import Indicator, Mark, TaskIndicators
from app.ui.icons import icon

# Custom role of the Indicators cell: the row's marks' kinds, in the order they are drawn.
IndicatorsRole = Qt.ItemDataRole.UserRole + 21
HEADER_ICON = "indicator-header"
HEADER_TIP = (
    "Indicators: notes, hyperlinks, constraints, deadlines, calendars, progress and more "
    "(hover a row's icons)"
)


def indicator_icon(kind: Indicator | str) -> QIcon:
    """The icon of one kind of mark (resources/icons/indicator-<kind>.svg; a str: the
    sheet's own marks, as app/ui/models/critical_mark.py's)."""
    return icon(f"indicator-{kind if isinstance(kind, str) else kind.value}")


def indicators_header(role: int) -> Any:
    """The Indicators column's header: the "i" icon, no title (the column is narrow)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return ""
    if role == Qt.ItemDataRole.DecorationRole:
        return icon(HEADER_ICON)
    if role == Qt.ItemDataRole.ToolTipRole:
        return HEADER_TIP
    if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader's name for the column
        return "Indicators"
    return None


# Changes that never touch the assignments: the index of them is kept over these.
_KEEPS_ASSIGNMENTS = frozenset({Entity.LINK, Entity.CALENDAR, Entity.RISK, Entity.BASELINE})


class IndicatorCells:
    """What the Indicators cells of one document say, kept for its current schedule.

    The marks are worked out again for each schedule; the plan's assignments
    by task and person are kept from edit to edit until they change (building
    them again was most of the first paint after a duration edit at 100k tasks).
    """

    def __init__(self, document: Any) -> None:
        self.document = document
        self._for: tuple[object, object] | None = None
        self._marks: TaskIndicators | None = None
        self._index: AssignmentIndex | None = None
        self._watched: Any = None  # the plan whose changes drop the index
        self._before: list[Assignment] = []  # assignments about to change in place

    def marks(self, uid: int) -> tuple[Mark, ...]:
        """The marks of task ``uid`` under the document's current schedule."""
        return self._current().of(uid)

    def kinds(self, uid: int) -> tuple[Indicator, ...]:
        """The kinds of task ``uid``'s marks, their sentences unwritten (a printed page's)."""
        return self._current().kinds(uid)

    def data(self, uid: int, role: int) -> Any:
        """The Indicators cell's data for ``role`` (None for roles it does not answer)."""
        if role == IndicatorsRole:  # painted: the icons only, sentences when hovered
            return self.kinds(uid)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._current().tooltip(uid)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._current().tooltip(uid) or ""
        return None

    def _current(self) -> TaskIndicators:
        """The marks for the schedule and costs now (built again after each reschedule)."""
        document = self.document
        schedule = document.schedule
        costs = getattr(document, "costs", None)
        marks = self._marks
        made_for = self._for
        if (
            marks is None
            or made_for is None
            or made_for[0] is not schedule
            or made_for[1] is not costs
        ):
            over = getattr(costs, "overallocated", None)
            plan = document.plan
            if self._watched is not plan:
                self._watch(plan)
            elif marks is not None and marks.index is not None:
                self._index = marks.index
            marks = self._marks = TaskIndicators(plan, schedule, over, self._kept_index())
            self._for = (schedule, costs)
        return marks

    def _watch(self, plan: Any) -> None:
        """Hear the plan's changes (a new plan: forget the index kept for the old one)."""
        old = self._watched
        if old is not None:
            old.changes.unsubscribe(self._on_plan_changed, self._on_plan_changing)
        self._index = None
        self._watched = plan
        plan.changes.subscribe(self._on_plan_changed, self._on_plan_changing)

    def _kept_index(self) -> AssignmentIndex | None:
        marks = self._marks
        return self._index or (marks.index if marks is not None else None)

    def assignment_index(self) -> AssignmentIndex:
        """The plan's assignments by task (in the plan's order) and by person, kept from edit
        to edit until assignments come, go or change task (the People column reads it too)."""
        plan = self.document.plan
        if self._watched is not plan:
            self._watch(plan)
        index = self._kept_index()
        if index is None or not index.fits(plan.assignments):
            index = self._index = AssignmentIndex(plan.assignments)
        return index

    def _on_plan_changing(self, change: Change) -> None:
        """Before assignments change in place: note them as they are (to take them out)."""
        self._before = []
        if change.entity is Entity.ASSIGNMENT and change.kind is ChangeKind.CHANGED:
            plan = self._watched
            rows = [plan.assignment_row(uid) for uid in change.keys if isinstance(uid, int)]
            self._before = [plan.assignments[row] for row in rows if row is not None]

    def _on_plan_changed(self, change: Change) -> None:
        """Keep the index over assignments edited in place on their task (a duration edit
        changes its people's work); drop it when people, tasks or assignments come and go,
        or an assignment moves to another task (each task's list keeps the plan's order,
        which the People cell shows). A task edited in place keeps its assignments."""
        entity, kind = change.entity, change.kind
        if entity is Entity.RISK and self._marks is not None:  # the risk marks: made again
            self._index = self._kept_index()
            self._marks = None
            self._for = None
        if entity in _KEEPS_ASSIGNMENTS or (entity is Entity.TASK and kind is ChangeKind.CHANGED):
            return
        index = self._kept_index()
        if index is not None and entity is Entity.ASSIGNMENT and kind is ChangeKind.CHANGED:
            plan = self._watched
            before = {a.uid: a for a in self._before}
            self._before = []
            pairs: list[tuple[Assignment, Assignment]] = []
            for uid in change.keys:
                row = plan.assignment_row(uid) if isinstance(uid, int) else None
                old = before.get(uid) if isinstance(uid, int) else None
                new = plan.assignments[row] if row is not None else None
                if old is None or new is None or old.task_uid != new.task_uid:
                    pairs = []  # moved to another task: its place there is the plan's to say
                    break
                pairs.append((old, new))
            else:
                for old, new in pairs:
                    index.replace(old, new, len(plan.assignments))
                return
        self._index = None
        marks = self._marks
        if marks is not None and marks.index is not None:
            self._marks = None  # its index is stale too: the next read makes new marks
            self._for = None
