"""The right pane: one row per row the tree shows, one column per period, values computed per cell.

Nothing is laid out in advance: a cell asks its row for a block of periods
(``_BLOCK`` at a time, kept while the table is unchanged), so opening a plan
of 10,000 tasks costs the rows on screen only. With detail rows chosen (Overallocation,
Cost...: :attr:`UsageGridModel.details`) each row holds one band per detail, worked out
for a row when it is first drawn (app/domain/usage_details.py) and painted by
app/ui/usage/detail_bands.py.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.costs import CostReport
from app.domain.usage import Periods, Scale
from app.domain.usage_bookings import Bookings
from app.domain.usage_detail_rows import WORK_ONLY, Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import RowKind, UsageTree
from app.report.locale_dates import local_date
from app.report.timescale_names import date_names
from app.ui.usage.local_figures import figure_text
from app.ui.usage.other_plan_rows import cost_note, other_row_look, refusal
from app.ui.usage.tree_model import group_brush

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
_BLOCK = 64  # periods computed together for one row
SHOWN = 0.05  # smaller values (of a minute, a unit or money) show as an empty cell
OVER_BRUSH = QBrush(QColor(255, 205, 205))
OVER_TEXT = QBrush(QColor(200, 20, 20))
OFF_BRUSH = QBrush(QColor(236, 236, 236))
OverRole = Qt.ItemDataRole.UserRole + 42  # bool: an over-allocated person-period
OVER_WORDS = "over-allocated in this period"  # its tooltip and screen-reader text
OffRole = Qt.ItemDataRole.UserRole + 43  # bool: the row's calendar has no working time then


class UsageGridModel(QAbstractTableModel):
    """Rows: the outline rows the tree shows (``shown``, in order); columns: a scale's periods."""

    def __init__(
        self, tree: UsageTree, scale: Scale, row_height: int, parent: object = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.row_height = row_height
        self.shown: list[int] = []
        self._bold = QFont()
        self._bold.setBold(True)
        #: the detail rows shown under each row, Work first (Work alone: one line a row)
        self.details: tuple[Detail, ...] = WORK_ONLY
        #: the cost model's prices (the view's document's), for the Cost detail
        self.cost_report: Callable[[], CostReport | None] = lambda: None
        #: who is booked when (the view's tables'), for Peak Units and fixed costs' dates
        self.bookings: Callable[[], Bookings | None] = lambda: None
        #: told (row, column, text) when work is typed in a person's assignment cell; True
        #: when the plan took it (None: no cell is typeable)
        self.work_typed: Callable[[int, int, str], bool] | None = None
        #: told (row, column, text) when actual work is typed in an assignment cell's Actual
        #: Work band (MS Project's timesheet entry); True when the plan took it
        self.actual_typed: Callable[[int, int, str], bool] | None = None
        #: the band (index into ``details``) the next edit types into: the one last clicked
        self.typing_band = 0
        #: people x periods over-allocated with other plans' work added (None: none
        #: included; app/ui/usage/other_plans.py)
        self.other_over: Callable[[UsageTree, Periods], np.ndarray | None] = lambda t, p: None
        #: a person-period cell's tip naming the other plans' work in it (None: no tip)
        self.other_tip: Callable[[UsageTree, Periods, int, int], str | None] = lambda t, p, r, c: (
            None
        )
        #: told why a cell takes no typing (an other plan's row), for the status bar
        self.refused: Callable[[str], None] = lambda text: None
        self._install(tree, scale, [])

    def _install(self, tree: UsageTree, scale: Scale, shown: list[int]) -> None:
        self.tree = tree
        # Task Usage shows none of the other plans' work: its own days, not theirs
        self.periods: Periods = tree.usage.periods(scale, own=tree.by_task)
        self.over = tree.usage.overallocated(self.periods)
        if not tree.by_task:
            extra = self.other_over(tree, self.periods)
            if extra is not None:
                self.over = self.over | extra
        self.off = tree.usage.nonworking(self.periods)
        self.shown = shown
        self._cache: dict[tuple[int, int], np.ndarray] = {}
        self._figures: UsageDetails | None = None

    @property
    def figures(self) -> UsageDetails:
        """The detail figures of these rows and periods (made when first asked)."""
        if self._figures is None:
            self._figures = UsageDetails(
                self.tree, self.periods, self.cost_report(), self.bookings()
            )
        return self._figures

    def set_details(self, details: tuple[Detail, ...]) -> None:
        """Show these detail rows under each row (Work first)."""
        self.beginResetModel()
        self.details = details
        self.typing_band = 0
        self.endResetModel()

    def typed_detail(self) -> Detail:
        """The detail row an edit types into (:attr:`typing_band`; Work when out of range)."""
        k = self.typing_band
        return self.details[k] if 0 <= k < len(self.details) else Detail.WORK

    def detail_texts(self, row: int, column: int) -> list[tuple[str, bool]]:
        """Per detail shown, a cell's text and whether it is over-allocation to mark red."""
        node = self.shown[row]
        out: list[tuple[str, bool]] = []
        for detail in self.details:
            if detail is Detail.WORK:
                value = self.value(row, column)
            else:
                value = float(self.figures.values(node, detail)[column])
            text = (
                ""
                if abs(value) < SHOWN
                else figure_text(self.tree, value, self.figures.unit(node, detail))
            )
            over = detail is Detail.OVERALLOCATION and bool(text)
            # Work and Peak Units red where the person is booked beyond Max Units
            marked = detail in (Detail.WORK, Detail.PEAK_UNITS) and self.is_over(row, column)
            out.append((text, over or (bool(text) and marked)))
        return out

    def set_rows(self, tree: UsageTree, scale: Scale, shown: list[int]) -> None:
        """Another outline, scale or set of shown rows."""
        self.beginResetModel()
        self._install(tree, scale, shown)
        self.endResetModel()

    def update_rows(self, tree: UsageTree, scale: Scale) -> None:
        """New figures for the same rows: a change of cells when the periods are the same
        (the grid keeps its scroll position and current cell), else a reset."""
        periods = tree.usage.periods(scale, own=tree.by_task)
        if periods.starts != self.periods.starts:
            self.set_rows(tree, scale, self.shown)
            return
        self._install(tree, scale, self.shown)
        if self.shown and len(self.periods):
            last = self.index(len(self.shown) - 1, len(self.periods) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def insert_shown(self, at: int, rows: list[int]) -> None:
        """Rows the tree now shows (a row opened) at position ``at``."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self.shown[at:at] = rows
        self.endInsertRows()

    def remove_shown(self, at: int, count: int) -> None:
        """Rows the tree no longer shows (a row closed)."""
        if count <= 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at + count - 1)
        del self.shown[at : at + count]
        self.endRemoveRows()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The rows the tree shows."""
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The periods."""
        return 0 if parent.isValid() else len(self.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Period labels across; nothing down (the tree names the rows)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.periods):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.periods.label(section, date_names())
            if role == Qt.ItemDataRole.ToolTipRole:
                last = self.periods.last_day(section)
                return f"{local_date(self.periods.starts[section])} to {local_date(last)}"
        return None

    def value(self, row: int, column: int) -> float:
        """The value of one cell (minutes of work, a material's quantity, or money)."""
        node = self.shown[row]
        block = column // _BLOCK
        key = (node, block)
        got = self._cache.get(key)
        if got is None:
            lo = block * _BLOCK
            hi = min(lo + _BLOCK, len(self.periods))
            got = self._cache[key] = self.tree.values(node, self.periods, lo, hi)
        return float(got[column - block * _BLOCK])

    def is_over(self, row: int, column: int) -> bool:
        """Whether a cell is an over-allocated person-period."""
        person = self.tree.person(self.shown[row])
        return person >= 0 and bool(self.over[person, column])

    def is_off(self, row: int, column: int) -> bool:
        """Whether the row's calendar has no working time in the period."""
        return bool(self.off[self.tree.calendar(self.shown[row]), column])

    def typeable(self, row: int) -> bool:
        """Whether work may be typed in the row's cells: a person's assignment (MS Project
        takes typed hours there; a person's or a task's row sums them)."""
        node = self.shown[row]
        tree = self.tree
        return (
            self.work_typed is not None
            and tree.kind[node] == RowKind.ASSIGNMENT
            and tree.unit(node) == "h"
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        """A person's assignment's cells take typed work."""
        flags = super().flags(index)
        if index.isValid() and refusal(self.tree, self.shown[index.row()]):
            flags |= Qt.ItemFlag.ItemIsEditable  # typing there is refused with a message
        if index.isValid() and self.typeable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Work typed in an assignment's cell goes to the view, which runs it as an undoable
        edit (:mod:`app.ui.usage.cell_work`); False when refused."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        note = refusal(self.tree, self.shown[index.row()])
        if note is not None:
            self.refused(note)
            return False
        if self.work_typed is None:
            return False
        if not self.typeable(index.row()):
            return False
        detail = self.typed_detail()
        if detail is Detail.ACTUAL_WORK and self.actual_typed is not None:
            return self.actual_typed(index.row(), index.column(), str(value))
        if detail is not Detail.WORK:
            self.refused(f"{detail.label} cannot be typed: type hours in Work or Actual Work")
            return False
        return self.work_typed(index.row(), index.column(), str(value))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's figure in its unit, red when over-allocated, grey when not a working period,
        a group header's shaded as its name is."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and self.typed_detail() is not Detail.WORK:
            node = self.shown[row]  # the band typed into: its own figure to edit
            value = float(self.figures.values(node, self.typed_detail())[column])
            unit = self.figures.unit(node, self.typed_detail())
            return "" if abs(value) < SHOWN else figure_text(self.tree, value, unit)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(row, column)
            if abs(value) < SHOWN:
                return ""
            return figure_text(self.tree, value, self.tree.unit(self.shown[row]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            shade = group_brush(self.tree, self.shown[row])
            if shade is not None:
                return shade
            if self.is_over(row, column):
                return OVER_BRUSH
            return OFF_BRUSH if self.is_off(row, column) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVER_TEXT if self.is_over(row, column) else None
        if (look := other_row_look(self.tree, self.shown[row], role, False)) is not None:
            return look  # an other plan's row: grey italics
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self.tree.bold(self.shown[row]) else None
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, self.row_height * len(self.details))
        if role == Qt.ItemDataRole.AccessibleTextRole and self.is_over(row, column):
            return f"{self.data(index)}, {OVER_WORDS}"  # a screen reader: not by red alone
        if role == Qt.ItemDataRole.ToolTipRole:
            node = self.shown[row]
            over = OVER_WORDS.capitalize() if self.is_over(row, column) else None
            if self.tree.kind[node] != RowKind.RESOURCE or self.tree.by_task:
                return over
            tip = self.other_tip(self.tree, self.periods, self.tree.person(node), column)
            note = cost_note(self.tree, node, self.details)  # Cost: this plan's only
            return "\n".join(t for t in (over, tip, note) if t) or None
        if role == OverRole:
            return self.is_over(row, column)
        if role == OffRole:
            return self.is_off(row, column)
        return None
