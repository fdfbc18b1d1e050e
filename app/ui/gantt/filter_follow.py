"""The chart follows a filter just applied: MS Project's View > Scroll to Task, done once.

A tracking filter (Slipping Tasks, Late Tasks...) keeps the rows of work that is under way
or still to come, while the chart stays where it was, often at the project's start: the
rows showed an empty chart until the PM scrolled by hand. When a filter is applied and
none of the bars of the rows it matched that are in view shows in the chart, the chart
scrolls to the first such row's bar. Only on the filter's change (never while the user
scrolls, nor when All Tasks is shown again), once the sheet has laid out its new rows.

A summary's bar spans its subtasks, so it says nothing of where their work is: the bars of
the matched tasks that are not summaries are looked at first, the summaries' only when the
rows in view match no other task.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from app.ui.gantt.view import GanttView
    from app.ui.models.task_model import TaskTreeModel

SHOWN_PX = 4  # less of a bar than this at the chart's edge is not a bar seen


class FilterFollow(QObject):
    """Scroll ``chart`` to the first matched row's bar when a filter applied to ``model``
    leaves no matched bar in view (owned by the chart)."""

    def __init__(self, chart: GanttView, model: TaskTreeModel) -> None:
        super().__init__(chart)
        self._chart = chart
        self._model = model
        model.sig_filter_changed.connect(self._changed)

    def _changed(self) -> None:
        if self._model.row_filter() is not None:
            QTimer.singleShot(0, self, self.follow)  # once the tree has its new rows

    def follow(self) -> int | None:
        """Scroll to the bar a filter's rows need, if they need one: its task's uid."""
        uid = bar_to_show(self._chart, self._model)
        if uid is not None:
            self._chart.scroll_to_task(uid)
        return uid


def bar_to_show(chart: GanttView, model: TaskTreeModel) -> int | None:
    """The matched task whose bar the chart should scroll to (None: a matched bar shows
    already, no filter is on, or no matched row has a bar)."""
    row_filter = model.row_filter()
    if row_filter is None:
        return None
    matched = row_filter.matched
    in_view = [r.uid for r in chart.visible_rows() if r.uid in matched]
    shown = [uid for uid in model.shown_uids() if uid in matched]
    for uids in (_leaves(chart, in_view), in_view):
        if uids:
            if any(_bar_in_view(chart, uid) for uid in uids):
                return None
            break
    for candidates in (_leaves(chart, in_view), in_view, _leaves(chart, shown), shown):
        for uid in candidates:
            if chart.document.schedule.get(uid) is not None:
                return uid
    return None


def _leaves(chart: GanttView, uids: Iterable[int]) -> list[int]:
    plan = chart.document.plan
    return [uid for uid in uids if not plan.is_summary(uid)]


def _bar_in_view(chart: GanttView, uid: int) -> bool:
    times = chart.document.schedule.get(uid)
    if times is None:
        return False
    left = chart.hscroll
    right = left + chart.canvas.width()
    x0 = chart.scale.x_of(times.start)
    x1 = max(chart.scale.x_of(times.finish), x0 + SHOWN_PX)  # a milestone's diamond too
    return min(x1, right) - max(x0, left) >= SHOWN_PX
