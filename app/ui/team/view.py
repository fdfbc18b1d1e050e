"""The Team tab: roster, the selected person's assignments, vacations and workload, leveling."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
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

from app.domain.assigning import format_one
from app.domain.assignment_dates import assignment_dates
from app.domain.calendars import overlapping_exception
from app.domain.errors import AppError
from app.domain.leveling import LevelingResult
from app.domain.overallocation import OverallocationBook
from app.domain.resource import Resource, ResourceType
from app.domain.vacations import own_calendar, vacations
from app.ui.background import Cancelled
from app.ui.budget.money import money
from app.ui.commands import CompositeCommand, PlanCommand, PutCalendarCommand, execute
from app.ui.dialogs.assign_units import staffing_with
from app.ui.dialogs.assignment_info import open_assignment_info
from app.ui.document import Document
from app.ui.team.assign_dialog import AssignTaskDialog
from app.ui.team.assignment_edits import (
    COST,
    RATE_TABLES,
    TABLE,
    UNITS,
    WORK,
    on_assignment_edited,
    work_text,
)
from app.ui.team.commands import (
    AddResourceCommand,
    AddVacationCommand,
    RemoveResourceCommand,
    RemoveVacationCommand,
    SetAssignmentsCommand,
    UpdateResourceCommand,
)
from app.ui.team.leveling_actions import (
    LEVEL_IN_BACKGROUND_FROM,
    clear_leveling,
    compute_leveling,
    level_resources,
)
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import ResourceUidRole, RosterColumn, RosterModel
from app.ui.team.roster_sort import RosterSortProxy
from app.ui.team.team_toolbar import TeamToolBar
from app.ui.team.vacation_dialog import VacationDialog
from app.ui.team.workload_chart import WorkloadChart
from app.ui.team.workload_data import fill_chart
from app.ui.team.wrap_header import WrapHeader

_TASK_ROOM = 120  # pixels of task name the assignment list keeps beside its figures
_TASK_WIDEST = 200  # its floor grows with the names up to this; longer ones wrap
AssignmentUidRole = Qt.ItemDataRole.UserRole + 21  # the assignment list's rows


def _message(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, "Team", text)


class AssignmentTable(QTableWidget):
    """A person's assignments: each figure as wide as its contents, the task name the room
    left, never narrower than its names (up to ``_TASK_WIDEST``). In a narrow pane (a 1024 px
    screen) the list scrolls sideways: a stretched Task column was squeezed to '…'."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setHorizontalHeader(WrapHeader(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)

    def fit_task_column(self) -> None:
        """Give the task name the width the figures leave, or its names' width if more."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(i) for i in range(1, header.count()) if not header.isSectionHidden(i)
        )
        names = min(max(self.sizeHintForColumn(0), _TASK_ROOM), _TASK_WIDEST)
        header.resizeSection(0, max(names, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the task column to the new width."""
        super().resizeEvent(event)
        self.fit_task_column()

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != 0:  # a figure grew or shrank with its contents
            self.fit_task_column()


