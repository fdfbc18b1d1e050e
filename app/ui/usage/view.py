"""The Usage view: people (or the task outline) with their assignments on the left, work per
period on the right.

The two panes are a QTreeView and a QTableView with the same fixed row height
and header height; their vertical scroll bars drive each other, as the Gantt
chart follows the task table. The grid's rows are the rows the tree shows:
opening or closing a person, a summary or a task inserts or removes the rows
below it. Which rows are closed is kept per mode by what they stand for, so it
survives edits, undo and switching between Resource and Task Usage.

On a large plan (``background_from`` tasks and more) the tables are first built
off the GUI thread (:func:`app.ui.background.start_in_background`, from a copy of
the plan: the worker never sees later edits) while the view says "Building
usage…": a second or more at 100k tasks, during which the window stays
responsive. An edit made meanwhile makes that build stale: its result is dropped
and the tables are built again from the plan as it is then.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.errors import AppError
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.usage import Scale, Usage
from app.domain.usage_tree import UsageTree
from app.report.usage_pages import UsageSheet
from app.ui.background import BackgroundJob, start_in_background
from app.ui.document import Document
from app.ui.usage.assignment_open import open_assignment
from app.ui.usage.grid_model import UsageGridModel
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.person_edit import edit_person
from app.ui.usage.rows import Mode, UsageTables
from app.ui.usage.sheet_lines import sheet_lines
from app.ui.usage.tree_model import UsageTreeModel

SCALES = ((Scale.DAYS, "Days"), (Scale.WEEKS, "Weeks"), (Scale.MONTHS, "Months"))
# Up to this many rows closed by hand, Expand all opens them one by one.
_FEW = 200
_MENU_TEXT = {
    "task": "Task Information…",
    "resource": "Resource Information…",
    "assignment": "Assignment Information…",
}
_COLUMN_TEXT = {Scale.DAYS: "Wed 30 Sep", Scale.WEEKS: "30 Sep 2026", Scale.MONTHS: "Sep 2026"}
BUILDING_TEXT = "Building usage…"
UPDATING_TEXT = "Updating…"


class UsageView(QWidget):
    """Resource Usage / Task Usage: a tree of rows beside a grid of time-phased work."""

    sig_task_activated = Signal(int)
    sig_resource_activated = Signal(int)
    sig_assignment_activated = Signal(int)
    sig_built = Signal()  # the tables built off the GUI thread (or an edit's) are shown

    # Plans with at least this many tasks build their tables off the GUI thread (10k
    # tasks build in about 0.1 s; 100k in 0.6-1.3 s).
    background_from = 20_000

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._job: BackgroundJob[UsageTables] | None = None
        self._generation = 0  # each build, and each edit during one, counts one up
        self.mode_box = QComboBox()
        for mode in Mode:
            self.mode_box.addItem(mode.value, mode)
        self.scale_box = QComboBox()
        for scale, text in SCALES:
            self.scale_box.addItem(text, scale)
        self.scale_box.setCurrentIndex(1)  # weeks, as the Team view's chart opens
        expand = self._expand_button = QToolButton()
        expand.setText("Expand all")
        collapse = self._collapse_button = QToolButton()
        collapse.setText("Collapse all")
        head = QHBoxLayout()
        head.addWidget(QLabel("Show"))
        head.addWidget(self.mode_box)
        head.addWidget(QLabel("by"))
        head.addWidget(self.scale_box)
        head.addWidget(expand)
        head.addWidget(collapse)
        self.updating_label = QLabel(UPDATING_TEXT)  # an edit's figures on their way
        self.updating_label.setStyleSheet("color: #666")
        self.updating_label.hide()
        head.addWidget(self.updating_label)
        head.addStretch(1)

        self.row_height = self.fontMetrics().height() + 8
        # rows closed by hand, per mode, by what they stand for: kept across edits and modes
        self._closed: dict[Mode, set[tuple[str, int]]] = {mode: set() for mode in Mode}
        self._scrolled: dict[Mode, int] = {}
        self._stale = False
        background = len(document.plan.tasks) >= self.background_from
        if background:  # empty tables until the build lands
            plan = document.plan
            bare = Plan(project=plan.project, calendars=dict(plan.calendars))
            start = document.schedule.start  # one day: nothing is laid out for 100k tasks
            self.tables = UsageTables(bare, Schedule(start, start))
        else:
            self.tables = UsageTables(document.plan, document.schedule)
        tree = self.tables.tree(Mode.RESOURCES)
        self.tree_model = UsageTreeModel(tree, self.row_height, self)
        self.grid_model = UsageGridModel(tree, self.scale, self.row_height, self)
        self.tree = UsageOutlineView()
        self.tree.setModel(self.tree_model)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.horizontalHeader().setStretchLastSection(False)
        self.tree.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 90)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.grid.verticalHeader().setVisible(False)
        for rows_header in (self.grid.verticalHeader(), self.tree.verticalHeader()):
            rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows_header.setMinimumSectionSize(self.row_height)
            rows_header.setDefaultSectionSize(self.row_height)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setWordWrap(False)
        header_h = max(
            self.tree.horizontalHeader().sizeHint().height(),
            self.grid.horizontalHeader().sizeHint().height(),
        )
        self.tree.horizontalHeader().setFixedHeight(header_h)
        self.grid.horizontalHeader().setFixedHeight(header_h)
        self._size_columns()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 900])
        self.building_label = QLabel(BUILDING_TEXT)
        self.building_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.building_label.setWordWrap(True)
        self._pages = QStackedWidget()
        self._pages.addWidget(splitter)
        self._pages.addWidget(self.building_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self._pages, 1)

        tree_bar, grid_bar = self.tree.verticalScrollBar(), self.grid.verticalScrollBar()
        tree_bar.valueChanged.connect(grid_bar.setValue)
        grid_bar.valueChanged.connect(tree_bar.setValue)
        self.tree.sig_open_requested.connect(self._on_open_requested)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.grid.doubleClicked.connect(self._on_grid_double_clicked)
        for pane in (self.tree, self.grid):
            pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.grid.customContextMenuRequested.connect(self._on_grid_menu)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current)
        self.grid.selectionModel().currentRowChanged.connect(self._on_grid_current)
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.scale_box.currentIndexChanged.connect(self._on_scale_changed)
        expand.clicked.connect(self.expand_all)
        collapse.clicked.connect(self.collapse_all)
        document.sig_changed.connect(self._on_document_changed)
        self._shown_mode = Mode.RESOURCES
        self._show(tree)
        if background:
            self._start_build()

    # ------------------------------------------------------------------ state

    @property
    def mode(self) -> Mode:
        """Resource Usage or Task Usage."""
        return Mode(self.mode_box.currentData())

    @property
    def scale(self) -> Scale:
        """Days, weeks or months."""
        return Scale(self.scale_box.currentData())

    @property
    def usage(self) -> Usage:
        """The time-phased work shown (waits for a build under way)."""
        self.wait_built()
        return self.tables.usage

    @property
    def building(self) -> bool:
        """Whether the tables are being built off the GUI thread ("Building usage…" shows)."""
        return self._job is not None

    def set_mode(self, mode: Mode) -> None:
        """Show people or tasks first."""
        self.mode_box.setCurrentIndex(list(Mode).index(mode))

    def set_scale(self, scale: Scale) -> None:
        """Show days, weeks or months."""
        self.scale_box.setCurrentIndex([s for s, _ in SCALES].index(scale))

    def closed_keys(self, mode: Mode | None = None) -> set[tuple[str, int]]:
        """The rows closed by hand in a mode (the current one by default), by what they are."""
        return set(self._closed[mode or self.mode])

    def is_expanded(self, node: int) -> bool:
        """Whether an outline row is open (a row without rows below counts as open)."""
        key = self.tree_model.tree.key(node)
        return key not in self._closed[self.mode]

    def expand(self, node: int) -> None:
        """Open an outline row: the rows below it that are not themselves closed show."""
        tree = self.tree_model.tree
        self._closed[self.mode].discard(tree.key(node))
        if not tree.has_children(node):
            return
        self.tree_model.set_closed(node, False)
        shown = self.grid_model.shown
        at = bisect_left(shown, node)
        if at >= len(shown) or shown[at] != node:
            return  # inside a closed row: nothing shows yet
        opened = tree.shown(tree.rows_of(self._closed[self.mode]))
        lo = int(np.searchsorted(opened, node, side="right"))
        hi = int(np.searchsorted(opened, tree.end[node], side="left"))
        rows = opened[lo:hi].tolist()
        if rows and len(shown) > at + 1 and shown[at + 1] == rows[0]:
            return  # already open
        self.tree_model.insert_shown(at + 1, rows)
        self.grid_model.insert_shown(at + 1, list(rows))

    def collapse(self, node: int) -> None:
        """Close an outline row: the rows below it leave both panes."""
        tree = self.tree_model.tree
        if not tree.has_children(node):
            return
        self._closed[self.mode].add(tree.key(node))
        self.tree_model.set_closed(node, True)
        shown = self.grid_model.shown
        at = bisect_left(shown, node)
        if at >= len(shown) or shown[at] != node:
            return
        end = bisect_left(shown, tree.end[node])
        self.tree_model.remove_shown(at + 1, end - at - 1)
        self.grid_model.remove_shown(at + 1, end - at - 1)

    # ------------------------------------------------------------------ building

    def _start_build(self, tables: UsageTables | None = None) -> None:
        """Build the tables from the plan as it is now, off the GUI thread; given ``tables``
        (the ones shown), only the outline of the current mode they lack."""
        self._generation += 1
        generation = self._generation
        # the worker never sees later edits: a copy of the plan, the schedule as it is
        plan = copy_plan(self.document.plan) if tables is None else None
        schedule = self.document.schedule  # replaced, never changed, by the next edit
        mode = self.mode

        def work() -> UsageTables:
            built = tables if plan is None else UsageTables(plan, schedule)
            assert built is not None
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
        self._pages.setCurrentWidget(self.building_label if building else self._pages.widget(0))
        for control in (self.mode_box, self.scale_box, self._expand_button, self._collapse_button):
            control.setEnabled(not building)

    def wait_built(self) -> None:
        """Wait for a build under way (and any build an edit restarted) and show its tables."""
        while self._job is not None:
            self._job.finish()

    def _show(self, tree: UsageTree) -> None:
        """Fill both panes from ``tree``, opening every row not closed by hand in its mode."""
        mode = Mode.TASKS if tree.by_task else Mode.RESOURCES
        closed = tree.rows_of(self._closed[mode])
        shown = tree.shown(closed).tolist()
        self.tree_model.set_tree(tree, self._over_people(tree), shown, set(closed))
        self.grid_model.set_rows(tree, self.scale, list(shown))
        self._shown_mode = mode
        self._size_columns()

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
        self._land(UsageTables(self.document.plan, self.document.schedule, self.tables))

    def _land(self, tables: UsageTables) -> None:
        """Show the tables of an edit, keeping the rows when the outline is the same."""
        self.tables = tables
        tree = self.tables.tree(self.mode)
        if tree.reused or tree.signature() == self.tree_model.tree.signature():
            self.tree_model.update_tree(tree, self._over_people(tree))
            self.grid_model.update_rows(tree, self.scale)
            self.tree.viewport().update()
            return
        value = self.tree.verticalScrollBar().value()
        self._show(tree)
        self.tree.verticalScrollBar().setValue(value)

    def _over_people(self, tree: UsageTree) -> set[int]:
        """People (rows of ``usage.resources``) over-allocated in some period of the scale."""
        if tree.by_task:
            return set()
        over = tree.usage.overallocated(tree.usage.periods(self.scale))
        return {int(i) for i in over.any(axis=1).nonzero()[0]}

    def _size_columns(self) -> None:
        width = self.fontMetrics().horizontalAdvance(_COLUMN_TEXT[self.scale]) + 18
        self.grid.horizontalHeader().setDefaultSectionSize(width)

    # ------------------------------------------------------------------ printing

    def print_sheet(self) -> UsageSheet:
        """The rows shown (closed ones keep their rows out) and every period of the scale."""
        self.wait_built()
        lines = sheet_lines(self.tree_model.tree, self.grid_model)
        periods = self.grid_model.periods
        title = f"{self.mode.value} by {self.scale.value[:-1]}"
        name = str(self.tree_model.headerData(0, Qt.Orientation.Horizontal))
        return UsageSheet(title, name, tuple(periods.label(k) for k in range(len(periods))), lines)

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self) -> None:
        if self._job is not None:
            self._generation += 1  # the build under way is stale: it builds again when done
        elif self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden view catches up when shown

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the view was hidden."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_mode_changed(self) -> None:
        # each mode keeps where it was scrolled to, and its closed rows
        self._scrolled[self._shown_mode] = self.tree.verticalScrollBar().value()
        if self._job is not None:
            return  # the build shows the mode chosen when it lands
        large = len(self.document.plan.tasks) >= self.background_from
        if self._stale:
            self._stale = False
            if large:  # the edits' tables, in the mode now chosen, off the GUI thread
                self._start_refresh()
                return
            self.tables = UsageTables(self.document.plan, self.document.schedule, self.tables)
        if large and not self.tables.has_tree(self.mode):
            # Task Usage's outline first shown: 0.6-1 s at 100k tasks, built off the GUI
            # thread meanwhile (the panes, hidden, read nothing of the tables)
            self._start_build(self.tables)
            return
        # the same tables by their other side: nothing is laid out again
        self._show(self.tables.tree(self.mode))
        self.tree.verticalScrollBar().setValue(self._scrolled.get(self.mode, 0))

    def _on_scale_changed(self) -> None:
        self.grid_model.set_rows(self.tree_model.tree, self.scale, self.grid_model.shown)
        self._size_columns()

    def _on_open_requested(self, row: int, opened: bool) -> None:
        node = self.tree_model.shown[row]
        if opened:
            self.expand(node)
        else:
            self.collapse(node)

    def expand_all(self) -> None:
        """Show every row."""
        mine = self._closed[self.mode]
        if not mine:
            return  # nothing closed: nothing to do
        tree = self.tree_model.tree
        if len(mine) > _FEW:  # one new layout beats thousands of row insertions
            mine.clear()
            self._keep_scroll(lambda: self._show(tree))
            return
        for node in tree.rows_of(set(mine)):
            self.expand(node)
        mine.clear()

    def collapse_all(self) -> None:
        """Show the top rows only: people, or the plan's top-level tasks."""
        tree = self.tree_model.tree
        self._closed[self.mode] = {
            tree.key(node) for node in range(len(tree)) if tree.has_children(node)
        }
        self._show(tree)

    def _keep_scroll(self, fill: Callable[[], None]) -> None:
        value = self.tree.verticalScrollBar().value()
        fill()
        self.tree.verticalScrollBar().setValue(value)

    def _on_tree_current(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        at = current.row()  # both panes show the same rows
        if self.grid.currentIndex().row() != at:
            column = max(self.grid.currentIndex().column(), 0)
            self.grid.selectionModel().setCurrentIndex(
                self.grid_model.index(at, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_grid_current(self, current: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.grid_model.shown):
            return
        index = self.tree_model.index(current.row(), max(self.tree.currentIndex().column(), 0))
        if self.tree.currentIndex().row() != current.row():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ------------------------------------------------------------------ opening a row

    def open_row(self, node: int) -> None:
        """What a double-click opens: Task Information on a task, the person's dialog on a
        resource, Assignment Information on an assignment."""
        tree = self.tree_model.tree
        kind, uid = tree.key(node)
        if kind == "resource":
            self.sig_resource_activated.emit(uid)
            edit_person(self.window(), uid)
        elif kind == "task":
            self.sig_task_activated.emit(uid)
        else:
            self.sig_assignment_activated.emit(uid)
            if open_assignment(self.document, uid, self) is None:
                # no Assignment Information in this build: the assignment's task
                self.sig_task_activated.emit(self._task_of(uid))

    def _task_of(self, assignment_uid: int) -> int:
        return next(a.task_uid for a in self.document.plan.assignments if a.uid == assignment_uid)

    def row_menu(self, node: int) -> QMenu:
        """The context menu of one row: the dialog a double-click opens, by name."""
        kind = self.tree_model.tree.key(node)[0]
        menu = QMenu(self)
        text = _MENU_TEXT[kind]
        menu.addAction(text, lambda: self.open_row(node))
        return menu

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.tree_model.node(index))

    def _on_grid_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.grid_model.shown[index.row()])

    def _on_tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            node = self.tree_model.node(index)
            self.row_menu(node).exec(self.tree.viewport().mapToGlobal(pos))

    def _on_grid_menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid():
            node = self.grid_model.shown[index.row()]
            self.row_menu(node).exec(self.grid.viewport().mapToGlobal(pos))
