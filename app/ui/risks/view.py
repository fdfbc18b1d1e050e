"""The Risks view: an editable risk register with add and delete, every edit undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.resource import ResourceType
from app.domain.risk import RISK_DIGITS, Risk, RiskStatus, contingency_reserve, open_exposure
from app.domain.risk_matrix import risk_matrix
from app.domain.risk_register import RegisterView
from app.domain.risk_typing import format_task_refs
from app.domain.risk_watch import overdue_line
from app.report.render import BoldRow
from app.report.risk_matrix_page import heat_map_page
from app.ui.budget.money import money
from app.ui.commands import execute, one_step
from app.ui.current_cell_frame import CurrentCellTable
from app.ui.document import Document
from app.ui.extend_selection import add_extend_selection
from app.ui.models.risk_model import (
    REGISTER_COLUMNS,
    RiskColumn,
    RiskSortRole,
    RiskTableModel,
    RiskUidRole,
)
from app.ui.project_commands import AddRiskCommand, DeleteRiskCommand
from app.ui.risks.choice_delegates import CategoryDelegate, ResponseDelegate, plan_categories
from app.ui.risks.deleted_words import DELETED_MS, deleted_words
from app.ui.risks.heat_map import HeatMapPanel
from app.ui.selected_rows import selected_rows
from app.ui.table_font_fit import follow_font
from app.ui.team.people_delegate import PeopleDelegate

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView


class StatusDelegate(QStyledItemDelegate):
    """Edits a risk's status with a drop-down of the four states."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A combo box of statuses."""
        combo = QComboBox(parent)
        for status in RiskStatus:
            combo.addItem(status.label, status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the current status."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Write the chosen status through the model (an undo command)."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OwnerDelegate(PeopleDelegate):
    """The owner's cell completes the team's names (anyone else is taken as typed)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """The People cell's editor, without its 'Ana[50%], Ben' hint: an owner has no units."""
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText("")
        return editor


# The Show box: every risk, those still to reckon with, or those of one status.
_NOT_CLOSED = frozenset(s for s in RiskStatus if s is not RiskStatus.CLOSED)
SHOW_CHOICES: tuple[tuple[str, frozenset[RiskStatus] | None], ...] = (
    ("All risks", None),
    ("Not closed", _NOT_CLOSED),
    *((status.label, frozenset({status})) for status in RiskStatus),
)


class RiskFilterModel(QSortFilterProxyModel):
    """The register sorted as asked and, with statuses chosen, only the risks in them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses: frozenset[RiskStatus] | None = None
        self.owner = ""  # "": anyone's
        self.tasks: frozenset[int] | None = None  # None: any task's
        self.tasks_named = ""
        self.cell: frozenset[int] | None = None  # the heat map cell's risks; None: any
        self.cell_named = ""

    def set_cell(self, uids: frozenset[int] | None, named: str = "") -> None:
        """Keep only the risks of a heat map cell (None: every cell's)."""
        self.beginFilterChange()
        self.cell, self.cell_named = uids, named
        self.endFilterChange()

    def set_tasks(self, uids: frozenset[int] | None, named: str = "") -> None:
        """Keep only the risks linked to one of the tasks ``uids`` (None: any task's)."""
        self.beginFilterChange()
        self.tasks, self.tasks_named = uids, named
        self.endFilterChange()

    def set_owner(self, owner: str) -> None:
        """Keep only the risks ``owner`` owns (any case; "": anyone's)."""
        self.beginFilterChange()
        self.owner = owner
        self.endFilterChange()

    def register_view(self) -> RegisterView:
        """The risks shown, in the view's order, and those the filters leave out."""
        model = self.sourceModel()
        assert isinstance(model, RiskTableModel)
        shown = [
            model.risk_at(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())
        ]
        uids = {r.uid for r in shown}
        left = [r for r in model.document.plan.risks if r.uid not in uids]
        named = self.tasks_named if self.tasks is not None else ""
        if self.tasks is not None and not named:
            named = "none selected"
        cell = self.cell_named if self.cell is not None else ""
        return RegisterView(
            tuple(shown), tuple(left), self.statuses, self.owner, tasks=named, cell=cell
        )

    def set_statuses(self, statuses: frozenset[RiskStatus] | None) -> None:
        """Keep only the risks in ``statuses`` (None: every risk)."""
        self.beginFilterChange()
        self.statuses = statuses
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether the risk on ``source_row`` has one of the chosen statuses and owner."""
        model = self.sourceModel()
        assert isinstance(model, RiskTableModel)
        risk = model.risk_at(source_row)
        if self.cell is not None and risk.uid not in self.cell:
            return False
        return self.keeps(risk)

    def keeps(self, risk: Risk) -> bool:
        """Whether the status, owner and task filters keep ``risk`` (the heat map's own cell
        aside: the map shows what they keep)."""
        if self.owner and risk.owner.strip().casefold() != self.owner.casefold():
            return False
        if self.tasks is not None and self.tasks.isdisjoint(risk.task_uids):
            return False
        return self.statuses is None or risk.status in self.statuses


class RiskView(QWidget):
    """Risk register table with Add and Delete buttons and a total exposure line."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = RiskTableModel(document, self)
        self.sorted = RiskFilterModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(RiskSortRole)
        self.table = CurrentCellTable()  # the current cell framed, as in the task sheet
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # register order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setItemDelegateForColumn(RiskColumn.STATUS, StatusDelegate(self.table))
        # An owner is usually someone on the team: complete their names, as the People cell does.
        owners = OwnerDelegate(self._team_names, self.table)
        self.table.setItemDelegateForColumn(RiskColumn.OWNER, owners)
        # Response and Category are picked from their lists (a new category may be typed).
        self.table.setItemDelegateForColumn(RiskColumn.RESPONSE, ResponseDelegate(self.table))
        categories = CategoryDelegate(lambda: plan_categories(document.plan.risks), self.table)
        self.table.setItemDelegateForColumn(RiskColumn.CATEGORY, categories)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in {
            RiskColumn.ID: 50,
            RiskColumn.TITLE: 240,
            RiskColumn.MITIGATION: 240,
            RiskColumn.OWNER: 110,
            RiskColumn.TASKS: 90,
        }.items():
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        follow_font(self.table)  # wider at a large font, as the task sheet
        # The register's own fields (category, response, dates, residual) show once a risk
        # has one, or when asked for in the header's right-click menu, as Usage's Delay.
        self.asked_columns: set[int] = set()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

        # access keys clear of the menu bar's letters (F E P V O I R W H)
        self.add_button = QPushButton("&Add risk")
        self.delete_button = QPushButton("De&lete risk")
        self.table.setAccessibleName("Risk register")
        self.table.setTabKeyNavigation(False)  # Tab leaves for the buttons; arrows move cells
        self.add_button.clicked.connect(self.add_risk)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(not document.read_only)
        self.table.installEventFilter(self)
        add_extend_selection(self.table)  # F8 extends the rows chosen, as in the task sheet
        self.total = QLabel()
        # the risks whose trigger or review date is past the status date (or today)
        self.watch = QLabel()
        self.watch.setStyleSheet("color: #b00020; font-weight: bold")
        self.watch.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.model.sig_error.connect(self.message.setText)
        # A refused edit never reaches the undo stack, so any step there (a good edit,
        # an undo or redo) makes the last refusal stale.
        document.undo_stack.indexChanged.connect(self.message.clear)
        self.show_box = QComboBox()
        self.show_box.setToolTip("Show the risks of a status; the totals count the register")
        for text, statuses in SHOW_CHOICES:
            self.show_box.addItem(text, statuses)
        self.show_box.currentIndexChanged.connect(self._on_show_box_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        show_label = QLabel("&Show:")
        show_label.setBuddy(self.show_box)
        bar.addWidget(show_label)
        bar.addWidget(self.show_box)
        self.owner_box = QComboBox()
        self.owner_box.setToolTip("Show the risks one person owns")
        self.owner_box.currentIndexChanged.connect(self._on_owner_box_changed)
        owner_label = QLabel("Ow&ner:")
        owner_label.setBuddy(self.owner_box)
        bar.addWidget(owner_label)
        bar.addWidget(self.owner_box)
        self.tasks_box = QCheckBox("Selected &tasks only")
        self.tasks_box.setToolTip(
            "Show the risks linked to the tasks selected in the Gantt chart; follows the selection"
        )
        self.tasks_box.toggled.connect(self._on_tasks_box_toggled)
        # the task sheet whose selection the filter follows
        self._followed: TaskTreeView | None = None
        self.map_button = QPushButton("Heat &map")
        self.map_button.setCheckable(True)
        self.map_button.setToolTip("Show the probability x impact heat map beside the register")
        self.map_button.toggled.connect(self._on_map_toggled)
        self.heat_map = HeatMapPanel()
        self.heat_map.setVisible(False)
        self.heat_map.sig_cell.connect(self._on_map_cell)
        bar.addStretch(1)
        # the refusal and the totals on a line of their own, wrapped: at a large font one line
        # of all of them was wider than the screen and forced the window wider
        self.message.setWordWrap(True)
        self.total.setWordWrap(True)
        said = QHBoxLayout()  # with the task filter and the heat map: the bar fits 200 %
        said.addWidget(self.tasks_box)
        said.addWidget(self.map_button)
        said.addWidget(self.message, 1)
        said.addWidget(self.watch, 1)
        said.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(said)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.heat_map)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        document.sig_changed.connect(self._refresh_map)
        for signal in (self.sorted.rowsInserted, self.sorted.rowsRemoved, self.sorted.modelReset):
            signal.connect(self._refresh_map)
        document.sig_changed.connect(self._refresh_total)
        document.sig_changed.connect(self._refresh_owners)
        document.sig_changed.connect(self._refresh_columns)
        self._refresh_total()
        self._refresh_owners()
        self._refresh_columns()

    def _team_names(self) -> list[str]:
        plan = self.document.plan
        return [r.name for r in plan.resources if r.type is ResourceType.WORK]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete and Insert on the table delete and add risks (not while a cell is edited)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not self.document.read_only
        ):
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.add_risk()
                return True
        return super().eventFilter(watched, event)

    def locale_changed(self) -> None:
        """The total in the user's new locale (app/ui/locale_follow.py)."""
        self._refresh_total()

    def _refresh_total(self) -> None:
        plan = self.document.plan
        exposure = open_exposure(plan.risks)
        reserve = contingency_reserve(plan.risks)
        self.total.setText(
            f"Exposure of risks not closed: {money(plan.project, exposure, digits=RISK_DIGITS)}"
            f"   Contingency reserve: {money(plan.project, reserve, digits=RISK_DIGITS)}"
        )
        late = overdue_line(plan.risks, self.model.watch_day())
        self.watch.setText(late)
        self.watch.setVisible(bool(late))

    def _on_show_box_changed(self, row: int) -> None:
        self.sorted.set_statuses(SHOW_CHOICES[row][1] if row >= 0 else None)

    def _refresh_owners(self) -> None:
        """The Owner box: anyone, then each owner named on a risk (A to Z), the choice kept."""
        plan = self.document.plan
        names = sorted({r.owner.strip() for r in plan.risks if r.owner.strip()}, key=str.casefold)
        chosen = self.sorted.owner
        if [self.owner_box.itemData(i) for i in range(self.owner_box.count())] == ["", *names]:
            return
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem("Anyone", "")
        for name in names:
            self.owner_box.addItem(name, name)
        found = self.owner_box.findData(chosen) if chosen else 0
        self.owner_box.setCurrentIndex(max(found, 0))
        self.owner_box.blockSignals(False)
        if found < 0:  # the owner chosen owns no risk any more
            self.sorted.set_owner("")

    def _refresh_columns(self) -> None:
        """Show each register field's column a risk uses or the user asked for."""
        risks = self.document.plan.risks
        for column in REGISTER_COLUMNS:
            used = column in self.asked_columns or any(
                self.model.index(r, column).data() for r in range(len(risks))
            )
            self.table.setColumnHidden(column, not used)

    def show_register_column(self, column: int, shown: bool = True) -> None:
        """Show (or stop asking for) a register field's column: the header menu's action."""
        if shown:
            self.asked_columns.add(column)
        else:
            self.asked_columns.discard(column)
        self._refresh_columns()

    def _on_header_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for column in REGISTER_COLUMNS:
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_register_column(c, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def _on_map_toggled(self, on: bool) -> None:
        self.heat_map.setVisible(on)
        if not on and self.sorted.cell is not None:  # no hidden cell filter left behind
            self.heat_map.chosen = None
            self.sorted.set_cell(None)
        self._refresh_map()

    def _refresh_map(self) -> None:
        """The heat map of the risks the status, owner and task filters show."""
        if not self.map_button.isChecked():
            return
        plan = self.document.plan
        kept = [r for r in plan.risks if self.sorted.keeps(r)]
        matrix = risk_matrix(kept, plan.risks)
        self.heat_map.show_matrix(matrix, plan.project)
        chosen = self.heat_map.chosen
        if chosen is not None and self.sorted.cell != frozenset(matrix.uids(*chosen)):
            # a risk edited into or out of the cell listed: the list follows the map
            self.sorted.set_cell(frozenset(matrix.uids(*chosen)), self.sorted.cell_named)

    def _on_map_cell(self, uids: tuple[int, ...], named: str) -> None:
        self.sorted.set_cell(frozenset(uids) if uids else None, named)
        self._refresh_map()

    def _on_tasks_box_toggled(self, on: bool) -> None:
        from app.ui.task_tree import TaskTreeView  # loaded by the window already

        tree = getattr(self.window(), "tree", None)
        if on and isinstance(tree, TaskTreeView) and self._followed is not tree:
            tree.selectionModel().selectionChanged.connect(self.follow_task_selection)
            self._followed = tree
        self.follow_task_selection()

    def follow_task_selection(self) -> None:
        """With "Selected tasks only" on, show the risks of the tasks selected in the task
        sheet (its current task when none is selected)."""
        if not self.tasks_box.isChecked():
            self.sorted.set_tasks(None)
            return
        tree = self._followed
        uids: list[int] = []
        if tree is not None:
            uids = list(tree.selected_uids())
            current = tree.current_uid()
            if not uids and current is not None:
                uids = [current]
        self.sorted.set_tasks(frozenset(uids), format_task_refs(self.document.plan, tuple(uids)))

    def _on_owner_box_changed(self, row: int) -> None:
        owner = self.owner_box.itemData(row) if row >= 0 else ""
        self.sorted.set_owner(str(owner or ""))

    def print_first_page(self) -> Callable[[QPainter, QRectF], None]:
        """The printout's first page: the heat map of the risks the filters show, painted by
        the renderer ``gantry risks -o risks.pdf`` uses."""
        return heat_map_page(self.document.plan, self.sorted.register_view())

    def print_note(self) -> str:
        """What the printout says the filters left out ("Showing: not closed; 1 closed risk
        not shown"; "" with every risk shown)."""
        return self.sorted.register_view().note()

    def print_footer_rows(self, headers: list[str]) -> list[list[str]]:
        """The printout's totals under the rows, in the Exposure and Contingency columns: the
        risks shown, and the view's own line (risks not closed: the reserve) when they differ."""
        plan = self.document.plan
        shown = self.sorted.register_view()

        def row(label: str, exposure: float, reserve: float) -> list[str]:
            cells = [""] * len(headers)
            place = headers.index("Risk") if "Risk" in headers else 0
            cells[place] = label
            for title, amount in (("Exposure", exposure), ("Contingency", reserve)):
                if title in headers:
                    cells[headers.index(title)] = money(plan.project, amount, digits=RISK_DIGITS)
            return BoldRow(cells)

        count = len(shown.shown)
        rows = [
            row(
                f"Total of the {count} risk{'s' * (count != 1)} shown",
                shown.exposure,
                shown.contingency,
            )
        ]
        live_uids = {r.uid for r in plan.risks if r.status is not RiskStatus.CLOSED}
        if {r.uid for r in shown.shown} != live_uids:
            reserve = contingency_reserve(plan.risks)
            rows.append(
                row("Risks not closed (contingency reserve)", open_exposure(plan.risks), reserve)
            )
        return rows

    def add_risk(self) -> None:
        """Add a new risk at the end and start editing its title (with every risk shown when
        the Show box hides open ones, so the new one can be named)."""
        statuses = self.sorted.statuses
        if statuses is not None and RiskStatus.OPEN not in statuses:
            self.show_box.setCurrentIndex(0)
        plan = self.document.plan
        risk = Risk(plan.next_risk_uid(), "New risk")
        try:
            execute(self.document, AddRiskCommand(self.document, risk))
        except AppError as exc:
            self.message.setText(str(exc))
            return
        index = self.sorted.mapFromSource(self.model.index(len(plan.risks) - 1, RiskColumn.TITLE))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def delete_selected(self) -> None:
        """Delete every selected risk (the current one if none is selected), as one step."""
        rows = {row for row, _parent in selected_rows(self.table.selectionModel())}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        if not rows:
            self.message.setText("Select a risk to delete first")
            return
        uids = [int(self.sorted.index(r, 0).data(RiskUidRole)) for r in sorted(rows)]
        said = deleted_words(self.document.plan.risks, uids)
        parts = [DeleteRiskCommand(self.document, uid) for uid in uids]
        command = one_step(self.document, f"Delete {len(parts)} risks", parts)
        try:
            execute(self.document, command)
        except AppError as exc:
            self.message.setText(str(exc))
            return
        # said where the sheet says what it did, for a screen reader too (app/ui/status_said.py)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, DELETED_MS)
        else:
            self.message.setText(said)