class TeamView(QWidget):
    """Roster table, per-person assignments, vacations and workload, and leveling."""

    sig_leveled = Signal(str)
    message = staticmethod(_message)  # tests replace this to see errors without a modal box
    background_from = LEVEL_IN_BACKGROUND_FROM

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # Each person's over-allocations, swept again only for the people an edit touched;
        # _moved: the tasks moved since the book's last update (None: any may have).
        self._book: OverallocationBook | None = None
        self._moved: set[int] | None = None
        self._shown: list[tuple[int, str]] | None = None  # the over-allocation list's rows
        self.model = RosterModel(document, self)
        # The view shows the roster through a sorting proxy: its rows are not the plan's.
        self.proxy = RosterSortProxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to the plan's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # open in the plan's order
        self.table.setSortingEnabled(True)
        slots = {
            "team_add_person": self.add_person,
            "team_edit_person": self.edit_selected,
            "team_remove_person": self.remove_selected,
            "team_assign_task": self.assign_to_task,
            "team_unassign_task": self.remove_from_task,
            "team_add_vacation": self.add_vacation,
            "team_remove_vacation": self.remove_vacation,
            "team_level_resources": self.level_resources,
            "team_clear_leveling": self.clear_leveling,
        }
        toolbar = TeamToolBar(slots, not document.read_only, self)
        self.toolbar = toolbar
        self.actions_by_id: dict[str, QAction] = dict(toolbar.actions_by_id)
        self.assignments = AssignmentTable(0, 7)
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
        self.assignments.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        info = QAction("Assignment Information…", self.assignments)
        info.setObjectName("team_assignment_info")
        info.triggered.connect(self.assignment_info)
        self.assignments.addAction(info)
        self.actions_by_id["team_assignment_info"] = info
        self.assignments.verticalHeader().setVisible(False)
        self.vacation_list = QListWidget()
        self.vacation_list.setMaximumHeight(90)
        self.period = QComboBox()
        self.period.addItems(["Week", "Day"])
        self.period.currentIndexChanged.connect(self._refresh_chart)
        self.chart = WorkloadChart()
        self.overallocation_list = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c81e1e")

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
        head.addWidget(QLabel("Workload per"))
        head.addWidget(self.period)
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

    # ------------------------------------------------------------------ selection

    def selected_uid(self) -> int | None:
        """The person whose details are shown."""
        index = self.table.currentIndex()
        return self.proxy.uid_at(index.row()) if index.isValid() else None

    def _person(self) -> int | None:
        """The selected person; says what to do first when there is none."""
        uid = self.selected_uid()
        if uid is None:
            empty = not self.document.plan.resources
            self.message(
                self, "Add a person to the team first." if empty else "Select a person first."
            )
        return uid

    def select(self, resource_uid: int) -> None:
        """Show one person."""
        row = self.proxy.row_of(resource_uid)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.proxy.index(row, 0))

    # ------------------------------------------------------------------ actions

    def run(self, command: object) -> bool:
        """Do one undoable edit; a refused one is told in a message. True when it was done."""
        try:
            execute(self.document, command)  # type: ignore[arg-type]
        except AppError as exc:
            self.message(self, str(exc))
            return False
        return True

    def add_person(self) -> None:
        """Add a new work resource and select it for editing."""
        plan = self.document.plan
        uid = plan.next_resource_uid()
        names = {r.name for r in plan.resources}
        k = 1
        while f"New person {k}" in names:
            k += 1
        if self.run(AddResourceCommand(self.document, Resource(uid, f"New person {k}"))):
            self.select(uid)
            self.table.edit(self.table.currentIndex())

    def edit_selected(self) -> None:
        """Open the full editor (rate tables, availability, calendar) for the selected person."""
        uid = self._person()
        if uid is None:
            return
        plan = self.document.plan
        old = plan.resource(uid)
        new = ResourceDialog.ask(self, plan, old)
        if new is None:
            return
        parts: list[PlanCommand] = []
        own = own_calendar(plan, old)
        if own is not None:
            # The dialog names the calendar to work on; the person's own calendar (their
            # days off) moves onto it instead of being dropped.
            base = new.calendar_uid if new.calendar_uid is not None else plan.project.calendar_uid
            new = replace(new, calendar_uid=own.uid)
            if base != own.base_uid:
                moved = replace(own, base_uid=base)
                parts.append(PutCalendarCommand(self.document, moved, f"Calendar of '{old.name}'"))
        if new != old:  # the undo step names the person as they were ("Edit 'Nina'" read
            # as the new name after a rename)
            parts.append(UpdateResourceCommand(self.document, new, f"Edit '{old.name}'"))
        if len(parts) == 1:
            self.run(parts[0])
        elif parts:
            self.run(CompositeCommand(self.document, f"Edit '{old.name}'", parts))

    def remove_selected(self) -> None:
        """Remove the selected person (with their assignments)."""
        uid = self._person()
        if uid is not None:
            self.run(RemoveResourceCommand(self.document, uid))

    def assign_to_task(self) -> None:
        """Put the selected person on a task they choose (MS Project's Assign Resources)."""
        uid = self._person()
        if uid is None:
            return
        res = self.document.plan.resource(uid)
        answer = AssignTaskDialog.ask(self, self.document.plan, res)
        if answer is None:
            return
        task_uid, units = answer
        text = staffing_with(self.document.plan, task_uid, {uid: units or "100%"})
        try:
            command = SetAssignmentsCommand(self.document, task_uid, text)
        except AppError as exc:
            self.message(self, f"{res.name}: {exc}")
            return
        self.run(command)

    def remove_from_task(self) -> None:
        """Take the selected person off the task selected in their assignment list."""
        uid = self._person()
        if uid is None:
            return
        res = self.document.plan.resource(uid)
        row = self.assignments.currentRow()
        item = self.assignments.item(row, 0) if row >= 0 else None
        if item is None:
            self.message(self, f"Select one of {res.name}'s tasks first.")
            return
        task_uid = int(item.data(ResourceUidRole))
        command = SetAssignmentsCommand(
            self.document, task_uid, staffing_with(self.document.plan, task_uid, {uid: None})
        )
        command.setText(f"Remove '{res.name}' from '{self.document.plan.task(task_uid).name}'")
        self.run(command)

    def assignment_info(self) -> None:
        """Assignment Information for the task selected in the person's assignment list."""
        uid = self._person()
        if uid is None:
            return
        row = self.assignments.currentRow()
        item = self.assignments.item(row, 0) if row >= 0 else None
        if item is None:
            name = self.document.plan.resource(uid).name
            self.message(self, f"Select one of {name}'s tasks first.")
            return
        open_assignment_info(self.document, int(item.data(AssignmentUidRole)), self)

    def _on_assignment_double_clicked(self, item: QTableWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.assignments.setCurrentItem(item)
            self.assignment_info()

    def add_vacation(self) -> None:
        """Ask for days off for the selected person."""
        uid = self._person()
        if uid is None:
            return
        who = self.document.plan.resource(uid).name
        answer = VacationDialog.ask(self, who)
        if answer is None:
            return
        first, last, _name = answer
        clash = overlapping_exception(vacations(self.document.plan, uid), first, last)
        if clash is not None:  # one exception a day, as MS Project allows
            self.message(
                self,
                f"{who}'s days off {first} to {last} overlap {clash.name} ({clash.start} to "
                f"{clash.end}): a day takes one exception, as in MS Project",
            )
            return
        self.run(AddVacationCommand(self.document, uid, *answer))

    def remove_vacation(self) -> None:
        """Remove the selected days off (or say what to select first)."""
        uid = self._person()
        if uid is None:
            return
        name = self.document.plan.resource(uid).name
        row = self.vacation_list.currentRow()
        if self.vacation_list.count() == 0:
            self.message(self, f"{name} has no days off to remove.")
        elif row < 0:
            self.message(self, f"Select the days off to remove in {name}'s list first.")
        else:
            self.run(RemoveVacationCommand(self.document, uid, row))

    def compute_leveling(self) -> LevelingResult:
        """What leveling would do, from the plan without its current delays (off the GUI thread)."""
        return compute_leveling(self.document, self, self.background_from)

    def level_resources(self) -> None:
        """Delay tasks until nobody is over-allocated, as one undoable step."""
        try:
            text = level_resources(self.document, self, self.background_from)
        except Cancelled:
            self.summary.setText("Leveling cancelled; nothing moved.")
            return
        except AppError as exc:
            self.message(self, str(exc))
            return
        self.summary.setText(text)
        self.sig_leveled.emit(text)

    def clear_leveling(self) -> None:
        """Remove every leveling delay, as one undoable step."""
        try:
            self.summary.setText(clear_leveling(self.document))
        except AppError as exc:
            self.message(self, str(exc))

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
        need = figures + _TASK_ROOM + frame
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) == 2 and sizes[1] < need <= total // 2:
            self.splitter.setSizes([total - need, need])

    def _refresh(self) -> None:
        self._stale = False
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
                f"{names.get(o.resource_uid, '?')}: {o.units * 100:.0f}% of {o.max_units * 100:.0f}%"
                f" from {o.start:%Y-%m-%d %H:%M} to {o.finish:%Y-%m-%d %H:%M}"
                f" ({', '.join(tasks[u].name for u in o.task_uids[:4] if u in tasks)})",
            )
            for o in found
        ]
        if shown == self._shown:
            return  # an edit that changed none of them: keep the list (and its scroll, selection)
        self._shown = shown
        self.overallocation_list.clear()
        for uid, text in shown:
            item = QListWidgetItem(text)
            item.setData(ResourceUidRole, uid)
            self.overallocation_list.addItem(item)

    def _on_overallocation_activated(self, item: QListWidgetItem) -> None:
        self.select(int(item.data(ResourceUidRole)))

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
        self.assignments.setRowCount(0)
        self.vacation_list.clear()
        if uid is None:
            return
        res = plan.resource(uid)
        rows = plan.assignments_of_resource(uid)
        self.assignments.setRowCount(len(rows))
        # The person's own dates on each task: their calendar, a split task's parts.
        own = assignment_dates(plan, self.document.schedule, [a.uid for a in rows])
        for i, a in enumerate(rows):
            task = plan.task(a.task_uid)
            span = own.get(a.uid)
            ac = self.document.costs.assignments.get(a.uid)
            dates = f"{span[0]:%Y-%m-%d} to {span[1]:%Y-%m-%d}" if span else ""
            work = work_text(ac.work_minutes) if ac and res.type is ResourceType.WORK else ""
            units = format_one(res, a.units).removeprefix(res.name).strip("[]") or "100%"
            cost_item = res.type is ResourceType.COST
            cells = [
                task.name,
                "" if cost_item else units,
                work,
                money(plan.project, ac.cost) if ac else "",
                "" if cost_item else RATE_TABLES[a.rate_table] if a.rate_table < 5 else "",
                dates,
                # MS Project's Work Contour column (set in Assignment Information)
                "" if cost_item else a.contour.label,
            ]
            # A person's or material's units and rate table are typed here, and a person's
            # work (Assignment Information > Work); a cost item's amount, as its
            # assignment's Cost in MS Project (it has no units nor rates).
            typed = {COST} if cost_item else {UNITS, TABLE}
            if res.type is ResourceType.WORK and not plan.is_summary(a.task_uid):
                typed.add(WORK)
            shape = f"Work contour: {a.contour.label}" if a.contour.shaped else ""
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ResourceUidRole, a.task_uid)
                item.setData(AssignmentUidRole, a.uid)
                if shape and j in (0, UNITS, WORK):
                    item.setToolTip(shape)
                if j not in typed or self.document.read_only:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.assignments.setItem(i, j, item)
        self.assignments.fit_task_column()
        for exc in vacations(plan, uid):
            kind = "working" if exc.working else "off"
            self.vacation_list.addItem(f"{exc.name}: {exc.start} to {exc.end} ({kind})")

    def _on_assignment_edited(self, item: QTableWidgetItem) -> None:
        on_assignment_edited(self, item)

    def _refresh_chart(self) -> None:
        fill_chart(self.chart, self.document, self.selected_uid(), self.period.currentIndex() == 0)
