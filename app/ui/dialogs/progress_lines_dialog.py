"""Format > Progress Lines…: which progress lines the Gantt chart draws, as MS Project's
dialog of that name (its Dates and Intervals and its Line Styles tabs on one page).

The choices are the plan's (app/domain/progress_lines.py): OK keeps them as one undoable
step ("Progress Lines" on Undo), saved with the plan, so print, PDF and ``gantry convert``
draw the same lines.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.progress_lines import (
    CURRENT_COLOR,
    OTHER_COLOR,
    CurrentAt,
    Every,
    ProgressLines,
)
from app.report.locale_dates import local_date
from app.ui.commands import execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel, radio_pair
from app.ui.dialogs.dates import day_edit, read_day
from app.ui.project_commands import SetProjectCommand

if TYPE_CHECKING:
    from app.ui.action_collection import ActionCollection, Layout
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

# The colours offered for a line (MS Project offers its sixteen; these read well on bars).
COLORS: tuple[tuple[str, str], ...] = (
    ("Red", CURRENT_COLOR),
    ("Blue", OTHER_COLOR),
    ("Green", "#1a8a3a"),
    ("Orange", "#e07000"),
    ("Purple", "#8030a0"),
    ("Black", "#000000"),
    ("Grey", "#808080"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = {Every.DAILY: "day(s)", Every.WEEKLY: "week(s)", Every.MONTHLY: "month(s)"}


def keep_progress_lines(document: Document, lines: ProgressLines) -> bool:
    """Give the plan ``lines`` as one undoable step; False when it has them already."""
    project = document.plan.project
    if project.progress_lines == lines:
        return False
    command = SetProjectCommand(document, replace(project, progress_lines=lines))
    command.setText("Progress Lines")
    execute(document, command)
    return True


def _color_box(chosen: str) -> QComboBox:
    box = QComboBox()
    for name, value in COLORS:
        box.addItem(name, value)
    if box.findData(chosen) < 0:  # a colour of the file's own: offered as it is
        box.addItem(chosen, chosen)
    box.setCurrentIndex(box.findData(chosen))
    return box


class ProgressLinesDialog(QDialog):
    """Edit a plan's :class:`ProgressLines`; :meth:`lines` reads the choice."""

    def __init__(
        self,
        lines: ProgressLines,
        project_start: date,
        status_date: date | None,
        has_baseline: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Progress Lines")
        self._has_baseline = has_baseline
        layout = QVBoxLayout(self)

        current = QGroupBox("Current progress line")
        self.current = QCheckBox("Always display current progress line")
        self.current.setChecked(lines.current)
        self.at_status, self.at_today = radio_pair(
            current, "At project status date", "At current date"
        )
        self.at_today.setChecked(lines.current_at is CurrentAt.CURRENT_DATE)
        shown = local_date(status_date) if status_date is not None else "none set"
        self.at_status.setText(f"At project status date ({shown})")
        box = QVBoxLayout(current)
        box.addWidget(self.current)
        box.addWidget(self.at_status)
        box.addWidget(self.at_today)
        layout.addWidget(current)

        recurring = QGroupBox("Recurring intervals")
        self.recurring = QCheckBox("Display progress lines at recurring intervals")
        self.recurring.setChecked(lines.every is not Every.NONE)
        self.every = QComboBox()
        for kind in (Every.DAILY, Every.WEEKLY, Every.MONTHLY):
            self.every.addItem(kind.value.capitalize(), kind)
        self.every.setCurrentIndex(max(0, self.every.findData(lines.every)))
        self.count = QSpinBox()
        self.count.setRange(1, 99)
        self.count.setValue(lines.count)
        self.unit = QLabel()
        self.weekday = QComboBox()
        self.weekday.addItems(WEEKDAYS)
        self.weekday.setCurrentIndex(lines.weekday)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setValue(lines.month_day)
        self.month_day.setPrefix("on day ")
        row = QHBoxLayout()
        for widget in (self.every, QLabel("every"), self.count, self.unit):
            row.addWidget(widget)
        row.addWidget(self.weekday)
        row.addWidget(self.month_day)
        row.addStretch(1)
        self.from_start, self.from_day = radio_pair(
            recurring, f"Project start ({local_date(project_start)})", "From"
        )
        self.from_day.setChecked(lines.begin is not None)
        self.begin = day_edit(lines.begin or project_start)
        begin = QHBoxLayout()
        begin.addWidget(QLabel("Begin at:"))
        begin.addWidget(self.from_start)
        begin.addWidget(self.from_day)
        begin.addWidget(self.begin)
        begin.addStretch(1)
        box = QVBoxLayout(recurring)
        box.addWidget(self.recurring)
        box.addLayout(row)
        box.addLayout(begin)
        layout.addWidget(recurring)

        picked = QGroupBox("Selected dates")
        self.picked = QCheckBox("Display selected progress lines")
        self.picked.setChecked(bool(lines.dates))
        self.dates = QListWidget()
        self.dates.setMaximumHeight(90)
        for day in lines.dates:
            self._add_day(day)
        self.day = day_edit(status_date or project_start)
        add = QPushButton("Add")
        add.clicked.connect(lambda: self._add_day(read_day(self.day)))
        remove = QPushButton("Remove")
        remove.clicked.connect(self._remove_day)
        pick = QHBoxLayout()
        pick.addWidget(self.day)
        pick.addWidget(add)
        pick.addWidget(remove)
        pick.addStretch(1)
        box = QVBoxLayout(picked)
        box.addWidget(self.picked)
        box.addWidget(self.dates)
        box.addLayout(pick)
        layout.addWidget(picked)

        styles = QGroupBox("In relation to and line styles")
        self.actual, self.baseline = radio_pair(styles, "Actual plan", "Baseline plan")
        self.baseline.setChecked(lines.baseline)
        relation = QHBoxLayout()
        relation.addWidget(self.actual)
        relation.addWidget(self.baseline)
        relation.addStretch(1)
        self.current_color = _color_box(lines.current_color)
        self.other_color = _color_box(lines.other_color)
        self.show_dates = QCheckBox("Show date for each progress line")
        self.show_dates.setChecked(lines.show_dates)
        form = QFormLayout(styles)
        form.addRow("Display progress lines in relation to", relation)
        form.addRow("Current progress line", self.current_color)
        form.addRow("All other progress lines", self.other_color)
        form.addRow("", self.show_dates)
        layout.addWidget(styles)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00")
        layout.addWidget(self.note)
        layout.addWidget(ok_cancel(self))
        for signal in (
            self.current.toggled,
            self.at_status.toggled,
            self.recurring.toggled,
            self.picked.toggled,
            self.baseline.toggled,
            self.from_day.toggled,
        ):
            signal.connect(self._follow)
        self.every.currentIndexChanged.connect(self._follow)
        self._status_set = status_date is not None
        self._follow()
        self.setMinimumWidth(480)
        give_access_keys(self)

    def _add_day(self, day: date) -> None:
        """Add a picked day to the list (kept in date order, once)."""
        days = {*self._days(), day}
        self.dates.clear()
        for each in sorted(days):
            item = QListWidgetItem(local_date(each))
            item.setData(Qt.ItemDataRole.UserRole, each.isoformat())
            self.dates.addItem(item)
        self.picked.setChecked(True)

    def _remove_day(self) -> None:
        for item in self.dates.selectedItems():
            self.dates.takeItem(self.dates.row(item))

    def _days(self) -> list[date]:
        return [
            date.fromisoformat(str(self.dates.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.dates.count())
        ]

    def _follow(self, *_args: object) -> None:
        """Grey what is not chosen and say what a choice will not show."""
        self.at_status.setEnabled(self.current.isChecked())
        self.at_today.setEnabled(self.current.isChecked())
        on = self.recurring.isChecked()
        kind = self.every.currentData()
        for widget in (self.every, self.count, self.from_start, self.from_day):
            widget.setEnabled(on)
        self.begin.setEnabled(on and self.from_day.isChecked())
        self.unit.setText(_UNITS.get(kind, ""))
        self.weekday.setVisible(kind is Every.WEEKLY)
        self.weekday.setEnabled(on)
        self.month_day.setVisible(kind is Every.MONTHLY)
        self.month_day.setEnabled(on)
        self.dates.setEnabled(self.picked.isChecked())
        notes = []
        if self.current.isChecked() and self.at_status.isChecked() and not self._status_set:
            notes.append(
                "The plan has no status date: the current line stands at the current date "
                "(Project > Project Information sets a status date)."
            )
        if self.baseline.isChecked() and not self._has_baseline:
            notes.append(
                "No baseline is saved: lines in relation to the baseline plan connect no task."
            )
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def lines(self) -> ProgressLines:
        """The choice shown."""
        kind = self.every.currentData() if self.recurring.isChecked() else Every.NONE
        return ProgressLines(
            current=self.current.isChecked(),
            current_at=CurrentAt.CURRENT_DATE
            if self.at_today.isChecked()
            else CurrentAt.STATUS_DATE,
            every=kind,
            count=self.count.value(),
            weekday=self.weekday.currentIndex(),
            month_day=self.month_day.value(),
            begin=read_day(self.begin) if self.from_day.isChecked() else None,
            dates=tuple(self._days()) if self.picked.isChecked() else (),
            baseline=self.baseline.isChecked(),
            show_dates=self.show_dates.isChecked(),
            current_color=str(self.current_color.currentData() or CURRENT_COLOR),
            other_color=str(self.other_color.currentData() or OTHER_COLOR),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, document: Document) -> ProgressLines | None:
        """The user's choice for the plan of ``document``, or None; tests monkeypatch this."""
        plan = document.plan
        project = plan.project
        status = project.status_date.date() if project.status_date is not None else None
        dialog = cls(
            project.progress_lines, project.start.date(), status, 0 in plan.baselines, parent
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.lines()


def add_progress_lines_action(window: MainWindow, actions: ActionCollection) -> Layout:
    """Format > Progress Lines… (MS Project's Format > Gridlines > Progress Lines)."""
    actions.add(
        "format_progress_lines",
        "Pro&gress Lines…",
        lambda: show_progress_lines(window),
        tip="Lines down the Gantt chart at the status date (or other dates) that bend to each "
        "task's progress: left behind schedule, right ahead",
    )
    return ["format_progress_lines"]


def show_progress_lines(window: MainWindow) -> None:
    """Ask for the plan's progress lines and keep them (one undo step)."""
    document = window.document
    lines = ProgressLinesDialog.ask(window, document)
    if lines is None:
        return
    try:
        kept = keep_progress_lines(document, lines)
    except AppError as exc:  # the plan refused it (read-only): said, not raised
        window.show_error(str(exc))
        return
    if kept and not lines.any_on:
        window.statusBar().showMessage("Progress lines switched off", 5000)
