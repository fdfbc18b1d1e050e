"""The Usage view: people (or the task outline) with their assignments on the left, work per
period on the right.

The two panes are a QTreeView and a QTableView with the same fixed row height
and header height; their vertical scroll bars drive each other, as the Gantt
chart follows the task table. The grid's rows are the rows the tree shows:
opening or closing a person, a summary or a task inserts or removes the rows
below it (app/ui/usage/row_folding.py). Task Usage shows the rows of the tasks the task
sheet's filter keeps, its collapsed summaries closed, in its own sort
(app/ui/usage/sheet_follow.py). On a large plan the tables are built off
the GUI thread (app/ui/usage/table_builds.py); a double-click opens a row's dialog
(app/ui/usage/row_opening.py). Detail rows (Overallocation, Cost...) and Go to Next
Overallocation: app/ui/usage/details_choice.py; work typed in an assignment's cell:
app/ui/usage/cell_work.py.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.usage import Scale, Usage
from app.domain.usage_periods import period_label
from app.domain.usage_tree import UsageTree
from app.report.timescale_names import date_names
from app.report.usage_pages import UsageSheet
from app.ui.background import BackgroundJob
from app.ui.current_cell_frame import CurrentCellTable
from app.ui.document import Document
from app.ui.focus_round import tab_within
from app.ui.indicator_delegate import IndicatorDelegate, width_for
from app.ui.models.indicators import IndicatorCells
from app.ui.usage.cell_work import CellWork
from app.ui.usage.delay_cell import DelayCell
from app.ui.usage.detail_bands import GridBandsDelegate
from app.ui.usage.details_choice import DetailsChoice
from app.ui.usage.figure_widths import widest_figure
from app.ui.usage.grid_model import UsageGridModel
from app.ui.usage.name_fit import NameFit
from app.ui.usage.other_plans import OtherPlans, other_plans_button
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.row_folding import RowFolding
from app.ui.usage.row_opening import RowOpening
from app.ui.usage.rows import Mode, UsageTables
from app.ui.usage.sheet_follow import SheetFollowing, TaskSheet
from app.ui.usage.sheet_lines import sheet_lines
from app.ui.usage.table_builds import BUILDING_TEXT, UPDATING_TEXT, UsageBuilds
from app.ui.usage.tree_model import (
    DELAY,
    DETAILS,
    INDICATORS,
    NAME,
    OVERTIME,
    PEAK,
    WORK,
    UsageTreeModel,
)

SCALES = ((Scale.DAYS, "Days"), (Scale.WEEKS, "Weeks"), (Scale.MONTHS, "Months"))
# Days whose headings hold every month and weekday with a two-digit day: a column is as
# wide as the widest of them in the reader's names ('Wed Sep 22', 'ke 22.9.', 'marras 2027').
_SAMPLE_DAYS = tuple(date(2027, month, day) for month in range(1, 13) for day in range(22, 29))


class UsageView(
    UsageBuilds,
    RowFolding,
    NameFit,
    RowOpening,
    SheetFollowing,
    DetailsChoice,
    CellWork,
    DelayCell,
    QWidget,
):
    """Resource Usage / Task Usage: a tree of rows beside a grid of time-phased work."""

    sig_task_activated = Signal(int)
    sig_resource_activated = Signal(int)
    sig_assignment_activated = Signal(int)
    sig_built = Signal()  # the tables built off the GUI thread (or an edit's) are shown
    # Task Usage or Resource Usage chosen: what View > Sort and Group by act on changed
    sig_mode_changed = Signal()
    sig_arranged = Signal()  # Task Usage sorted or grouped anew: the plan keeps it
    sig_details_changed = Signal()  # other detail rows shown: the plan keeps them

    # Plans with at least this many tasks build their tables off the GUI thread (10k
    # tasks build in about 0.1 s; 100k in 0.6-1.3 s).
    background_from = 20_000

    def __init__(
        self, document: Document, parent: QWidget | None = None, sheet: TaskSheet | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        # the task sheet's model, whose filter and collapsed summaries Task Usage follows
        self.sheet = sheet
        self._kept = None
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
        # access keys clear of the menu bar's letters (F E P V O I R W H): Alt+S, Alt+Y,
        # Alt+X, Alt+L, Alt+D, Alt+N reach them from anywhere in the view
        expand.setText("E&xpand all")
        collapse = self._collapse_button = QToolButton()
        collapse.setText("Co&llapse all")
        head = QHBoxLayout()
        for label, box in (("&Show", self.mode_box), ("b&y", self.scale_box)):
            buddy = QLabel(label)
            buddy.setBuddy(box)
            head.addWidget(buddy)
            head.addWidget(box)
        head.addWidget(expand)
        head.addWidget(collapse)
        details_button, next_over_button = self._make_detail_actions()
        head.addWidget(details_button)
        head.addWidget(next_over_button)
        self.other_plans = OtherPlans(self)  # Include Work from Other Plans…
        others = other_plans_button(self, self.other_plans)
        if isinstance(others, QToolButton):
            others.setText("Other Pla&ns")
        head.addWidget(others)
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
            self.tables = UsageTables(
                document.plan, document.schedule, costs=getattr(document, "costs", None)
            )
        self._take_kept()  # Task Usage's sort and group, as the plan keeps them
        tree = self.tables.tree(Mode.RESOURCES)
        self.tree_model = UsageTreeModel(tree, self.row_height, self)
        self.grid_model = UsageGridModel(tree, self.scale, self.row_height, self)
        self.grid_model.other_over = self.other_plans.over  # other plans' work, if included
        self.grid_model.other_tip = self.other_plans.tip
        self.grid_model.refused = self.other_plans.say  # typing in an other plan's row
        self.grid_model.cost_report = lambda: getattr(document, "costs", None)
        # Peak and Peak Units count a person's work in the other plans included too
        self.grid_model.bookings = lambda: self.other_plans.bookings(self.tables.bookings)
        self.tree_model.bookings = self.grid_model.bookings
        # Task Usage's task rows show the task sheet's marks (its own, when the sheet has them)
        self.tree_model.task_marks = getattr(sheet, "indicators", None) or IndicatorCells(document)
        self.tree = UsageOutlineView()
        self.tree.setModel(self.tree_model)
        self.tree.setItemDelegateForColumn(INDICATORS, IndicatorDelegate(self.tree))
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.horizontalHeader().setStretchLastSection(False)
        self.tree.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._order_columns()
        self._follow_names()  # an other plan's task rows opened: Name widens to them
        self.setFocusProxy(self.tree)  # Ctrl+5's Down moves in the table, not the Show box
        self.grid = CurrentCellTable()  # the current period framed, as in the task sheet
        self.grid.setModel(self.grid_model)
        self.grid.setItemDelegate(GridBandsDelegate(self.grid))
        self._make_cells_typeable()  # an assignment's period takes typed work
        self._make_overtime_typeable()  # and its Overtime Work cell, overtime
        self._make_delay_typeable()  # and its Delay cell, when the person starts
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
        self._pane_dragged = False  # the left pane keeps a width the user dragged it to
        splitter.splitterMoved.connect(self._on_panes_dragged)
        self.building_label = QLabel(BUILDING_TEXT)
        self.building_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.building_label.setWordWrap(True)
        self._panes = splitter
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
        for pane, name in ((self.tree, "Usage rows"), (self.grid, "Usage periods")):
            pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            # Tab moves on to the head row's boxes and buttons (arrows move between cells)
            pane.setTabKeyNavigation(False)
            pane.setAccessibleName(name)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.grid.customContextMenuRequested.connect(self._on_grid_menu)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current)
        self.grid.selectionModel().currentRowChanged.connect(self._on_grid_current)
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.scale_box.currentIndexChanged.connect(self._on_scale_changed)
        expand.clicked.connect(self.expand_all)
        collapse.clicked.connect(self.collapse_all)
        document.sig_changed.connect(self._on_document_changed)
        if sheet is not None:
            sheet.sig_filter_changed.connect(self._on_filter_changed)
        self._shown_mode = Mode.RESOURCES
        self._show(tree)
        self._take_kept_details()  # the detail rows the plan keeps
        if background:
            self._start_build()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go round the view's boxes, buttons and panes (Qt keeps them on
        the rows, the view's focus proxy, otherwise)."""
        return tab_within(self, forward) or super().focusNextPrevChild(forward)

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

    def _show(self, tree: UsageTree) -> None:
        """Fill both panes from ``tree``, opening every row not closed by hand in its mode."""
        mode = Mode.TASKS if tree.by_task else Mode.RESOURCES
        self._follow_sheet(tree)  # Task Usage: the sheet's filter and collapsed summaries
        closed = tree.rows_of(self._closed[mode])
        shown = self._visible(tree).tolist()
        self.tree_model.set_tree(tree, self._over_people(tree), shown, set(closed))
        self.grid_model.set_rows(tree, self.scale, list(shown))
        self.tree.setColumnHidden(PEAK, tree.by_task)  # a Resource Usage field
        self.show_overtime_column()  # while some assignment has overtime, or asked for
        self._shown_mode = mode
        self._size_columns()
        self._fit_panes()

    def _show_sorted(self) -> None:
        """Task Usage sorted anew: its outline laid out in the new order (off the GUI thread
        on a large plan), rows closed by hand staying closed."""
        if self.mode is not Mode.TASKS:
            return  # shown in its order when Task Usage is chosen
        if len(self.document.plan.tasks) >= self.background_from:
            self._start_build(self.tables)
            return
        self._show(self.tables.tree(Mode.TASKS))

    def _over_people(self, tree: UsageTree) -> set[int]:
        """People (rows of ``usage.resources``) over-allocated in some period of the scale."""
        if tree.by_task:
            return set()
        periods = tree.usage.periods(self.scale)
        over = tree.usage.overallocated(periods)
        extra = self.grid_model.other_over(tree, periods)  # other plans' work included
        if extra is not None:
            over = over | extra
        return {int(i) for i in np.flatnonzero(over.any(axis=1))}

    def _order_columns(self) -> None:
        """The sheet's columns as MS Project's Resource Usage lays them: Indicators, Name,
        Work, Overtime Work, Peak, then the Details naming the bands (hidden while Work
        alone shows)."""
        header = self.tree.horizontalHeader()
        columns = (INDICATORS, NAME, WORK, OVERTIME, DELAY, PEAK, DETAILS)
        for visual, logical in enumerate(columns):
            header.moveSection(header.visualIndex(logical), visual)
        self.tree.setColumnWidth(INDICATORS, width_for(2))
        self.tree.setColumnWidth(NAME, 260)
        self.tree.setColumnWidth(WORK, 90)
        title = str(self.tree_model.headerData(OVERTIME, Qt.Orientation.Horizontal))
        self.tree.setColumnWidth(OVERTIME, self.fontMetrics().horizontalAdvance(title) + 20)
        self.tree.setColumnWidth(DELAY, self.fontMetrics().horizontalAdvance("Delay 00.5ed") + 12)
        self.tree.setColumnWidth(PEAK, 60)
        self.tree.setColumnHidden(DETAILS, True)

    def _fit_panes(self) -> None:
        """The left pane as wide as its shown columns, as the Gantt's sheet opens: it opened
        at 600 px, room for a Details column hidden while Work alone shows. Fitted again as
        the view shows or hides a column (Peak in Task Usage, Overtime Work) until the user
        drags the divider."""
        if self._pane_dragged:
            return
        tree = self.tree
        shown = (c for c in range(self.tree_model.columnCount()) if not tree.isColumnHidden(c))
        need = sum(tree.columnWidth(c) for c in shown) + 2 * tree.frameWidth()
        total = sum(self._panes.sizes())  # 0 before the view is first shown
        self._panes.setSizes([need, total - need if total > need else 800])

    def _on_panes_dragged(self, _pos: int, _index: int) -> None:
        self._pane_dragged = True

    def _size_columns(self) -> None:
        """Period columns as wide as the widest heading the scale can show in the locale
        (September's alone cut Finnish 'marras 2027', English 'Wed May 26'...) and the
        widest figure of the rows shown first, in bold as totals are (a month's
        ``€18,938.67`` lost its ``€``): sized to their text."""
        names, advance = date_names(), self.fontMetrics().horizontalAdvance
        widest = max(advance(period_label(day, self.scale, names)) for day in _SAMPLE_DAYS)
        bold = QFont(self.grid.font())
        bold.setBold(True)
        figures = widest_figure(self.grid_model, QFontMetrics(bold).horizontalAdvance)
        self.grid.horizontalHeader().setDefaultSectionSize(max(widest, figures) + 18)

    def locale_changed(self) -> None:
        """Columns as wide as the new locale's headings (app/ui/locale_follow.py)."""
        self._size_columns()

    # ------------------------------------------------------------------ printing

    def print_sheet(self) -> UsageSheet:
        """The rows shown (closed ones keep their rows out) and every period of the scale."""
        self.wait_built()
        overtime = not self.tree.isColumnHidden(OVERTIME)  # printed as shown
        lines = sheet_lines(
            self.tree_model.tree, self.grid_model, self.tree_model.overtime if overtime else None
        )
        periods = self.grid_model.periods
        title = f"{self.mode.value} by {self.scale.value[:-1]}"
        name = str(self.tree_model.headerData(0, Qt.Orientation.Horizontal))
        names = date_names()
        labels = tuple(periods.label(k, names) for k in range(len(periods)))
        note = self.filter_note(self._shown_mode)
        return UsageSheet(title, name, labels, lines, note, overtime=overtime)

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self) -> None:
        if self._job is not None:
            self._generation += 1  # the build under way is stale: it builds again when done
        elif self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden view catches up when shown

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the view was hidden, and (Task Usage) with the
        summaries collapsed or expanded on the sheet meanwhile."""
        if self._stale:
            self.refresh()
        if self._job is None and self._shown_mode is Mode.TASKS and self._follow_collapsed():
            self._keep_scroll(lambda: self._show(self.tree_model.tree))
        super().showEvent(event)

    def _on_filter_changed(self) -> None:
        """A filter applied or cleared on the sheet: Task Usage shows its rows (grouped: its
        groups made again of them)."""
        grouped = self._regroup_filtered()
        if self._job is None and self._shown_mode is Mode.TASKS:
            if grouped:
                self._show_sorted()
            else:
                self._show(self.tree_model.tree)

    def _on_mode_changed(self) -> None:
        self.sig_mode_changed.emit()  # the status bar and the menus say the mode's sort
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
            document = self.document
            plan, schedule = document.plan, document.schedule
            costs = getattr(document, "costs", None)
            self.tables = UsageTables(plan, schedule, self.tables, costs=costs)
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
