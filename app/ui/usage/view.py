"""The Usage view: people (or tasks) with their assignments on the left, work per period on the right.

The two panes are a QTreeView and a QTableView with the same fixed row height
and header height; their vertical scroll bars drive each other, as the Gantt
chart follows the task table. The grid's rows are the rows the tree shows:
expanding or collapsing a person inserts or removes their assignment rows.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.usage import Scale, WorkUnit, build_usage
from app.report.usage_pages import UsageLine, UsageSheet
from app.ui.document import Document
from app.ui.usage.grid_model import SHOWN, UsageGridModel
from app.ui.usage.person_edit import edit_person
from app.ui.usage.rows import Mode, UsageRows
from app.ui.usage.tree_model import RowKeyRole, UsageTreeModel

SCALES = ((Scale.DAYS, "Days"), (Scale.WEEKS, "Weeks"), (Scale.MONTHS, "Months"))
# Up to this many rows closed by hand, Expand all opens them one by one.
_FEW = 200
_COLUMN_TEXT = {Scale.DAYS: "Wed 30 Sep", Scale.WEEKS: "30 Sep 2026", Scale.MONTHS: "Sep 2026"}


class UsageView(QWidget):
    """Resource Usage / Task Usage: a tree of rows beside a grid of time-phased work."""

    sig_task_activated = Signal(int)
    sig_resource_activated = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.mode_box = QComboBox()
        for mode in Mode:
            self.mode_box.addItem(mode.value, mode)
        self.scale_box = QComboBox()
        for scale, text in SCALES:
            self.scale_box.addItem(text, scale)
        self.scale_box.setCurrentIndex(1)  # weeks, as the Team view's chart opens
        expand = QToolButton()
        expand.setText("Expand all")
        collapse = QToolButton()
        collapse.setText("Collapse all")
        head = QHBoxLayout()
        head.addWidget(QLabel("Show"))
        head.addWidget(self.mode_box)
        head.addWidget(QLabel("by"))
        head.addWidget(self.scale_box)
        head.addWidget(expand)
        head.addWidget(collapse)
        head.addStretch(1)

        self.row_height = self.fontMetrics().height() + 8
        self._collapsed: set[tuple[Mode, int]] = set()  # rows are open unless closed by hand
        self._restoring = False
        self._stale = False
        self.usage = build_usage(document.plan, document.schedule)
        rows = UsageRows(self.usage, Mode.RESOURCES, self._work_unit())
        self.tree_model = UsageTreeModel(rows, self.row_height, self)
        self.grid_model = UsageGridModel(rows, self.scale, self.row_height, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 90)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.grid.verticalHeader().setVisible(False)
        rows_header = self.grid.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setMinimumSectionSize(self.row_height)
        rows_header.setDefaultSectionSize(self.row_height)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setWordWrap(False)
        header_h = max(
            self.tree.header().sizeHint().height(), self.grid.horizontalHeader().sizeHint().height()
        )
        self.tree.header().setFixedHeight(header_h)
        self.grid.horizontalHeader().setFixedHeight(header_h)
        self._size_columns()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)

        tree_bar, grid_bar = self.tree.verticalScrollBar(), self.grid.verticalScrollBar()
        tree_bar.valueChanged.connect(grid_bar.setValue)
        grid_bar.valueChanged.connect(tree_bar.setValue)
        self.tree.expanded.connect(self._on_tree_expanded)
        self.tree.collapsed.connect(self._on_tree_collapsed)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.grid.doubleClicked.connect(self._on_grid_double_clicked)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current)
        self.grid.selectionModel().currentRowChanged.connect(self._on_grid_current)
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.scale_box.currentIndexChanged.connect(self._on_scale_changed)
        expand.clicked.connect(self.expand_all)
        collapse.clicked.connect(self.collapse_all)
        document.sig_changed.connect(self._on_document_changed)
        self._show(rows)

    # ------------------------------------------------------------------ state

    @property
    def mode(self) -> Mode:
        """Resource Usage or Task Usage."""
        return Mode(self.mode_box.currentData())

    @property
    def scale(self) -> Scale:
        """Days, weeks or months."""
        return Scale(self.scale_box.currentData())

    def set_mode(self, mode: Mode) -> None:
        """Show people or tasks first."""
        self.mode_box.setCurrentIndex(list(Mode).index(mode))

    def set_scale(self, scale: Scale) -> None:
        """Show days, weeks or months."""
        self.scale_box.setCurrentIndex([s for s, _ in SCALES].index(scale))

    def _work_unit(self) -> WorkUnit:
        return WorkUnit.of(self.document.plan.project)

    def _key(self, top: int) -> tuple[Mode, int]:
        return self.mode, self.tree_model.rows.uid(top)[1]

    # ------------------------------------------------------------------ building

    def _show(self, rows: UsageRows) -> None:
        """Fill both panes from ``rows``, opening every top row not closed by hand."""
        self._restoring = True
        try:
            self.tree_model.set_rows(rows, self._over_people(rows))
            closed = (
                [top for top in range(rows.top_count()) if self._key(top) in self._collapsed]
                if self._collapsed
                else []
            )
            self.tree.expandAll()
            for top in closed:
                self.tree.collapse(self.tree_model.index(top, 0))
            shut = set(closed)
            shown: list[tuple[int, int]] = []
            for top, count in enumerate(rows.child_counts):
                shown.append((top, -1))
                if count and top not in shut:
                    shown.extend([(top, c) for c in range(count)])
            self.grid_model.set_rows(rows, self.scale, shown)
        finally:
            self._restoring = False
        self._size_columns()

    def refresh(self) -> None:
        """Build the table again from the document (after an edit or an undo).

        When the rows are the same people (or tasks) with as many assignments each, which
        is so for most edits (dates, durations, units, work), both panes keep their rows,
        open and closed, and only their figures change; otherwise they are laid out anew.
        """
        self._stale = False
        # the assignments the edit left alone are not laid over days again
        self.usage = build_usage(self.document.plan, self.document.schedule, self.usage)
        rows = UsageRows(self.usage, self.mode, self._work_unit())
        if rows.shape() == self.tree_model.rows.shape():
            self.tree_model.update_rows(rows, self._over_people(rows))
            self.grid_model.update_rows(rows, self.scale)
            self.tree.viewport().update()
            return
        value = self.tree.verticalScrollBar().value()
        self._show(rows)
        self.tree.verticalScrollBar().setValue(value)

    def _over_people(self, rows: UsageRows) -> set[int]:
        """Top rows set in red: people over-allocated in some period of the scale."""
        if rows.mode is not Mode.RESOURCES:
            return set()
        over = rows.usage.overallocated(rows.usage.periods(self.scale))
        return {int(i) for i in over.any(axis=1).nonzero()[0]}

    def _size_columns(self) -> None:
        width = self.fontMetrics().horizontalAdvance(_COLUMN_TEXT[self.scale]) + 18
        self.grid.horizontalHeader().setDefaultSectionSize(width)

    # ------------------------------------------------------------------ printing

    def print_sheet(self) -> UsageSheet:
        """The rows shown (collapsed ones stay out) and every period of the current scale."""
        rows, grid = self.tree_model.rows, self.grid_model
        periods = grid.periods
        n = len(periods)
        lines: list[UsageLine] = []
        # Only the periods with work are written out, and each calendar's shading is made
        # once: a 10k-task plan by day is 16,000 rows of 2,000 periods, mostly empty
        # (18 s before the preview opened, formatting every blank cell).
        blank = [""] * n
        shading: dict[int, tuple[bool, ...]] = {}
        for top, child in grid.shown:
            unit = rows.unit(top, child)
            values = rows.values(top, child, periods, 0, n)
            cells = blank.copy()
            for k in np.flatnonzero(np.abs(values) >= SHOWN).tolist():
                cells[k] = rows.text(float(values[k]), unit)
            over = tuple(grid.over[top].tolist()) if rows.over(top, child) else ()
            key = rows.calendar(top, child)
            off = shading.get(key)
            if off is None:
                off = shading[key] = tuple(grid.off[key].tolist())
            lines.append(
                UsageLine(
                    rows.name(top, child).strip(),
                    rows.text(rows.total(top, child), unit),
                    tuple(cells),
                    over,
                    off,
                    rows.bold(top, child),
                    (0 if child < 0 else 1)
                    + (self.usage.tasks[top].outline_level - 1 if self.mode is Mode.TASKS else 0),
                )
            )
        title = f"{self.mode.value} by {self.scale.value[:-1]}"
        name = str(self.tree_model.headerData(0, Qt.Orientation.Horizontal))
        return UsageSheet(title, name, tuple(periods.label(k) for k in range(n)), tuple(lines))

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden view catches up when shown

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the view was hidden."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_mode_changed(self) -> None:
        if self._stale:
            self.refresh()
        else:  # the same plan by its other side: no need to lay the work out again
            self._show(UsageRows(self.usage, self.mode, self._work_unit()))

    def _on_scale_changed(self) -> None:
        rows = self.tree_model.rows
        self.grid_model.set_rows(rows, self.scale, self.grid_model.shown)
        self._size_columns()

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        if self._restoring or index.parent().isValid():
            return
        top = index.row()
        self._collapsed.discard(self._key(top))
        at = bisect_left(self.grid_model.shown, (top, -1)) + 1
        count = self.tree_model.rows.child_counts[top]
        self.grid_model.insert_shown(at, [(top, c) for c in range(count)])

    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        if self._restoring or index.parent().isValid():
            return
        top = index.row()
        self._collapsed.add(self._key(top))
        at = bisect_left(self.grid_model.shown, (top, -1)) + 1
        end = bisect_left(self.grid_model.shown, (top + 1, -1))
        self.grid_model.remove_shown(at, end - at)

    def expand_all(self) -> None:
        """Show every assignment row.

        Rows closed by hand are opened one by one when they are few (each opens its
        rows in the grid); nothing is closed: nothing to do. Only many closed rows
        lay the panes out anew (one expandAll beats thousands of single openings).
        """
        mine = [k for k in self._collapsed if k[0] is self.mode]
        self._collapsed = {k for k in self._collapsed if k[0] is not self.mode}
        if not mine:
            return
        if len(mine) > _FEW:
            self._show(self.tree_model.rows)
            return
        wanted = {uid for _mode, uid in mine}
        rows = self.tree_model.rows
        for top in range(rows.top_count()):
            if rows.uid(top)[1] in wanted:
                self.tree.expand(self.tree_model.index(top, 0))

    def collapse_all(self) -> None:
        """Show people (or tasks) only."""
        rows = self.tree_model.rows
        self._collapsed |= {self._key(top) for top in range(rows.top_count())}
        self._show(rows)

    def _tree_index(self, pair: tuple[int, int]) -> QModelIndex:
        top, child = pair
        index = self.tree_model.index(top, 0)
        return index if child < 0 else self.tree_model.index(child, 0, index)

    def _on_tree_current(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        top, child = self.tree_model.top_child(current)
        at = bisect_left(self.grid_model.shown, (top, child))
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
        index = self._tree_index(self.grid_model.shown[current.row()])
        if self.tree.currentIndex() != index:
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        key = index.data(RowKeyRole)
        if key is None:
            return
        kind, uid = key
        if kind == "resource":
            self.sig_resource_activated.emit(int(uid))
            edit_person(self.window(), int(uid))
        else:
            self.sig_task_activated.emit(int(uid))

    def _on_grid_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._on_double_clicked(self._tree_index(self.grid_model.shown[index.row()]))
