"""Edit > Copy Picture…: which rows, which dates and where the picture of the Gantt goes.

As MS Project's Copy Picture: rows on screen or selected rows (here also all
rows, up to the picture's height limit), the timescale as shown on screen or
between two dates, to the clipboard or to a PNG file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.dates import day_edit, read_day

ROWS = ("screen", "selected", "all")


@dataclass(frozen=True, slots=True)
class CopyPictureChoice:
    """What the user chose: rows (screen, selected, all), dates, output.

    Dates: ``date_from``..``date_to`` when both are given, else the rows' bars
    (``fit``) or what the chart shows on screen.
    """

    rows: str = "screen"
    date_from: datetime | None = None
    date_to: datetime | None = None
    to_file: bool = False
    fit: bool = False


@dataclass(frozen=True, slots=True)
class RowCounts:
    """How many rows each row choice gives, and how many a picture may hold."""

    screen: int
    selected: int
    all: int
    limit: int

    def of(self, rows: str) -> int:
        """Rows of one choice."""
        return int(getattr(self, rows))


def too_many_rows_message(count: int, limit: int) -> str:
    """Why a picture of ``count`` rows is refused, and what to do instead."""
    return (
        f"A picture of {count:,} rows is too tall (the limit is {limit:,} rows). "
        "Select fewer rows, or use File > Export PDF for the whole plan."
    )


class CopyPictureDialog(QDialog):
    """Rows, timescale and output of a picture of the Gantt chart."""

    def __init__(
        self,
        counts: RowCounts,
        shown: tuple[datetime, datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Copy Picture")
        self.counts = counts
        self.row_buttons: dict[str, QRadioButton] = {}
        rows_box = QGroupBox("Rows")
        rows_layout = QVBoxLayout(rows_box)
        self._rows = QButtonGroup(self)
        for key, text in (
            ("screen", f"Rows on screen ({counts.screen:,})"),
            ("selected", f"Selected rows ({counts.selected:,})"),
            ("all", f"All rows ({counts.all:,})"),
        ):
            button = QRadioButton(text)
            button.setEnabled(counts.of(key) > 0)
            self._rows.addButton(button)
            rows_layout.addWidget(button)
            self.row_buttons[key] = button
            button.toggled.connect(self._on_choice_changed)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020")
        rows_layout.addWidget(self.warning)

        dates_box = QGroupBox("Timescale")
        dates_layout = QVBoxLayout(dates_box)
        self.as_shown = QRadioButton("As shown on screen")
        self.fit = QRadioButton("From the rows' first bar to their last")
        self.between = QRadioButton("From / to:")
        self.date_from = day_edit(shown[0].date())  # days, as the sheet writes them
        self.date_to = day_edit(shown[1].date())
        range_row = QFormLayout()
        range_row.addRow("From:", self.date_from)
        range_row.addRow("To:", self.date_to)
        dates_layout.addWidget(self.as_shown)
        dates_layout.addWidget(self.fit)
        dates_layout.addWidget(self.between)
        dates_layout.addLayout(range_row)
        self.as_shown.toggled.connect(self._on_choice_changed)
        self.between.toggled.connect(self._on_choice_changed)
        self.date_from.dateChanged.connect(self._on_choice_changed)
        self.date_to.dateChanged.connect(self._on_choice_changed)

        output_box = QGroupBox("Copy to")
        output_layout = QHBoxLayout(output_box)
        self.to_clipboard = QRadioButton("Clipboard")
        self.to_file = QRadioButton("PNG file…")
        output_layout.addWidget(self.to_clipboard)
        output_layout.addWidget(self.to_file)

        self.buttons = ok_cancel(self, "Copy")
        layout = QVBoxLayout(self)
        for widget in (rows_box, dates_box, output_box, self.buttons):
            layout.addWidget(widget)

        default = "selected" if counts.selected else "screen"
        self.row_buttons[default if counts.of(default) else "all"].setChecked(True)
        # Selected rows' bars are often off screen: their own dates then, as shown otherwise.
        (self.fit if default == "selected" and counts.selected else self.as_shown).setChecked(True)
        self.to_clipboard.setChecked(True)
        self._on_choice_changed()

    def rows(self) -> str:
        """The checked row choice."""
        return next((k for k, b in self.row_buttons.items() if b.isChecked()), "screen")

    def problem(self) -> str:
        """Why the current choice cannot be copied ("" when it can)."""
        count = self.counts.of(self.rows())
        if count > self.counts.limit:
            return too_many_rows_message(count, self.counts.limit)
        if count == 0:
            return "There are no rows to copy."
        if self.between.isChecked():
            try:
                first, last = read_day(self.date_from), read_day(self.date_to)
            except AppError as error:  # a date typed that does not read
                return str(error)
            if last < first:
                return "The 'to' date must not come before the 'from' date."
        return ""

    def _on_choice_changed(self, *_args: object) -> None:
        between = self.between.isChecked()
        self.date_from.setEnabled(between)
        self.date_to.setEnabled(between)
        problem = self.problem()
        self.warning.setText(problem)
        self.warning.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def choice(self) -> CopyPictureChoice:
        """What the dialog shows now; the 'to' day is included."""
        if self.between.isChecked():
            first = datetime.combine(read_day(self.date_from), time())
            last = datetime.combine(read_day(self.date_to), time()) + timedelta(days=1)
            dates: tuple[datetime | None, datetime | None] = (first, last)
        else:
            dates = (None, None)
        return CopyPictureChoice(
            self.rows(), dates[0], dates[1], self.to_file.isChecked(), self.fit.isChecked()
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, counts: RowCounts, shown: tuple[datetime, datetime]
    ) -> CopyPictureChoice | None:
        """Show the dialog; the choice, or None when cancelled (tests replace this)."""
        dialog = cls(counts, shown, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
