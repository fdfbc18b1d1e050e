"""Project > Compare with Plan…: what changed between another version of the plan and this
one, as MS Project's Compare Project Versions shows it, with Save, Copy and Print.

The change list is ``gantry diff``'s (app/cli/diff_document.py): what both files keep,
the tasks moved, the project's Cost, Work, BAC and EAC. That module sits above the
window, so the command line hands its builder over when it opens the window
(:func:`set_report_builder`); the report's files and printout are app/report/diff_*.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.report.diff_report import CHANGE_HEADERS, DiffReport, write_report
from app.ui.compare_rows import (
    SECTION_ROLE,
    figure_line,
    fill_rows,
    finish_text,
    section_box,
)

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

ReportBuilder = Callable[[Path, Path], DiffReport]
_BUILDER: list[ReportBuilder] = []  # the command line's (app/cli/diff_document.report_between)
SAVE_FILTERS = "CSV (*.csv);;Excel workbook (*.xlsx);;PDF (*.pdf)"
_MESSAGE_MS = 8000


def set_report_builder(builder: ReportBuilder) -> None:
    """Give the window the change report's builder (the command line's, at launch)."""
    _BUILDER[:] = [builder]


class CompareDialog(QDialog):
    """The change report: its header and the project's figures above, one row per change."""

    def __init__(self, report: DiffReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(report.title)
        layout = QVBoxLayout(self)
        # the project's Finish first, in bold: what a PM compares first (s27dx)
        self.finish = QLabel(finish_text(report))
        self.finish.setStyleSheet("font-weight: bold")
        self.finish.setVisible(bool(self.finish.text()))
        layout.addWidget(self.finish)
        facts = "\n".join("  ".join(p for p in fact if p) for fact in report.facts)
        figures = "\n".join(figure_line(f) for f in report.figures)
        self.facts = QLabel(facts + ("\n\n" + figures if figures else ""))
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.show_box = section_box(report)
        self.show_box.currentIndexChanged.connect(self.show_section)
        self.table = QTableWidget(len(report.rows), len(CHANGE_HEADERS))
        self.table.setHorizontalHeaderLabels(list(CHANGE_HEADERS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fill_rows(self.table, report)
        self.table.verticalHeader().setVisible(False)  # row numbers read as the tasks' IDs
        # a click on a heading sorts, again the other way; none sorted at first: the sections
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        for column in range(len(CHANGE_HEADERS)):  # a long name gives the others room
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        shown = QHBoxLayout()
        label = QLabel("&Show:")
        label.setBuddy(self.show_box)
        shown.addWidget(label)
        shown.addWidget(self.show_box)
        shown.addStretch(1)
        layout.addLayout(shown)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton("&Save…", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton("&Copy", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton("&Print…", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_save)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.ask_print)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 640)

    def show_section(self) -> None:
        """Show the rows of the section the Show box names (All: every row)."""
        wanted = self.show_box.currentData()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            section = item.data(SECTION_ROLE) if item is not None else None
            self.table.setRowHidden(row, bool(wanted) and section != wanted)

    def copy(self) -> None:
        """The whole report on the clipboard as tab-separated lines (a sheet pastes them)."""
        QApplication.clipboard().setText(self.report.tab_text())

    def save(self, path: Path) -> str:
        """Write the report to ``path`` (.csv, .xlsx, .pdf); returns what to say."""
        try:
            write_report(self.report, path)
        except AppError as exc:
            return str(exc)
        return f"Saved the change report to {path.name}"

    def ask_save(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(self, "Save change report", "", SAVE_FILTERS)
        if not name:
            return
        path = Path(name)
        if not path.suffix:  # the filter's extension, as the file dialog shows it
            path = path.with_suffix(chosen[chosen.find("*") + 1 : chosen.find(")")])
        self._say(self.save(path))

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user pick the printer and pages (False: cancelled; tests patch this)."""
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def ask_print(self) -> None:
        self.print_report()

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the report on landscape pages (the printer's paper) with the margins of
        ``gantry diff -o changes.pdf`` (``printer`` None: one the user picks); False when
        the user cancelled."""
        from app.report.diff_pdf import paint_report
        from app.report.options import PrintOptions
        from app.report.render import page_layout

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            pdf = page_layout(PrintOptions(paper="A4", landscape=True))
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
            printer.setPageMargins(pdf.margins(), pdf.units())
            if not self.ask_printer(self, printer):
                return False
        paint_report(printer, self.report, datetime.now())
        self._say(f"Printed the change report ({self.report.title})")
        return True

    def _say(self, text: str) -> None:
        window = self.parent()
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, _MESSAGE_MS)
        self.facts.setToolTip(text)


def report_for(window: MainWindow, other: Path) -> DiffReport:
    """The change report from ``other`` (the earlier version) to the window's plan."""
    if not _BUILDER:
        raise AppError("comparing plans is not available in this window")
    here = window.document.path
    if here is None:
        raise AppError("save the plan first: the comparison reads it from its file")
    return _BUILDER[0](other, here)


def compare_with_plan(window: MainWindow) -> CompareDialog | None:
    """Project > Compare with Plan…: pick the other version, show what changed since."""
    start = window.document.path.parent if window.document.path else Path.home()
    other = window.ask_open_path(window, start)
    if other is None:
        return None
    try:
        report = report_for(window, other)
    except AppError as exc:
        window.statusBar().showMessage(str(exc), _MESSAGE_MS)
        return None
    dialog = CompareDialog(report, window)
    dialog.show()
    return dialog
