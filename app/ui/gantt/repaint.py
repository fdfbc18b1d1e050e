"""What of the Gantt chart an edit in place changed: the bands of the rows whose bars moved
and of the links into and out of them, so that the chart repaints those and not the rest.

A duration typed in row 500 of a 10k plan moves that task, its successors and
its summary; the chart repainted every visible bar, arrow and day of shading.
Anything the chart cannot follow row by row repaints it all (None): a full
reschedule, tasks or links added, a new scale or scroll, the project's start,
progress lines joining the rows, a grouped sheet's bars, Format > Task Path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion

from app.report.gantt_paint import GanttPainter
from app.ui.models.changed_rows import summaries_above

if TYPE_CHECKING:
    from app.ui.gantt.view import GanttView


def changed_region(
    view: GanttView, before: GanttPainter | None, edited: set[int] | None
) -> QRegion | None:
    """The canvas region to repaint after the plan's tasks ``edited`` were changed in place
    and rescheduled (``before``: the painter of the chart as last painted); None: all of it."""
    document = view.document
    moved = document.moved_uids
    if before is None or edited is None or moved is None or view.overlays:
        return None
    if before.scale != view.scale or document.plan.project.progress_lines.any_on:
        return None
    if getattr(view.tree.model(), "row_group", lambda: None)() is not None:
        return None
    rows = view.visible_rows()
    if not rows:
        return QRegion()
    index = view.row_index()
    row_of = index.row_of
    first, last = row_of.get(rows[0].uid), row_of.get(rows[-1].uid)
    if first is None or last is None:
        return None
    old, new = before.schedule, document.schedule
    sure = set(edited) | moved
    sure |= summaries_above(document, sure)
    sure |= {x.task_uid for x in set(old.issues) ^ set(new.issues)}  # deadline marks
    changed = {r.uid for r in rows if r.uid in sure or old.times.get(r.uid) != new.times.get(r.uid)}
    width = view.canvas.width()
    top0, height = rows[0].top, rows[0].height
    region = QRegion()
    for row in rows:
        if row.uid in changed:
            region += QRect(0, int(row.top), width, int(row.height) + 1)
    for link in index.links_near(first, last):
        ends = (link.predecessor, link.successor)
        if not (sure.intersection(ends) or changed.intersection(ends)):
            continue
        a, b = row_of.get(ends[0]), row_of.get(ends[1])
        if a is None or b is None:
            continue
        low, high = max(min(a, b), first), min(max(a, b), last)
        if low <= high:
            y = int(top0 + (low - first) * height)
            region += QRect(0, y, width, int((high - low + 1) * height) + 1)
    return region


def selection_region(view: GanttView, spans: list[tuple[int, int]]) -> QRegion | None:
    """The canvas region of the rows ``spans`` (first, last sheet row) covers, where the
    selected rows' band is drawn; None: all of it (the rows are not known now)."""
    rows = view.visible_rows()
    if not rows:
        return QRegion()
    row_of = view.row_index().row_of
    first, last = row_of.get(rows[0].uid), row_of.get(rows[-1].uid)
    if first is None or last is None:
        return None
    top0, height = rows[0].top, rows[0].height
    width = view.canvas.width()
    region = QRegion()
    for top, bottom in spans:
        low, high = max(top, first), min(bottom, last)
        if low <= high:
            y = int(top0 + (low - first) * height)
            region += QRect(0, y, width, int((high - low + 1) * height) + 1)
    return region
