"""The task sheet's table, filter, sort and group kept in the plan, as MS Project keeps them.

MS Project saves each view's table, filter, group and sort in the project file,
so a plan sent to a colleague opens grouped as it was saved. The window keeps
them in the plan (``Plan.view``, app/domain/view_state.py), written to the
.gantry file as they change (:class:`SheetViewKeeper`) and read back when the
plan opens (:func:`kept_view`): the plan's view wins over the one the user's
settings remember, which still give the rest (zoom, first row, selection,
folded summaries), and the whole of it for a plan that keeps no view (a file
from before schema v20, or one never grouped, filtered, sorted, given a table
nor shown with other columns than Entry's).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from app.domain.errors import AppError
from app.domain.view_state import SheetView
from app.ui.column_catalog import insertable
from app.ui.field_settings import looks_of
from app.ui.models.task_edits import Column
from app.ui.plan_view import view_of
from app.ui.settings import PlanView, Settings
from app.ui.sheet_layout import column_key
from app.ui.sheet_tables import ENTRY

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

# The changes of a moment (a column dragged wider, a filter then a sort) written once.
_SETTLE_MS = 300


def kept_view(settings: Settings, document: Document) -> PlanView | None:
    """How the plan's window is to open: the user's settings for it, the table, filter,
    sort and group the plan keeps (if any) put over them."""
    path = document.path
    remembered = settings.plan_view(path) if path is not None else None
    kept = document.plan.view
    if kept is None:
        return remembered
    return replace(
        remembered or PlanView(),
        table=kept.table,
        columns=kept.columns or (remembered.columns if remembered is not None else ()),
        tables=kept.tables,
        task_filter=kept.task_filter,
        task_sort=kept.task_sort,
        task_group=kept.task_group,
        table_looks=(remembered or PlanView()).table_looks
        if kept.table_looks is None  # a plan keeping no Field Settings: the user's
        else kept.table_looks,
    )


def sheet_view_of(window: MainWindow) -> SheetView:
    """The task sheet's table, filter, sort, group and folded groups as shown now."""
    shown = view_of(window.tree, None, None, window)
    grouping = window.findChild(QObject, "group_controller")
    folded = grouping.folded() if grouping is not None else frozenset()  # type: ignore[attr-defined]
    usage: Any = window.views.get("usage")
    kept = window.document.plan.view
    if usage is not None:  # Task Usage's own sort and group as they are now
        usage_sort, usage_group = usage.task_sort(), usage.task_group()
        usage_details = usage.details[1:]  # Work is always shown
    else:  # as the plan keeps them until the Usage view is built
        usage_sort = kept.usage_sort if kept is not None else None
        usage_group = kept.usage_group if kept is not None else None
        usage_details = kept.usage_details if kept is not None else ()
    return SheetView(
        table="" if shown.table == ENTRY.key else shown.table,  # "": as every plan opens
        columns=shown.columns,
        tables=shown.tables,
        task_filter=shown.task_filter,
        task_sort=shown.task_sort,
        task_group=shown.task_group,
        folded_groups=folded,
        usage_sort=usage_sort,
        usage_group=usage_group,
        usage_details=usage_details,
        table_looks=shown.table_looks,
    )


class SheetViewKeeper(QObject):
    """Keeps one window's sheet view in its plan (and file) as the user changes it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sheet_view_keeper")
        self.window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self.keep)
        self._closing = False  # the window kept its view for the last time
        model = window.model
        for signal in (
            model.sig_group_changed,
            model.sig_filter_changed,
            model.sig_sort_changed,
            model.layoutChanged,  # a group header folded or unfolded
        ):
            signal.connect(self._soon)
        header = window.tree.horizontalHeader()
        header.sectionResized.connect(self._soon)  # a table shown, a column widened
        header.sectionMoved.connect(self._soon)
        looks_of(window.tree).sig_changed.connect(self._soon)  # Field Settings per table
        self._usage_followed = False
        window.stack.currentChanged.connect(self._follow_usage)
        self._follow_usage()  # the window opened on it

    def _follow_usage(self) -> None:
        """The Usage view built (shown for the first time): keep its sort and group as they
        change too."""
        usage: Any = self.window.views.get("usage")
        if usage is not None and not self._usage_followed:
            self._usage_followed = True
            usage.sig_arranged.connect(self._soon)
            usage.sig_details_changed.connect(self._soon)

    def _soon(self, *_args: object) -> None:
        """Keep the view once the changes of this moment are made (the signals' arguments,
        a column's number among them, are no interval)."""
        if not self._closing:
            self._timer.start()

    def keep(self) -> None:
        """Put the sheet's view in the plan now (and in its file, unless read-only). A plan
        that keeps none is not given the plain view (Entry's columns, no filter, sort nor
        group): the file is not written for it, and the user's settings go on applying.
        Columns inserted into Entry (Baseline3 Cost, Start1), hidden or moved are no plain
        view: the plan keeps them with their widths, for a colleague and the printout."""
        self._timer.stop()
        document = self.window.document
        view = sheet_view_of(self.window)
        if document.plan.view is None and view.is_plain and not _other_columns(self.window, view):
            return
        keep_view = getattr(document.file, "keep_view", None)
        if keep_view is not None:
            try:
                keep_view(view)
            except AppError as exc:  # the disk full, the file unwritable: said, not raised
                self.window.show_error(str(exc))
        else:  # a plan without a file: Save a Copy As writes it
            document.plan.view = view

    def keep_last(self) -> None:
        """Keep the view a last time; the changes after it (the window closing) are not."""
        self.keep()
        self._closing = True


def _other_columns(window: MainWindow, view: SheetView) -> bool:
    """Whether the sheet shows other columns than Entry's as a plan opens with them; a column
    the sheet cannot show for this plan (People without people, Cost without costs) is left
    out of both, so a plan without people whose sheet hides People is still plain."""
    unshowable = {column_key(c) for c in set(Column) - set(insertable(window.tree))}
    shown = SheetView(columns=tuple(c for c in view.columns if c[0] not in unshowable))
    entry = tuple(k for c in ENTRY.columns if (k := column_key(c)) and k not in unshowable)
    return shown.shows_other_columns(entry)


def start_keeping(window: MainWindow) -> SheetViewKeeper:
    """Fold the group header rows the plan keeps folded, then keep the view as it changes
    (call once the window shows the plan as it was left)."""
    kept = window.document.plan.view
    grouping = window.findChild(QObject, "group_controller")
    if kept is not None and kept.folded_groups and grouping is not None:
        grouping.fold(kept.folded_groups)  # type: ignore[attr-defined]
    return SheetViewKeeper(window)


def keep_pending(window: QObject) -> None:
    """Keep the window's sheet view in its plan now rather than once the moment settles
    (Save a Copy As copies the plan with the view the user just changed); the keeper goes
    on keeping after it."""
    keeper = window.findChild(SheetViewKeeper, "sheet_view_keeper")
    if keeper is not None and not keeper._closing:
        keeper.keep()


def keep_now(window: QObject) -> None:
    """Keep the window's sheet view in its plan at once, for the last time (the window is
    closing: what its model does while it lets go of the plan is no change of view)."""
    keeper = window.findChild(SheetViewKeeper, "sheet_view_keeper")
    if keeper is not None:
        keeper.keep_last()
