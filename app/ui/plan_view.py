"""A plan's window as it was left: read it off the window and put it back on reopening.

What is kept (see :class:`app.ui.settings.PlanView`): the Gantt's zoom and the
moment at its left edge, the collapsed summaries and the task in the sheet's
first visible row. A task deleted since (or a summary that lost its subtasks)
is passed over.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_rows import summary_uids
from app.ui.settings import PlanView
from app.ui.task_tree import TaskTreeView


def view_of(tree: TaskTreeView, chart: QWidget | None, kept: PlanView | None = None) -> PlanView:
    """How the window shows its plan now.

    ``chart``: the Gantt, None while never built (the user stayed on another view):
    then the zoom ``kept`` from the last time stays as it was.
    """
    model = tree.task_model()
    row = tree.rowAt(0)
    top = model.uid_of(model.index(row, 0)) if row >= 0 else None
    zoom, px, left = ("", 0.0, None) if kept is None else (kept.zoom, kept.px_per_day, kept.left)
    scale = getattr(chart, "scale", None)
    left_moment = getattr(chart, "left_moment", None)
    if scale is not None and left_moment is not None:
        zoom, px, left = scale.level.name, scale.px_per_day, left_moment()
    return PlanView(zoom, px, left, top, model.collapsed_uids())


def restore_folds(model: TaskTreeModel, view: PlanView) -> None:
    """Collapse the kept summaries that are still summaries of the plan (one layout change)."""
    if view.collapsed:
        model.set_collapsed_uids(view.collapsed & summary_uids(model.document.plan.tasks))


def restore_scale(chart: QWidget, view: PlanView) -> None:
    """Put the Gantt back at its kept zoom and left edge (a chart without them is left alone)."""
    restore = getattr(chart, "restore_scale", None)
    if restore is not None and view.px_per_day > 0:
        restore(view.px_per_day, view.left)


def restore_top_row(tree: TaskTreeView, view: PlanView) -> None:
    """Scroll the sheet so that the kept task is its first row again (if it still shows)."""
    if view.top_uid is None:
        return
    index = tree.task_model().index_of_uid(view.top_uid)
    if index.isValid():
        tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
