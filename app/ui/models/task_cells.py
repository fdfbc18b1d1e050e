"""What a task sheet cell says: text, indicator icon and tooltip, critical colour.

Kept apart from the Qt model so the model file holds only rows, roles and
edits. Caches (links by successor, issues by task) are rebuilt on demand; the links by
successor come from the Document's shared lookups.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from app.domain.link import Link
from app.domain.notation import format_duration, format_span
from app.domain.schedule import Schedule
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.icons import icon
from app.ui.models.task_edits import Column, format_date, format_date_edit, format_predecessors

_FEW_LINKS = 8  # changed links refreshed one by one; more rebuild the index when next asked


def assigning_module() -> Any:
    """H5's assignment notation, once it exists (the People column hides without it)."""
    try:
        from app.domain import assigning
    except ImportError:
        return None
    return assigning


class TaskCells:
    """Formats one task's cells from the document (plan, schedule, costs)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._links_into: dict[int, list[Link]] | None = None  # by successor, built on demand
        self._issues: tuple[Schedule, dict[int, list[str]]] | None = None

    def links_changed(self, keys: Sequence[object]) -> None:
        """Links (predecessor, successor) changed: refresh those successors' entries.

        Rebuilding the whole index costs ~60 ms at 150k links, so a few changed
        links are looked up again one successor at a time; many drop the index.
        """
        if self._links_into is None:
            return
        if len(keys) > _FEW_LINKS:
            self._links_into = None
            return
        links = self.document.plan.links
        for key in keys:
            successor = key[1]  # type: ignore[index]
            self._links_into[successor] = [lk for lk in links if lk.successor == successor]

    def critical(self, uid: int) -> bool:
        """Whether a (non-summary) task is on the critical path."""
        times = self.document.schedule.get(uid)
        return bool(times and times.critical and not times.summary)

    def indicator(self, uid: int, role: int) -> Any:
        """MS Project's indicators column, folded into the ID cell: scheduling issues, notes."""
        issues = self._issues_by_task().get(uid)
        notes = self.document.plan.task(uid).notes
        if role == Qt.ItemDataRole.DecorationRole:
            if issues:
                return icon("warning")
            return icon("note") if notes else None
        lines = list(issues or [])
        if notes:
            lines.append(f"Notes: {notes}")
        return "\n".join(lines) or None

    def text(self, uid: int, column: Column, editing: bool) -> str | None:
        """A cell's display text (``editing``: the text an editor starts from)."""
        plan = self.document.plan
        task = plan.task(uid)
        times = self.document.schedule.get(uid)
        if column is Column.ID:
            return str(plan.index_of(uid) + 1)
        if column is Column.WBS:
            return plan.wbs(uid)
        if column is Column.NAME:
            return task.name
        if column is Column.DURATION:
            if times is not None and times.summary:
                return format_span(times.duration_minutes, plan.project)
            minutes = times.duration_minutes if times is not None else task.duration_minutes
            return format_duration(
                minutes, plan.project, task.elapsed, task.estimated, task.duration_unit
            )
        if column in (Column.START, Column.FINISH):
            moment = None
            if times is not None:
                moment = times.start if column is Column.START else times.finish
            else:
                moment = task.start if column is Column.START else task.finish
            return format_date_edit(moment) if editing else format_date(moment)
        if column is Column.PREDECESSORS:
            return format_predecessors(plan, uid, self._links_by_successor().get(uid, []))
        if column is Column.RESOURCES:
            assigning = assigning_module()
            return assigning.format_assignments(plan, uid) if assigning else ""
        if column is Column.PERCENT:
            value = times.percent_complete if times is not None else task.percent_complete
            return f"{value:.0f}" if editing else f"{value:.0f}%"
        if column is Column.COST:
            costs = getattr(self.document, "costs", None)
            if costs is None:
                return None
            amount = costs.task_cost.get(uid, 0.0)
            return money(plan.project, amount)
        return None

    def _links_by_successor(self) -> dict[int, list[Link]]:
        if self._links_into is None:
            # The Document's table (warmed by File > Open's worker): shared with the Gantt's
            # painter, not built twice. The Document drops it at the plan's next change, before
            # links_changed refreshes entries here, so the painter never sees this one edited.
            self._links_into = self.document.lookups().links_into
        return self._links_into

    def _issues_by_task(self) -> dict[int, list[str]]:
        schedule = self.document.schedule
        if self._issues is None or self._issues[0] is not schedule:
            by_task: dict[int, list[str]] = {}
            for issue in schedule.issues:
                by_task.setdefault(issue.task_uid, []).append(issue.message)
            self._issues = (schedule, by_task)
        return self._issues[1]
