"""The Risks view's heat map panel: the probability x impact grid (app/domain/risk_matrix.py)
of the risks the register's filters show, most likely on top, each cell its count on its
exposure band's colour. Clicking a cell filters the register to its risks; clicking it again
(or an empty cell) shows them all again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.project import Project
from app.domain.risk_matrix import (
    BANDS,
    HIGH,
    LOW,
    PROBABILITY_NAMES,
    RiskMatrix,
    exposure_band,
    probability_label,
)
from app.ui.budget.money import money

BAND_COLOURS = {LOW: QColor("#c8e6c9"), "medium": QColor("#ffe0b2"), HIGH: QColor("#ef9a9a")}


class HeatMapPanel(QWidget):
    """The 5 x 5 grid; ``sig_cell`` gives the uids of the risks in the cell clicked (empty:
    show every risk again) and the cell's words for the register's note."""

    sig_cell = Signal(tuple, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QTableWidget(BANDS, BANDS)
        self.grid.setAccessibleName("Risk heat map")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.cellClicked.connect(self._on_clicked)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Probability</b> (rows) x <b>Impact</b> (columns)")
        layout.addWidget(title)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        self.matrix: RiskMatrix | None = None
        self.chosen: tuple[int, int] | None = None

    @staticmethod
    def row_of(probability_band: int) -> int:
        """The grid row of a probability band: the most likely on top."""
        return BANDS - probability_band

    def show_matrix(self, matrix: RiskMatrix, project: Project) -> None:
        """Fill the grid with ``matrix``'s counts and colours."""
        self.matrix = matrix
        self.grid.setVerticalHeaderLabels([probability_label(p) for p in range(BANDS, 0, -1)])
        self.grid.setHorizontalHeaderLabels(
            [f"≤ {money(project, matrix.impact_limit(i), digits=0)}" for i in range(1, BANDS + 1)]
        )
        for p in range(1, BANDS + 1):
            for i in range(1, BANDS + 1):
                count = matrix.count(p, i)
                band = exposure_band(p, i)
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(BAND_COLOURS[band]))
                item.setForeground(QBrush(QColor("#202020")))
                item.setToolTip(
                    f"{count} risk{'s' * (count != 1)}: probability "
                    f"{PROBABILITY_NAMES[p - 1].lower()}, impact up to "
                    f"{money(project, matrix.impact_limit(i), digits=0)}; {band} exposure"
                )
                font = item.font()
                font.setBold(True)
                font.setUnderline(self.chosen == (p, i))  # the cell the register lists
                item.setFont(font)
                self.grid.setItem(self.row_of(p), i - 1, item)
        closed = f"; {matrix.closed} closed not counted" if matrix.closed else ""
        self.legend.setText(
            f"{matrix.total} risk{'s' * (matrix.total != 1)} on the map{closed}. "
            "Green low, amber medium, red high exposure. Click a cell to list its risks."
        )

    def _on_clicked(self, row: int, column: int) -> None:
        if self.matrix is None:
            return
        cell = (BANDS - row, column + 1)
        uids = self.matrix.uids(*cell)
        if self.chosen == cell or not uids:
            self.chosen = None
            self.grid.clearSelection()
            self.sig_cell.emit((), "")
            return
        self.chosen = cell
        impact = self.grid.horizontalHeaderItem(column)
        words = (
            f"heat map cell probability {PROBABILITY_NAMES[cell[0] - 1].lower()}, "
            f"impact {impact.text() if impact else ''}"
        )
        self.sig_cell.emit(uids, words)
