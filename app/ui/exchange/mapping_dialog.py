"""Column mapping: the guessed sheet, header row and columns, editable before importing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.quoting import quoted
from app.io.excel_book import WorkbookInfo
from app.io.excel_import import sheet_rows
from app.io.sheet_custom import text_fields_for
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import (
    FIELD_TITLES,
    FIELDS,
    ColumnMapping,
    column_letter,
    guess_mapping,
)
from app.ui.background import Cancelled, WorkerProgress, run_with_progress
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel

_PREVIEW_ROWS = 12
_NONE = "(not imported)"
# What a bare number in the Duration column counts; None: weeks when the dates say so, else days.
_UNITS: tuple[tuple[str, str | None], ...] = (
    ("days (weeks if the dates show it)", None),
    ("days", "d"),
    ("weeks", "w"),
    ("hours", "h"),
)


def _shown(value: object) -> str:
    """A cell as a spreadsheet shows it: ``2`` rather than ``2.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ColumnMappingDialog(QDialog):
    """Shows the guess for a client sheet; the user may change sheet, header row and columns."""

    def __init__(
        self,
        info: WorkbookInfo,
        load_rows: Callable[[str], SheetRows],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Column mapping")
        self.resize(900, 560)
        self._load_rows = load_rows  # callable(sheet name) -> SheetRows
        self._rows: SheetRows | None = None
        self.stopped = False  # the user cancelled the read of the sheet first shown
        self._cancelled = False  # the user cancelled the last sheet's read

        self.sheet_box = QComboBox()
        self.sheet_box.addItems(list(info.sheets))
        self.sheet_box.setPlaceholderText("Choose a sheet")  # shown after a read failed
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 40)
        self.field_boxes: dict[str, QComboBox] = {}
        self.unit_box = QComboBox()
        for label, unit in _UNITS:
            self.unit_box.addItem(label, unit)
        form = QFormLayout()
        form.addRow("Sheet", self.sheet_box)
        form.addRow("Header row", self.header_spin)
        for name in FIELDS:
            box = QComboBox()
            self.field_boxes[name] = box
            form.addRow(FIELD_TITLES[name], box)
        form.addRow("Plain numbers are", self.unit_box)
        # Columns Gantry has no field for, ticked to keep as custom text fields (Text1...)
        self.keep_box = QListWidget()
        self.keep_box.setObjectName("keep_columns")
        self.keep_box.setToolTip(
            "Ticked columns are kept as custom text fields, named as the column "
            "(Project > Custom Fields…), instead of being left out"
        )
        self.keep_box.setMaximumHeight(120)
        form.addRow("Also keep", self.keep_box)
        self.preview = QTableWidget()
        self.preview.setAccessibleName("Preview of the sheet")  # a screen reader's name
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = ok_cancel(self, "Import")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        main = QHBoxLayout()
        main.addLayout(side)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.note)
        main.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addWidget(buttons)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

        if info.mapping is not None:
            self.sheet_box.setCurrentText(info.mapping.sheet)
        self._load_sheet(self.sheet_box.currentText(), info.mapping)
        self.stopped = self._rows is None and self._cancelled
        self.sheet_box.currentTextChanged.connect(lambda name: self._load_sheet(name, None))
        self.header_spin.valueChanged.connect(self._on_header_changed)

    # ------------------------------------------------------------------ filling

    def _load_sheet(self, name: str, mapping: ColumnMapping | None) -> None:
        self._cancelled = False
        try:
            self._rows = self._load_rows(name)
        except (AppError, Cancelled) as exc:
            self._rows = None
            self._cancelled = isinstance(exc, Cancelled)
            told = f"Reading sheet {quoted(name)} was cancelled." if self._cancelled else str(exc)
            self._fill_columns(None)  # not the columns and rows of the sheet shown before
            self._fill_preview()
            self.note.setText(told)
            self.ok_button.setEnabled(False)
            # No sheet shown: picking this one again is a change, and reads it again
            self.sheet_box.blockSignals(True)
            self.sheet_box.setCurrentIndex(-1)
            self.sheet_box.blockSignals(False)
            return
        rows = self._rows.rows if self._rows is not None else []
        if mapping is None:
            mapping = guess_mapping(name, rows)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue((mapping.header_row if mapping else 0) + 1)
        self.header_spin.blockSignals(False)
        self._fill_columns(mapping)
        self._fill_preview()

    def _titles(self) -> list[str]:
        rows = self._rows.rows if self._rows is not None else []
        i = self.header_spin.value() - 1
        header = rows[i] if i < len(rows) else []
        return ["" if c is None else str(c) for c in header]

    def _fill_columns(self, mapping: ColumnMapping | None) -> None:
        titles = self._titles()
        for name, box in self.field_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(_NONE, None)
            for col, title in enumerate(titles):
                box.addItem(f"{column_letter(col)}: {title}", col)
            chosen = mapping.columns.get(name) if mapping else None
            box.setCurrentIndex(0 if chosen is None else chosen + 1)
            box.blockSignals(False)
        self.keep_box.clear()
        for col, title in enumerate(titles):
            if title.strip():
                item = QListWidgetItem(f"{column_letter(col)}: {title}")
                item.setData(Qt.ItemDataRole.UserRole, col)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                kept = mapping is not None and any(c == col for c, _ in mapping.custom)
                item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
                self.keep_box.addItem(item)
        unit = mapping.duration_unit if mapping else None
        self.set_duration_unit(unit)
        self.note.setText(
            "Guessed from the column titles." if mapping else "No plan header recognised here."
        )
        self.ok_button.setEnabled(True)

    def _on_header_changed(self) -> None:
        if self._rows is None:  # no sheet read: the note says why, Import stays off
            return
        rows = self._rows.rows
        guess = guess_mapping(self.sheet_box.currentText(), rows[self.header_spin.value() - 1 :])
        if guess is not None and guess.header_row == 0:
            guess = replace(guess, header_row=self.header_spin.value() - 1)
        else:
            guess = None
        self._fill_columns(guess)
        self._fill_preview()

    def _fill_preview(self) -> None:
        rows = self._rows.rows if self._rows is not None else []
        start = self.header_spin.value() - 1
        shown = rows[start : start + _PREVIEW_ROWS]
        width = max((len(r) for r in shown), default=0)
        self.preview.clear()
        self.preview.setRowCount(len(shown))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(_shown(value)))

    # ------------------------------------------------------------------ result

    def mapping(self) -> ColumnMapping | None:
        """The mapping as shown; None without a task-name column."""
        columns = {
            name: int(box.currentData())
            for name, box in self.field_boxes.items()
            if box.currentData() is not None
        }
        if "name" not in columns:
            return None
        titles = tuple(self._titles())
        mapped = set(columns.values())
        kept = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.keep_box.item(r) for r in range(self.keep_box.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return ColumnMapping(
            self.sheet_box.currentText(),
            self.header_spin.value() - 1,
            columns,
            titles,
            self.unit_box.currentData(),
            text_fields_for([c for c in kept if c not in mapped]),
        )

    def keep_column(self, column: int, keep: bool = True) -> None:
        """Tick (or untick) a 0-based column to keep as a custom text field, as the user would."""
        for row in range(self.keep_box.count()):
            item = self.keep_box.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == column:
                state = Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def set_duration_unit(self, unit: str | None) -> None:
        """Say what a plain number in the Duration column counts (None: guess from the dates)."""
        index = self.unit_box.findData(unit)
        self.unit_box.setCurrentIndex(max(index, 0))

    def set_field_column(self, field: str, column: int | None) -> None:
        """Map a field to a 0-based column (None: not imported), as the user would."""
        box = self.field_boxes[field]
        box.setCurrentIndex(0 if column is None else column + 1)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        path: Path,
        info: WorkbookInfo,
        load_rows: Callable[[str], SheetRows] | None = None,
    ) -> ColumnMapping | None:
        """Show the dialog; the chosen mapping or None when cancelled (tests patch this).

        ``load_rows`` gives a sheet's cells (default: the sheets ``info`` holds, read by
        inspect_workbook as it guessed the mapping, else read from the workbook at ``path``
        off the GUI thread, with a bar and Cancel: a sheet of 150k rows takes ~1.5 s to
        parse, and calamine parses a sheet whole). Cancelling the first sheet's read cancels
        the import.
        """
        shown_over: list[QWidget | None] = [parent]  # the dialog, once made

        def read(name: str) -> SheetRows:
            known = info.read.get(name)
            if known is not None:  # read already (50k rows: ~0.8 s of CPU not spent again)
                return known
            reading = WorkerProgress()
            return run_with_progress(
                shown_over[0],
                f"Reading sheet {quoted(name)} of {path.name}…",
                lambda: sheet_rows(path, name, progress=reading),
                progress=reading,
            )

        dialog = cls(info, load_rows or read, parent)
        shown_over[0] = dialog
        if dialog.stopped:
            dialog.deleteLater()
            return None
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                mapping = dialog.mapping()
                if mapping is not None:
                    return mapping
                dialog.note.setText("Choose the column that holds the task names.")
            return None
        finally:
            dialog.deleteLater()
