"""The Usage view's Details menu and Go to Next Overallocation, as MS Project's Resource
Usage has them (Format > Details; the Resource Management toolbar's Go to Next
Overallocation).

Details: Work is always shown; Overallocation, Remaining Availability, Cost and Actual
Work are checked on or off in the view's Details button or its right-click menu, each a
band under every row (app/ui/usage/detail_bands.py). The plan keeps the choice with its
view (``SheetView.usage_details``).

Go to Next Overallocation (Ctrl+Shift+O in the view) moves from the current cell to the
next person-period the over-allocation rules flag red: later periods of the same person
first, then the people below, and scrolls the grid to it; with none after it, the
status bar says so and nothing moves. The current cell's own period counts unless the
command (or the Team view's list) landed there last: a fresh window's grid has its cursor
on the first person's first period, and MS Project's command from the start of a view goes
to the first over-allocation, while pressing it again still moves on. Task Usage has no person rows: the view shows
Resource Usage first. The Team view's over-allocation list opens the view at a person
and period the same way (:meth:`DetailsChoice.go_to_person`).

A mixin of :class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
)

from app.domain.usage_detail_rows import BASELINED, PERSON_ONLY, Detail, shown_details
from app.report.locale_dates import local_date
from app.ui.document import Document
from app.ui.usage.grid_model import UsageGridModel
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.rows import Mode, UsageTables
from app.ui.usage.tree_model import DETAILS, UsageTreeModel
from app.ui.widget_mixin import WidgetMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

NEXT_OVER_KEY = "Ctrl+Shift+O"
NEXT_OVER_TEXT = "Go to Next &Overallocation"
_MESSAGE_MS = 6000
#: Go to Next Overallocation found none from the selected cell on (MS Project: "There are no
#: more overallocations after the selected task"); the search goes on down the people too.
NO_MORE = "There are no more over-allocations after the selected person and period"


class DetailsChoice(WidgetMixin):
    """The detail rows shown and the move to the next over-allocated person-period."""

    tree: UsageOutlineView
    grid: QTableView
    tree_model: UsageTreeModel
    grid_model: UsageGridModel
    tables: UsageTables
    row_height: int
    _panes: QSplitter
    document: Document
    sig_details_changed: SignalInstance
    sig_mode_changed: SignalInstance

    def _make_detail_actions(self) -> tuple[QToolButton, QToolButton]:
        """The Details button (its menu of detail rows) and the Next Overallocation button."""
        self.last_message = ""  # what the status bar was last told
        self._landed: tuple[tuple[str, int], date] | None = None  # (row key, period) gone to
        self._chosen: tuple[Detail, ...] = (Detail.WORK,)
        self.sig_mode_changed.connect(self._apply_details)
        self.detail_actions: dict[Detail, QAction] = {}
        for detail in Detail:
            action = QAction(detail.label, self)
            action.setCheckable(True)
            action.setChecked(detail is Detail.WORK)
            action.setEnabled(detail is not Detail.WORK)  # Work is always shown
            action.toggled.connect(self._on_detail_toggled)
            self.detail_actions[detail] = action
        button = QToolButton()
        button.setText("&Details")  # Alt+D
        button.setToolTip(
            "Rows shown under each row: Work, Overallocation, Cost... (Format > Details)"
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.details_menu())
        self.next_over_action = QAction(NEXT_OVER_TEXT, self)
        self.next_over_action.setShortcut(QKeySequence(NEXT_OVER_KEY))
        self.next_over_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_over_action.setToolTip(
            f"Select the next over-allocated person and period from this cell ({NEXT_OVER_KEY})"
        )
        self.next_over_action.triggered.connect(self.go_to_next_overallocation)
        self.addAction(self.next_over_action)
        step = QToolButton()
        step.setDefaultAction(self.next_over_action)
        step.setText("Next Overallocation")
        return button, step

    def details_menu(self, parent: QMenu | None = None) -> QMenu:
        """A menu of the detail rows, checked as shown."""
        menu = QMenu("&Details", parent or self)
        for action in self.detail_actions.values():
            menu.addAction(action)
        return menu

    @property
    def details(self) -> tuple[Detail, ...]:
        """The detail rows chosen, Work first (the plan keeps them)."""
        return self._chosen

    def set_details(self, details: tuple[Detail, ...] | list[Detail]) -> None:
        """Show these detail rows (Work is always among them)."""
        chosen = shown_details(details)
        changed = chosen != self._chosen
        self._chosen = chosen
        for detail, action in self.detail_actions.items():
            action.blockSignals(True)
            action.setChecked(detail in chosen)
            action.blockSignals(False)
        self._apply_details()
        if changed:
            self.sig_details_changed.emit()

    def _apply_details(self) -> None:
        """Give both panes the chosen rows that apply to the mode shown: Task Usage has no
        person rows, so Overallocation and Remaining Availability are left out there (greyed
        in the menu), as MS Project's Task Usage does not offer them."""
        by_person = self.mode is Mode.RESOURCES  # type: ignore[attr-defined]
        for detail in PERSON_ONLY:
            self.detail_actions[detail].setEnabled(by_person)
        shown = tuple(d for d in self._chosen if by_person or d not in PERSON_ONLY)
        reach = bool(BASELINED.intersection(shown))
        if self.tables.reach_baseline(reach):  # the periods reach the baseline's days
            self.refresh()  # type: ignore[attr-defined]  # (the view's: the tables again)
        if shown == self.grid_model.details:
            return
        current = self.grid.currentIndex()
        self.tree_model.set_details(shown)
        self.grid_model.set_details(shown)
        for rows_header in (self.grid.verticalHeader(), self.tree.verticalHeader()):
            rows_header.setDefaultSectionSize(self.row_height * len(shown))
        self.tree.setColumnHidden(DETAILS, len(shown) < 2)
        self._size_columns()  # type: ignore[attr-defined]  # (the view's: Cost's figures)
        if len(shown) > 1:
            self.tree.setColumnWidth(DETAILS, self._details_width())
            self._fit_left_pane()
        if current.isValid() and current.row() < self.grid_model.rowCount():
            self.grid.setCurrentIndex(self.grid_model.index(current.row(), current.column()))

    def _fit_left_pane(self) -> None:
        """Widen the left pane to show the Details column beside the name and total."""
        columns = range(self.tree_model.columnCount())
        shown = [c for c in columns if not self.tree.isColumnHidden(c)]
        need = sum(self.tree.columnWidth(c) for c in shown) + 2 * self.tree.frameWidth()
        sizes = self._panes.sizes()
        if len(sizes) == 2 and 0 < sizes[0] < need:
            grow = need - sizes[0]
            self._panes.setSizes([need, max(sizes[1] - grow, 1)])

    def _take_kept_details(self) -> None:
        """The detail rows the plan keeps (saved with its file), shown when the view is built."""
        kept = self.document.plan.view
        if kept is not None and kept.usage_details:
            self.set_details(kept.usage_details)

    def _details_width(self) -> int:
        bold = QFont(self.font())  # a person's labels are bold
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return max(metrics.horizontalAdvance(d.label) for d in Detail) + 16

    def _on_detail_toggled(self) -> None:
        self.set_details([d for d, a in self.detail_actions.items() if a.isChecked()])

    # ------------------------------------------------------------------ next overallocation

    def go_to_next_overallocation(self) -> bool:
        """Select the next over-allocated person-period from the current cell (itself
        included, unless this command landed there last) and scroll to it; say so in the
        status bar when there is none (False)."""
        if self.mode is not Mode.RESOURCES:  # type: ignore[attr-defined]
            self.set_mode(Mode.RESOURCES)  # type: ignore[attr-defined]
        self.wait_built()  # type: ignore[attr-defined]
        model = self.grid_model
        current = self.grid.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        if current.isValid() and self._cell_key(row, column) == self._landed:
            column += 1  # pressed again: on past the cell it went to
        for at in range(max(row, 0), len(model.shown)):
            person = model.tree.person(model.shown[at])
            if person < 0:
                continue
            after = column if at == row else 0
            hits = np.flatnonzero(model.over[person, after:])
            if len(hits):
                self._go_to_cell(at, after + int(hits[0]))
                return True
        self._say(NO_MORE)
        return False

    def go_to_person(self, resource_uid: int, day: date) -> bool:
        """Show Resource Usage at a person's row and the period holding ``day`` (the Team
        view's over-allocation list opens it so); False when the person has no row."""
        if self.mode is not Mode.RESOURCES:  # type: ignore[attr-defined]
            self.set_mode(Mode.RESOURCES)  # type: ignore[attr-defined]
        self.wait_built()  # type: ignore[attr-defined]
        model = self.grid_model
        tree, key = model.tree, ("resource", resource_uid)
        row = next((r for r in tree.children(-1) if tree.key(r) == key), None)
        if row is None or row not in model.shown or not len(model.periods):
            return False
        periods = model.periods
        column = bisect_right(periods.starts, day) - 1
        self._go_to_cell(model.shown.index(row), min(max(column, 0), len(periods) - 1))
        return True

    def _cell_key(self, row: int, column: int) -> tuple[tuple[str, int], date] | None:
        """The row's key and the period's first day: a cell as the plan knows it, so a landing
        is still recognised after the grid is rebuilt (None out of range)."""
        model = self.grid_model
        if not (0 <= row < len(model.shown) and 0 <= column < len(model.periods)):
            return None
        return model.tree.key(model.shown[row]), model.periods.starts[column]

    def _go_to_cell(self, row: int, column: int) -> None:
        """Select and show a person-period, saying in the status bar that the person is
        over-allocated then and why (Next Overallocation, and the Team view's list opening it
        at a person, say it alike: the list's line has scrolled out of sight by then)."""
        model = self.grid_model
        self._landed = self._cell_key(row, column)
        index = model.index(row, column)
        self.grid.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.grid.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.grid.setFocus()  # the cell itself, as MS Project puts the cursor in it
        node = model.shown[row]
        name = model.tree.name(node)
        periods = model.periods
        start, end = periods.starts[column], periods.last_day(column)
        first, last = local_date(start), local_date(end)
        when = first if first == last else f"{first} to {last}"
        reason = self._why_over(node, start, end)
        self._say(f"{name} is over-allocated {when}{reason}")

    def _why_over(self, node: int, first: date, last: date) -> str:
        """' (works on a day off)': why a person row is over-allocated in the days ``first`` to
        ``last``, the reasons of the stretches there as the row's Indicators tooltip and the
        Team view say them ('150% of 100%'); '' when none (not a person, none found)."""
        model = self.grid_model
        kind, uid = model.tree.key(node)
        bookings = model.bookings()
        if kind != "resource" or bookings is None:
            return ""
        begin = datetime.combine(first, time())
        end = datetime.combine(last + timedelta(days=1), time())
        over = bookings.overallocations(uid)
        why = dict.fromkeys(o.reason for o in over if o.start < end and o.finish > begin)
        return f" ({'; '.join(why)})" if why else ""

    def _say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, _MESSAGE_MS)
        self.last_message = text
