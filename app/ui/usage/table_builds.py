"""Building the Usage view's tables: on the GUI thread for a small plan, off it for a
large one (``background_from`` tasks and more).

Off the GUI thread (:func:`app.ui.background.start_in_background`) the tables are built
from a copy of the plan: the worker never sees later edits. Meanwhile the view says
"Building usage…" (a first build) or "Updating…" beside the figures it still shows (an
edit's); an edit made during a build makes it stale: its result is dropped and the tables
are built again from the plan as it is then. A mixin of
:class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QStackedWidget, QToolButton
from shiboken6 import isValid

from app.domain.errors import AppError
from app.domain.merge import copy_plan
from app.domain.usage import Scale
from app.domain.usage_tree import UsageTree
from app.ui.background import BackgroundJob, start_in_background
from app.ui.document import Document
from app.ui.usage.grid_model import UsageGridModel
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.rows import Mode, UsageTables
from app.ui.usage.tree_model import UsageTreeModel
from app.ui.widget_mixin import WidgetMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

BUILDING_TEXT = "Building usage…"
UPDATING_TEXT = "Updating…"


class UsageBuilds(WidgetMixin):
    """Build the tables, first and after each edit, and show them when they land."""

    background_from: int
    document: Document
    tables: UsageTables
    _job: BackgroundJob[UsageTables] | None
    _generation: int
    _stale: bool
    _scrolled: dict[Mode, int]
    mode_box: QComboBox
    scale_box: QComboBox
    _expand_button: QToolButton
    _collapse_button: QToolButton
    updating_label: QLabel
    building_label: QLabel
    _pages: QStackedWidget
    _panes: QSplitter  # the tree and the grid, _pages' first page
    tree: UsageOutlineView
    tree_model: UsageTreeModel
    grid_model: UsageGridModel
    sig_built: SignalInstance

    if TYPE_CHECKING:

        @property
        def mode(self) -> Mode: ...

        @property
        def scale(self) -> Scale: ...

        def _show(self, tree: UsageTree) -> None: ...

        def _over_people(self, tree: UsageTree) -> set[int]: ...

        def show_overtime_column(self) -> None: ...

    def _start_build(self, tables: UsageTables | None = None) -> None:
        """Build the tables from the plan as it is now, off the GUI thread; given ``tables``
        (the ones shown), only the outline of the current mode they lack."""
        self._generation += 1
        generation = self._generation
        # the worker never sees later edits: a copy of the plan, the schedule as it is
        plan = copy_plan(self.document.plan) if tables is None else None
        schedule = self.document.schedule  # replaced, never changed, by the next edit
        mode = self.mode
        # Task Usage's sort and group, kept by a build from scratch
        order, group = self.tables.order, self.tables.group

        def work() -> UsageTables:
            built = tables if plan is None else UsageTables(plan, schedule)
            assert built is not None
            if plan is not None:
                built.set_order(order)
                built.set_group(group)
            built.prepare(mode)  # the outline shown first, built there too
            return built

        def done(tables: UsageTables | None, error: BaseException | None) -> None:
            if isValid(self):  # not closed and deleted meanwhile
                self._on_built(generation, tables, error)

        self._set_building(True)
        self._job = start_in_background(work, done)

    def _on_built(
        self, generation: int, tables: UsageTables | None, error: BaseException | None
    ) -> None:
        self._job = None
        if generation != self._generation:  # an edit came during the build: build again
            self._start_build()
            return
        if error is not None:
            if not isinstance(error, AppError):
                raise error
            self.building_label.setText(f"The usage could not be built: {error}")
            return
        assert tables is not None
        self.tables = tables
        self._stale = False
        self._set_building(False)
        self._show(tables.tree(self.mode))
        self.tree.verticalScrollBar().setValue(self._scrolled.get(self.mode, 0))
        self.sig_built.emit()

    def _start_refresh(self) -> None:
        """Build the tables of an edit off the GUI thread, from those shown (which the panes
        still read meanwhile: the build only reads them too)."""
        self._generation += 1
        generation = self._generation
        plan = copy_plan(self.document.plan)  # the worker never sees later edits
        schedule = self.document.schedule
        previous, mode = self.tables, self.mode

        def work() -> UsageTables:
            tables = UsageTables(plan, schedule, previous)
            tables.prepare(mode)
            return tables

        def done(tables: UsageTables | None, error: BaseException | None) -> None:
            if isValid(self):
                self._on_refreshed(generation, tables, error)

        self.updating_label.setText(UPDATING_TEXT)
        self.updating_label.show()
        self._job = start_in_background(work, done)

    def _on_refreshed(
        self, generation: int, tables: UsageTables | None, error: BaseException | None
    ) -> None:
        self._job = None
        if generation != self._generation:  # edited again meanwhile: from the plan as it is
            self._start_refresh()
            return
        self.updating_label.hide()
        if error is not None:
            if not isinstance(error, AppError):
                raise error
            self.updating_label.setText(f"The usage could not be updated: {error}")
            self.updating_label.show()
            return
        assert tables is not None
        if not tables.has_tree(self.mode):  # the other mode chosen meanwhile: its outline
            self.tables = tables
            self._start_build(tables)
            return
        self._land(tables)
        self.sig_built.emit()

    def _set_building(self, building: bool) -> None:
        self.building_label.setText(BUILDING_TEXT)
        self._pages.setCurrentWidget(self.building_label if building else self._panes)
        for control in (self.mode_box, self.scale_box, self._expand_button, self._collapse_button):
            control.setEnabled(not building)

    def wait_built(self) -> None:
        """Wait for a build under way (and any build an edit restarted) and show its tables."""
        while self._job is not None:
            self._job.finish()

    def refresh(self) -> None:
        """Build the tables again from the document (after an edit or an undo).

        When the outline has the same rows, which is so for most edits (dates,
        durations, units, work), both panes keep their rows, open and closed, and
        only their figures change; otherwise they are laid out anew, rows closed
        by hand staying closed.
        """
        if self._job is not None:
            self._generation += 1  # the build under way is stale: it builds again when done
            return
        self._stale = False
        if len(self.document.plan.tasks) >= self.background_from:
            self._start_refresh()  # 0.4-0.6 s at 100k tasks: the old figures show meanwhile
            return
        document = self.document
        costs = getattr(document, "costs", None)
        self._land(UsageTables(document.plan, document.schedule, self.tables, costs=costs))

    def _land(self, tables: UsageTables) -> None:
        """Show the tables of an edit, keeping the rows when the outline is the same."""
        self.tables = tables
        tree = self.tables.tree(self.mode)
        if tree.reused or tree.signature() == self.tree_model.tree.signature():
            self.tree_model.update_tree(tree, self._over_people(tree))
            self.show_overtime_column()  # overtime typed elsewhere shows the column
            self.grid_model.update_rows(tree, self.scale)
            self._size_columns()  # type: ignore[attr-defined]  # (the view's: new figures)
            self.tree.viewport().update()
            return
        value = self.tree.verticalScrollBar().value()
        self._show(tree)
        self.tree.verticalScrollBar().setValue(value)
