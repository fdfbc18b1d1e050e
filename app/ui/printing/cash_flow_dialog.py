"""File > Cash Flow…: MS Project's Reports > Costs > Cash Flow in the window.

Pick weeks, months or quarters and an outline level; the table shows each task's money per
period, its total and its baseline cost, then a Total and a Cumulative row
(app/domain/cash_flow.py, the figures ``gantry report --cash-flow`` prints). Export PDF…
writes the landscape printout (app/report/cash_flow_pdf.py), Print Preview… shows its
pages first (app/ui/printing/cash_flow_preview.py), Print… sends it to a printer, Export
CSV… writes the plain numbers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.cash_flow import CashFlow, CashPeriod, cash_flow
from app.domain.errors import AppError
from app.domain.money import format_money
from app.domain.project import Project
from app.io.cash_flow_csv import write_cash_flow_csv
from app.report.cash_flow_pdf import (
    CASH_FLOW_TITLE,
    cash_flow_lines,
    render_cash_flow,
    write_cash_flow_pdf,
)
from app.report.locale_numbers import Marks, system_marks
from app.report.view_frame import ViewFrame
from app.ui.background import Cancelled, run_with_progress
from app.ui.dialogs.file_names import file_stem
from app.ui.document import Document
from app.ui.file_menu import FileMenu
from app.ui.printing.cash_flow_preview import cash_flow_options, make_cash_flow_preview
from app.ui.printing.frozen_column import FrozenColumnView
from app.ui.printing.print_choices import printer_for

CAPTION = "Cash Flow"
_ROOT = QModelIndex()
_PERIODS = (
    ("Weeks", CashPeriod.WEEK),
    ("Months", CashPeriod.MONTH),
    ("Quarters", CashPeriod.QUARTER),
)
NO_COSTS = (
    "This plan has no costs (no rates, fixed costs or cost items): there is no cash flow to show."
)


class CashFlowModel(QAbstractTableModel):
    """The report's rows (tasks, Total, Cumulative) and columns (Task, periods, Total,
    Baseline) as the printout has them; it shows a :class:`CashFlow` and owns nothing else."""

    def __init__(self, project: Project, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._marks = marks
        self._heads: list[str] = []
        self._rows: list[list[str]] = []
        self._bold: list[bool] = []

    def show_flow(self, flow: CashFlow | None) -> None:
        """Show ``flow`` (None: nothing)."""
        self.beginResetModel()
        if flow is None:
            self._heads, self._rows, self._bold = [], [], []
        else:
            end_heads, lines = cash_flow_lines(flow, self._project, self._marks)
            self._heads = ["Task", *flow.labels, *end_heads]
            self._rows = [[line.name, *line.cells, *line.ends] for line in lines]
            self._bold = [line.bold for line in lines]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._heads)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._bold[row]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._heads[section] if section < len(self._heads) else None
        return None


class CashFlowDialog(QDialog):
    """The Cash Flow of the document's plan as it is scheduled now."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(CAPTION)
        self._document = document
        self.flow: CashFlow | None = None
        project = document.plan.project
        self.period_box = QComboBox()
        for text, period in _PERIODS:
            self.period_box.addItem(text, period)
        self.period_box.setCurrentIndex(1)  # months, as MS Project's report
        self.level_box = QSpinBox()
        deepest = max((t.outline_level for t in document.plan.tasks), default=1)
        self.level_box.setRange(1, max(deepest, 1))
        self.level_box.setToolTip("The tasks down to this outline level (1: the top-level tasks)")
        self.note = QLabel()
        self.model = CashFlowModel(project, system_marks(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.frozen = FrozenColumnView(self.table)  # the Task column stays as the weeks scroll
        self.pdf_button = QPushButton("Export P&DF…")
        self.csv_button = QPushButton("Export &CSV…")
        self.print_button = QPushButton("&Print…")
        self.preview_button = QPushButton("Print Pre&view…")
        close = QPushButton("Close")
        top = QHBoxLayout()
        period_label = QLabel("&Periods:")
        period_label.setBuddy(self.period_box)
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        level_label = QLabel("Outline &level:")
        level_label.setBuddy(self.level_box)
        top.addWidget(level_label)
        top.addWidget(self.level_box)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        shown = (self.preview_button, self.print_button, self.pdf_button, self.csv_button, close)
        for button in shown:
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.period_box.currentIndexChanged.connect(self._on_choice_changed)
        self.level_box.valueChanged.connect(self._on_choice_changed)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        close.clicked.connect(self.accept)
        self.resize(1000, 520)
        self._on_choice_changed()

    def _on_choice_changed(self, *_: object) -> None:
        document = self._document
        period: CashPeriod = self.period_box.currentData()
        level = self.level_box.value()
        plan, schedule, costs = document.plan, document.schedule, document.costs
        try:  # about 1.5 s at 10k tasks by week: off the GUI thread, behind a progress dialog
            flow = run_with_progress(
                self,
                "Working out the cash flow…",
                lambda: cash_flow(plan, schedule, costs, period, level),
            )
        except Cancelled:
            return  # the table keeps what it showed
        self.flow = flow if flow.has_costs else None
        self.model.show_flow(self.flow)
        if self.flow is None:
            self.note.setText(NO_COSTS)
        else:
            project = document.plan.project
            total = format_money(flow.total, project)
            said = f"Total {total}, the plan's cost"
            if flow.baseline_total is not None:
                said += f"; baseline {format_money(flow.baseline_total, project)}"
            if flow.baseline_by_tasks and flow.baseline_spread_total is not None:
                spread = format_money(flow.baseline_spread_total, project)
                said += f" as typed; its tasks' own baselines, spread by date: {spread}"
            self.note.setText(said)
        self.pdf_button.setEnabled(self.flow is not None)
        self.csv_button.setEnabled(self.flow is not None)
        self.print_button.setEnabled(self.flow is not None)
        self.preview_button.setEnabled(self.flow is not None)

    @classmethod
    def ask_path(cls, parent: QWidget | None, start: Path, filters: str) -> Path | None:
        """Ask where to write the report (None: cancelled; tests patch this)."""
        return FileMenu.ask_save_path(parent, CAPTION, start, filters)

    def _suggestion(self, suffix: str) -> Path:
        base = self._document.path
        folder = base.parent if base else Path.home()
        name = file_stem(self._document.plan.project.name, base.stem if base else "plan")
        return folder / f"{name} - cash flow{suffix}"

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user pick the printer and pages (False: cancelled; tests patch this)."""
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def _on_print_clicked(self) -> None:
        self.print_report()

    def _on_preview_clicked(self) -> None:
        preview = self.make_preview()
        if preview is not None:
            preview.exec()

    def make_preview(self) -> QPrintPreviewDialog | None:
        """The Print Preview of the report shown, on the plan's Page Setup (None: nothing to
        print); print from it as from the Gantt's."""
        if self.flow is None:
            return None
        return make_cash_flow_preview(self, self._document, self.flow, system_marks())

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the report shown, on landscape pages (``printer`` None: one the user
        picks); False when there is nothing to print or the user cancelled."""
        if self.flow is None:
            return False
        if printer is None:  # the paper, margins and landscape page its Print Preview shows
            printer = printer_for(cash_flow_options(self._document))
            if not self.ask_printer(self, printer):
                return False
        project = self._document.plan.project
        file = "" if self._document.path is None else self._document.path.name  # &[File]
        frame = ViewFrame.of(project, CASH_FLOW_TITLE, file=file)
        render_cash_flow(printer, self.flow, project, system_marks(), date.today(), frame)
        return True

    def _on_pdf_clicked(self) -> None:
        self.export(".pdf")

    def _on_csv_clicked(self) -> None:
        self.export(".csv")

    def export(self, suffix: str) -> Path | None:
        """Ask for a file and write the report shown there (``suffix`` .pdf or .csv)."""
        if self.flow is None:
            return None
        filters = "PDF (*.pdf)" if suffix == ".pdf" else "CSV (*.csv)"
        path = self.ask_path(self, self._suggestion(suffix), filters)
        if path is None:
            return None
        try:
            if suffix == ".pdf":
                file = "" if self._document.path is None else self._document.path.name
                project = self._document.plan.project
                write_cash_flow_pdf(self.flow, project, path, system_marks(), file=file)
            else:
                with path.open("w", encoding="utf-8-sig", newline="") as handle:
                    write_cash_flow_csv(self.flow, handle)
        except (AppError, OSError) as exc:
            QMessageBox.warning(self, CAPTION, str(exc))
            return None
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Cash flow written to {path}", 10000)
        return path


def show_cash_flow(window: QWidget, document: Document) -> CashFlowDialog:
    """File > Cash Flow…: open the report beside the plan (not modal: the plan stays usable)."""
    dialog = CashFlowDialog(document, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
