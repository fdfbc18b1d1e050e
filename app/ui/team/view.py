"""The Team tab: roster, the selected person's assignments, vacations and workload, leveling.

The roster selects as MS Project's Resource Sheet: Shift+click, Ctrl+click, Shift+arrows and
F8 / Shift+F8 pick several people. Remove, Assign to task, Fill Down and Copy act on all of
them; the details panes, Details…, days off, Change Working Time and Remove from task are
the current person's (the row framed). The commands are in app/ui/team/team_actions.py, the
person's assignment list in app/ui/team/assignment_table.py.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.overallocation import OverallocationBook
from app.domain.overallocation_runs import overallocation_runs
from app.domain.vacations import vacations
from app.report.locale_dates import local_date
from app.ui.current_cell_frame import CurrentCellTable
from app.ui.dialogs.buttons import error_label
from app.ui.document import Document
from app.ui.focus_round import tab_within
from app.ui.table_font_fit import follow_font
from app.ui.team.assignment_edits import on_assignment_edited
from app.ui.team.assignment_table import AssignmentTable, task_room
from app.ui.team.leveling_actions import LEVEL_IN_BACKGROUND_FROM
from app.ui.team.other_plans_load import TeamOtherPlans
from app.ui.team.pool_over import over_across, over_line
from app.ui.team.roster_columns import install_column_menu
from app.ui.team.roster_many import selected_rows
from app.ui.team.roster_model import ResourceUidRole, RosterColumn, RosterModel
from app.ui.team.roster_sort import RosterSortProxy
from app.ui.team.team_actions import TeamActions
from app.ui.team.team_keys import add_team_keys
from app.ui.team.team_toolbar import TeamToolBar
from app.ui.team.workload_chart import WorkloadChart
from app.ui.team.workload_data import fill_chart
from app.ui.usage.person_period_open import OverStartRole, open_usage_at


def _message(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, "Team", text)


def _confirm(parent: QWidget, text: str) -> bool:
    no = QMessageBox.StandardButton.No
    yes = QMessageBox.StandardButton.Yes
    return QMessageBox.question(parent, "Team", text, yes | no, no) == yes


class TeamView(TeamActions, QWidget):
    """Roster table, per-person assignments, vacations and workload, and leveling."""

    sig_leveled = Signal(str)
    message = staticmethod(_message)  # tests replace this to see errors without a modal box
    confirm = staticmethod(_confirm)  # ... and this to answer a question
    background_from = LEVEL_IN_BACKGROUND_FROM

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # Each person's over-allocations, swept again only for the people an edit touched;
        # _moved: the tasks moved since the book's last update (None: any may have).
        self._book: OverallocationBook | None = None
        self._moved: set[int] | None = None
        # the over-allocation list's rows: person, start, text
        self._shown: list[tuple[int, datetime, str]] | None = None
        self.model = RosterModel(document, self)
        # The view shows the roster through a sorting proxy: its rows are not the plan's.
        self.proxy = RosterSortProxy(self.model, self)
        self.table = CurrentCellTable()  # the current cell framed, as in the task sheet
        self.table.setAccessibleName("Team roster")  # what a screen reader calls it
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to the plan's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # open in the plan's order
        self.table.setSortingEnabled(True)
        install_column_menu(self.table)  # Budget hidden until the header's menu shows it
        # wider at a large font; Name whole with the over-allocated mark before it
        follow_font(self.table, whole=(RosterColumn.NAME,))
        slots = {
            "team_add_person": self.add_person,
            "team_edit_person": self.edit_selected,
            "team_remove_person": self.remove_selected,
            "team_assign_task": self.assign_to_task,
            "team_unassign_task": self.remove_from_task,
            "team_add_vacation": self.add_vacation,
            "team_remove_vacation": self.remove_vacation,
            "team_change_working_time": self.change_working_time,
            "team_set_calendar": self.set_calendar,
            "team_level_resources": self.level_resources,
            "team_clear_leveling": self.clear_leveling,
        }
        toolbar = TeamToolBar(slots, not document.read_only, self)
        self.toolbar = toolbar
        self.actions_by_id: dict[str, QAction] = dict(toolbar.actions_by_id)
        self.assignments = AssignmentTable(0, 7)
        self.assignments.setAccessibleName("Assignments")  # what a screen reader calls it
        self.assignments.setHorizontalHeaderLabels(
            ["Task", "Units", "Work", "Cost", "Rate table", "Dates", "Work contour"]
        )
        self.assignments.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
        )
        self.assignments.itemChanged.connect(self._on_assignment_edited)
        # The shown cells open MS Project's Assignment Information (the typed ones edit in
        # place); so does the list's context menu.
        self.assignments.itemDoubleClicked.connect(self._on_assignment_double_clicked)
        info = QAction("Assignment Information…", self.assignments)
        info.setObjectName("team_assignment_info")
        info.triggered.connect(self.assignment_info)
        self.actions_by_id["team_assignment_info"] = info
        self.assignments.verticalHeader().setVisible(False)
        follow_font(self.assignments)  # rows as tall as the font, as the roster's (tester s30xk)
        self.vacation_list = QListWidget()
        self.vacation_list.setAccessibleName("Days off")  # what a screen reader calls it
        self.vacation_list.setMaximumHeight(90)
        self.period = QComboBox()
        self.period.addItems(["Week", "Day"])
        self.period.currentIndexChanged.connect(self._refresh_chart)
        self.chart = WorkloadChart()
        self.overallocation_list = QListWidget()
        self.overallocation_list.setAccessibleName("Over-allocations")
        self.summary = QLabel()
        # Each pane's keys and right-click menu, as a person's row in MS Project's sheet.
        add_team_keys(self)
        self.setFocusProxy(self.table)  # the view shown (Ctrl+2) takes keys in the roster
        for pane in (self.table, self.assignments):
            # Tab moves on to the next pane, box or button (arrows move between cells)
            pane.setTabKeyNavigation(False)
        self.summary.setWordWrap(True)
        self.error = error_label()  # the dialogs' red line, wrapping a long refusal

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(toolbar)
        lv.addWidget(self.table, 3)
        lv.addWidget(self.error)
        lv.addWidget(QLabel("Over-allocations"))
        lv.addWidget(self.overallocation_list, 1)
        lv.addWidget(self.summary)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel("Assignments"))
        rv.addWidget(self.assignments, 2)
        rv.addWidget(QLabel("Days off"))
        rv.addWidget(self.vacation_list)
        head = QHBoxLayout()
        per = QLabel("Wor&kload per")  # Alt+K (clear of the menu bar's letters) reaches the box
        per.setBuddy(self.period)
        head.addWidget(per)
        head.addWidget(self.period)
        self.other_plans = TeamOtherPlans(self)  # the window's, shared with the Usage view
        head.addWidget(self.other_plans.button())
        head.addStretch(1)
        rv.addLayout(head)
        rv.addWidget(self.chart, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._panes_fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # Select the first person before listening to the selection: _refresh below fills
        # their assignments and chart once (twice cost a second on 100,000 tasks).
        if self.proxy.rowCount():  # open on someone, so the person actions act at once
            first = self.proxy.uid_at(0)
            if first is not None:
                self.select(first)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.model.sig_error.connect(self.error.setText)
        document.undo_stack.indexChanged.connect(self.error.clear)  # undo/redo: reason is stale
        # ... and so is what the last leveling did (a new one says so after its step).
        document.undo_stack.indexChanged.connect(self.summary.clear)
        self.overallocation_list.itemActivated.connect(self._on_overallocation_activated)
        self._stale = False
        document.sig_changed.connect(self._on_document_changed)
        self._refresh()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go round the panes, the Workload box and Other Plans (Qt keeps
        them on the roster, the view's focus proxy, otherwise)."""
        return tab_within(self, forward) or super().focusNextPrevChild(forward)

    # ------------------------------------------------------------------ selection

    def selected_uid(self) -> int | None:
        """The current person, whose details are shown."""
        index = self.table.currentIndex()
        return self.proxy.uid_at(index.row()) if index.isValid() else None

    def selected_uids(self) -> list[int]:
        """Everyone selected, as the roster shows them top to bottom (the current person
        when no row is selected)."""
        uids = (self.proxy.uid_at(row) for row in selected_rows(self.table))
        return [uid for uid in uids if uid is not None]

    def select(self, resource_uid: int) -> None:
        """Show one person, selected alone."""
        self.select_many([resource_uid])

    def select_many(self, uids: list[int]) -> None:
        """Select these people (the first current, its details shown)."""
        rows = [r for r in (self.proxy.row_of(uid) for uid in uids) if r is not None]
        selection = self.table.selectionModel()
        flag = QItemSelectionModel.SelectionFlag
        for n, row in enumerate(rows):
            index = self.proxy.index(row, 0)
            first = flag.ClearAndSelect if n == 0 else flag.Select
            selection.select(index, first | flag.Rows)
        if rows:
            selection.setCurrentIndex(self.proxy.index(rows[0], 0), flag.NoUpdate)

    # ------------------------------------------------------------------ refresh

    def _on_double_clicked(self, index: QModelIndex) -> None:
        # Editable cells edit in place; the computed ones open the full editor.
        if index.column() in (RosterColumn.WORK, RosterColumn.COST):
            self.edit_selected()

    def _on_selection_changed(self) -> None:
        self.refresh_person()

    def _on_document_changed(self) -> None:
        moved = self.document.moved_uids
        if moved is None:
            self._moved = None
        elif self._moved is not None:
            self._moved.update(moved)
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True  # a hidden tab catches up when shown

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the tab was hidden."""
        if self._stale:
            self._refresh()
        super().showEvent(event)
        if not self._panes_fitted:
            self._panes_fitted = True
            self._fit_panes()

    def _fit_panes(self) -> None:
        """Widen the right pane, once, until the assignment list's columns fit unscrolled.

        Never beyond half the width: the roster needs room too; the user's splitter
        drags are theirs afterwards.
        """
        table = self.assignments
        header = table.horizontalHeader()
        figures = header.length() - header.sectionSize(0)
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        need = figures + task_room(table) + frame
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) == 2 and sizes[1] < need <= total // 2:
            self.splitter.setSizes([total - need, need])

    def _refresh(self) -> None:
        self._stale = False
        # Del and Remove have no one to remove on an empty team (they stayed on, doing nothing)
        someone = bool(self.document.plan.resources)
        editable = not self.document.read_only
        self.actions_by_id["team_remove_person"].setEnabled(editable and someone)
        self._refresh_overallocations()
        self.refresh_person()

    def _refresh_overallocations(self) -> None:
        plan = self.document.plan
        names = {r.uid: r.name for r in plan.resources}
        book = self._book
        if book is None or book.plan is not plan:
            book = self._book = OverallocationBook(plan)
            self._moved = None
        found = book.update(self.document.schedule, self._moved)
        self._moved = set()
        tasks = self.document.lookups().tasks
        shown = [
            (
                o.resource_uid,
                o.start,
                f"{names.get(o.resource_uid, '?')}: {o.reason}"
                f" from {local_date(o.start, weekday=False, clock=True)}"
                f" to {local_date(o.finish, weekday=False, clock=True)}"
                f" ({', '.join(tasks[u].name for u in o.task_uids[:4] if u in tasks)})",
            )
            for o in overallocation_runs(found)  # a night-and-day task's run of days: one line
        ]
        # with the other plans' work added (Other Plans), as the Usage view turns them red
        shown += [(p.uid, p.first, over_line(p)) for p in over_across(self.document).values()]
        if shown == self._shown:
            return  # an edit that changed none of them: keep the list (and its scroll, selection)
        self._shown = shown
        self.overallocation_list.clear()
        for uid, start, text in shown:
            item = QListWidgetItem(text)
            item.setData(ResourceUidRole, uid)
            item.setData(OverStartRole, start)
            self.overallocation_list.addItem(item)

    def _on_overallocation_activated(self, item: QListWidgetItem) -> None:
        """The person selected, and Resource Usage opened at them and the period."""
        uid = int(item.data(ResourceUidRole))
        self.select(uid)
        open_usage_at(self, uid, item.data(OverStartRole))

    def locale_changed(self) -> None:
        """The person's assignments and the over-allocations' dates in the user's new locale
        (app/ui/locale_follow.py)."""
        self.refresh_person()
        self._refresh_overallocations()

    def refresh_person(self) -> None:
        """Fill the selected person's assignments, days off and workload chart again."""
        self.assignments.blockSignals(True)  # filling the table is not an edit
        try:
            self._fill_person()
        finally:
            self.assignments.blockSignals(False)
        self._refresh_chart()

    def _fill_person(self) -> None:
        uid = self.selected_uid()
        plan = self.document.plan
        self.assignments.fill(self.document, uid)
        self.vacation_list.clear()
        if uid is None:
            return
        for exc in vacations(plan, uid):
            kind = "working" if exc.working else "off"
            first, last = (local_date(day, weekday=False) for day in (exc.start, exc.end))
            self.vacation_list.addItem(f"{exc.name}: {first} to {last} ({kind})")

    def _on_assignment_edited(self, item: QTableWidgetItem) -> None:
        on_assignment_edited(self, item)

    def _refresh_chart(self) -> None:
        weekly = self.period.currentIndex() == 0
        others = self.other_plans.pool.plans  # Other Plans > Include Work from Other Plans…
        fill_chart(self.chart, self.document, self.selected_uid(), weekly, others)

    def refresh_chart(self) -> None:
        """Draw the selected person's workload again (other plans included or left out),
        and mark again who is over-allocated with them."""
        self._refresh_chart()
        self.model.refresh_marks()
        self._refresh_overallocations()
