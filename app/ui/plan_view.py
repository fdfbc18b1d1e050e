"""A plan's window as it was left: read it off the window and put it back on reopening.

What is kept (see :class:`app.ui.settings.PlanView`): the Gantt's zoom and the
moment at its left edge, the collapsed summaries, the task in the sheet's
first visible row, the sort, filter and grouping of the rows, the selected task and the
Format > Task Path highlights that follow it, the sheet's table (View > Tables), its
columns as shown, the user's tables and whether View > Tracking Gantt was on. A task deleted since
(or a summary that lost its subtasks, a person filtered on who left) is
passed over.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.ui.column_placement import show_columns
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_rows import summary_uids
from app.ui.settings import TREE_HEADER_STATE, PlanView
from app.ui.sheet_layout import column_key, column_of
from app.ui.sheet_tables import BUILT_IN, user_table
from app.ui.table_looks import restore_table_looks, table_looks_of
from app.ui.task_tree import TaskTreeView


def view_of(
    tree: TaskTreeView,
    chart: QWidget | None,
    kept: PlanView | None = None,
    window: QWidget | None = None,
) -> PlanView:
    """How the window shows its plan now.

    ``chart``: the Gantt, None while never built (the user stayed on another view):
    then the zoom ``kept`` from the last time stays as it was. ``window``: the main
    window, whose sort and filter controllers say how the rows are listed.
    """
    model = tree.task_model()
    row = tree.rowAt(0) if tree.isVisible() else -1
    top = model.uid_of(model.index(row, 0)) if row >= 0 else None
    if row < 0 and kept is not None:
        top = kept.top_uid  # the sheet is not shown (another view): its row as last kept
    zoom, px, left = ("", 0.0, None) if kept is None else (kept.zoom, kept.px_per_day, kept.left)
    scale = getattr(chart, "scale", None)
    left_moment = getattr(chart, "left_moment", None)
    if scale is not None and left_moment is not None:
        zoom, px, left = scale.level.name, scale.px_per_day, left_moment()
    sorting, filtering = _controller(window, "sort"), _controller(window, "filter")
    grouping = _controller(window, "group")
    paths = getattr(_find(window, "task_path"), "kinds", None)
    return PlanView(
        zoom,
        px,
        left,
        top,
        model.collapsed_uids(),
        sorting.current if sorting is not None and model.row_sort() is not None else None,
        filtering.current if filtering is not None and model.row_filter() is not None else None,
        current_uid=tree.current_uid(),
        task_group=grouping.current
        if grouping is not None and model.row_group() is not None
        else None,
        task_path=frozenset(paths) if paths else frozenset(),
        **_table_fields(tree, window),
    )


def _table_fields(tree: TaskTreeView, window: QWidget | None) -> dict[str, Any]:
    """The PlanView fields of View > Tables and Tracking Gantt (none without its menu)."""
    tables = _controller(window, "table")
    if tables is None:
        return {}
    header = tree.horizontalHeader()
    columns = []
    for column in tables.shown_columns():
        key = column_key(column)
        if key is not None:
            columns.append((key, header.sectionSize(column)))
    users = tuple(
        (t.name, tuple(k for c in t.columns if (k := column_key(c)) is not None))
        for t in tables.user_tables
    )
    return {
        "table": tables.current.key,
        "columns": tuple(columns),
        "tables": users,
        "table_looks": table_looks_of(
            tree, {t.key for t in (*BUILT_IN, *tables.user_tables)}
        ),  # Field Settings per table
        **{name: bool(getattr(_find(window, name), "active", False)) for name in _PRESETS},
    }


# View > Tracking Gantt and Leveling Gantt: each preset's object name, its PlanView field.
_PRESETS = ("tracking_gantt", "leveling_gantt")


def restore_table(window: QWidget, view: PlanView) -> None:
    """Put the sheet's table and columns back as they were left (the user's tables too),
    and View > Tracking Gantt or Leveling Gantt when it was on. A plan kept by a build without tables keeps
    the columns the window restored for every plan, and so does one after an older build
    ran (its columns are newer)."""
    tables = _controller(window, "table")
    if tables is None:
        return
    users = tuple(
        user_table(name, tuple(c for k in keys if (c := column_of(k)) is not None))
        for name, keys in view.tables
    )
    tables.restore(view.table, users)
    widths = {}
    for key, width in view.columns:
        column = column_of(key)
        if column is not None:
            widths[column] = width
    if widths and not _older_build_ran(window):
        show_columns(window.tree, tuple(widths), widths)  # type: ignore[attr-defined]
    restore_table_looks(window.tree, view.table_looks)  # type: ignore[attr-defined]
    for name in _PRESETS:  # the one the plan was left in (app/ui/gantt/toggles.py)
        preset = _find(window, name)
        if getattr(view, name) and preset is not None:
            preset.restore()


def _older_build_ran(window: QWidget) -> bool:
    """Whether a build from before column layouts ran since this one saved: its header
    state, read once by the window (app/ui/sheet_layout.restore_layout), is newer than
    any columns a plan's view kept, and wins."""
    settings = getattr(window, "settings", None)
    return settings is not None and not settings.get(TREE_HEADER_STATE).isEmpty()


def restore_rows(window: QWidget, view: PlanView) -> None:
    """Sort, filter and group the rows as they were left (each is run again); the sheet's
    table and columns too (:func:`restore_table`)."""
    restore_table(window, view)
    plan = window.document.plan  # type: ignore[attr-defined]
    chosen = view.task_filter
    filtering = _controller(window, "filter")
    if chosen is not None and filtering is not None:
        gone = chosen.resource_uid is not None and not any(
            r.uid == chosen.resource_uid for r in plan.resources
        )
        if not gone:
            filtering.apply(chosen)
    sorting = _controller(window, "sort")
    if view.task_sort is not None and sorting is not None:
        sorting.apply(view.task_sort)
    grouping = _controller(window, "group")
    if view.task_group is not None and grouping is not None:
        grouping.apply(view.task_group)


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


def restore_current(tree: TaskTreeView, view: PlanView) -> None:
    """Select the kept task again, its row current (a task deleted since, or folded away
    under a collapsed summary, leaves the sheet without a selection, as a plan opens)."""
    if view.current_uid is None:
        return
    index = tree.task_model().index_of_uid(view.current_uid)
    if index.isValid():
        tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def restore_task_path(window: QWidget, view: PlanView) -> None:
    """Switch the kept Format > Task Path highlights on again (once the Gantt is built)."""
    highlight = _find(window, "task_path")
    if view.task_path and highlight is not None:
        highlight.restore(view.task_path)


def _controller(window: QWidget | None, what: str) -> Any:
    """The window's sort or filter controller (app/ui/sort_menu.py, filter_menu.py), if built.

    Found by name, so a build without those menus (they are optional) still keeps the rest.
    """
    return _find(window, f"{what}_controller")


def _find(window: QWidget | None, name: str) -> Any:
    """The window's helper object of that name (None without a window or that helper)."""
    if window is None:
        return None
    return window.findChild(QObject, name)
