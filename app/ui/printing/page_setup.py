"""Page Setup: what a printed Gantt shows and how it is cut into pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.report.columns import COLUMNS, column_for
from app.report.options import PAPERS, PrintOptions
from app.report.page_orientation import UPRIGHT_CHART_SHARE
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.dates import DayField, read_day
from app.ui.printing.page_setup_tabs import PageSetupTabs

# Page Setup's Orientation: its text, and PrintOptions.landscape (None: Automatic,
# decided when printing by app/report/page_orientation.py)
ORIENTATIONS: tuple[tuple[str, bool | None], ...] = (
    ("Automatic", None),
    ("Portrait", False),
    ("Landscape", True),
)


def _qdate(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def _last_day(date_to: datetime) -> QDate:
    """The last day printed: ``date_to`` is where printing stops (midnight after that day)."""
    day = _qdate(date_to)
    return day.addDays(-1) if date_to.time() == datetime.min.time() else day


class PageSetupDialog(QDialog):
    """Edits a :class:`PrintOptions`; :meth:`options` reads the result."""

    def __init__(
        self,
        options: PrintOptions,
        project_start: datetime,
        project_finish: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Page Setup")
        self._base = options
        outer = QVBoxLayout(self)
        # MS Project's tabs: Page (Gantry's paper, scaling, dates, columns), then Margins,
        # Header, Footer, Legend and notes (app/ui/printing/page_setup_tabs.py)
        self.tabs = PageSetupTabs(options.setup, options.legend)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tabs.insertTab(0, page, "Page")
        self.tabs.setCurrentIndex(0)
        outer.addWidget(self.tabs)

        # Paper
        paper_box = QGroupBox("Paper")
        form = QFormLayout(paper_box)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(options.paper)
        self.orientation = QComboBox()
        for text, landscape in ORIENTATIONS:
            self.orientation.addItem(text, landscape)
        self.orientation.setCurrentIndex([o for _, o in ORIENTATIONS].index(options.landscape))
        self.orientation.setToolTip(
            "Automatic: landscape when the task columns would leave the chart less than "
            f"{UPRIGHT_CHART_SHARE:.0%} of an upright page's width, unless that takes many "
            "more pages (as gantry convert prints); Print Preview says which it picked"
        )
        form.addRow("Size", self.paper)
        form.addRow("Orientation", self.orientation)
        # MS Project's "First page number": Auto numbers from 1; a printout bound after
        # others' pages goes on from theirs (kept with the plan, schema v49)
        self.first_number = QSpinBox()
        self.first_number.setRange(0, 99_999)
        self.first_number.setSpecialValueText("Auto")
        self.first_number.setValue(options.setup.first_page_number or 0)
        form.addRow("First page number", self.first_number)
        layout.addWidget(paper_box)

        # Scaling
        fit_box = QGroupBox("Scaling")
        grid = QGridLayout(fit_box)
        self.fit = QRadioButton("Fit to")
        self.scaled = QRadioButton("Scale")
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.scaled)
        self.pages_wide = QSpinBox()
        self.pages_wide.setRange(1, 50)
        self.pages_wide.setValue(options.pages_wide)
        self.pages_tall = QSpinBox()
        self.pages_tall.setRange(0, 200)  # 0 reads "as needed": as many as keep rows legible
        self.pages_tall.setSpecialValueText("as needed")
        self.pages_tall.setValue(options.pages_tall or 0)
        self.pages_wide.setAccessibleName("Pages wide")  # the words beside them name them
        self.pages_tall.setAccessibleName("Pages tall")
        self.scale = QSpinBox()
        self.scale.setRange(10, 400)
        self.scale.setSuffix(" %")
        self.scale.setValue(round((options.scale or 1.0) * 100))
        self.scale.setAccessibleName("Scale")  # its radio button names it
        self.wide_words = QLabel()  # "1 page wide", "2 pages wide"
        self.pages_wide.valueChanged.connect(self._on_pages_wide)
        self._on_pages_wide(self.pages_wide.value())
        # one row: the words follow their fields (units, not labels of the next field)
        fit_row = QHBoxLayout()
        for widget in (self.pages_wide, self.wide_words, self.pages_tall, QLabel("tall")):
            fit_row.addWidget(widget)
        fit_row.addStretch(1)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale)
        scale_row.addStretch(1)
        grid.addWidget(self.fit, 0, 0)
        grid.addLayout(fit_row, 0, 1)
        grid.addWidget(self.scaled, 1, 0)
        grid.addLayout(scale_row, 1, 1)
        (self.scaled if options.scale is not None else self.fit).setChecked(True)
        # MS Project's Print > "Manual page breaks": a task's Insert Page Break starts a page
        self.manual_breaks = QCheckBox("Manual page brea&ks")
        self.manual_breaks.setChecked(options.page_breaks)
        self.manual_breaks.setToolTip(
            "Start a new page at each task given a page break (Insert > Page Break)"
        )
        scale_row.addWidget(self.manual_breaks)  # beside the scale: the dialog no taller
        layout.addWidget(fit_box)

        # Dates
        range_box = QGroupBox("Dates")
        row = QHBoxLayout(range_box)
        self.whole_project = QCheckBox("&Whole project")
        self.whole_project.setChecked(options.date_from is None and options.date_to is None)
        self.date_from = DayField(_qdate(options.date_from or project_start))
        self.date_to = DayField(
            _last_day(options.date_to) if options.date_to else _qdate(project_finish)
        )
        self.date_from.setAccessibleName("Print from")
        self.date_to.setAccessibleName("Print to")  # its "to" follows a field
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        row.addWidget(self.whole_project)
        row.addWidget(QLabel("from"))
        row.addWidget(self.date_from)
        row.addWidget(QLabel("to"))
        row.addWidget(self.date_to)
        # a look-ahead: only the rows with a bar in the dates (app/report/active_only.py)
        self.active_only = QCheckBox("Only tasks active in these dates")
        self.active_only.setChecked(options.active_only)
        self.active_only.setToolTip(
            "Print only the tasks with a bar between these dates, with their summaries"
        )
        row.addWidget(self.active_only)
        self.whole_project.toggled.connect(self._on_whole_project_toggled)
        self._on_whole_project_toggled(self.whole_project.isChecked())
        layout.addWidget(range_box)

        # Columns
        col_box = QGroupBox("Task columns")
        col_layout = QVBoxLayout(col_box)
        self.columns = QListWidget()
        self.columns.setAccessibleName("Task columns")
        order = list(options.columns) + [k for k in COLUMNS if k not in options.columns]
        for key in order:
            item = QListWidgetItem(column_for(key).title)  # a custom field by its name
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if key in options.columns else Qt.CheckState.Unchecked
            )
            self.columns.addItem(item)
        self.columns.setMaximumHeight(150)
        col_layout.addWidget(self.columns)
        layout.addWidget(col_box)

        # Page furniture
        extras = QGroupBox("On every page")
        ex = QVBoxLayout(extras)
        self.repeat_columns = QCheckBox("Repeat task columns")
        self.repeat_columns.setChecked(options.repeat_columns)
        self.repeat_timescale = QCheckBox("Repeat timescale")
        self.repeat_timescale.setChecked(options.repeat_timescale)
        self.header = QCheckBox("Header (its texts: the Header tab)")
        self.header.setChecked(options.header)
        self.footer = QCheckBox("Footer (its texts: the Footer tab)")
        self.footer.setChecked(options.footer)
        for box in (
            self.repeat_columns,
            self.repeat_timescale,
            self.header,
            self.footer,
        ):
            ex.addWidget(box)
        layout.addWidget(extras)

        # MS Project's Page Setup > View > "Print blank pages", kept per view
        blank_box = QGroupBox("Print blank pages")
        blank_row = QHBoxLayout(blank_box)
        self.blank_pages = QCheckBox("Gantt chart")
        self.blank_pages.setChecked(options.blank_pages)
        self.blank_pages.setToolTip(
            "Off: pages right of the first whose rows have no bar in their dates are left out"
        )
        self.usage_blank_pages = QCheckBox("Usage")
        self.usage_blank_pages.setChecked(options.usage_blank_pages)
        self.usage_blank_pages.setToolTip(
            "Off: pages right of the first whose rows have no figure in their periods are "
            "left out (on a big plan nearly all of them)"
        )
        blank_row.addWidget(self.blank_pages)
        blank_row.addWidget(self.usage_blank_pages)
        blank_row.addStretch(1)
        layout.addWidget(blank_box)

        # what cannot be printed (a negative margin, an unknown field), said under the tabs
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        outer.addWidget(self.problem)
        outer.addWidget(ok_cancel(self))
        give_access_keys(self)  # Alt+letter to each field, read by screen readers
        self.paper.setFocus()  # opens on the first field, not on the tab bar

    def accept(self) -> None:
        """OK: closes only with options that can be printed; else says why and stays open."""
        try:
            self.options()
        except AppError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            self._show_tab_of(str(exc))
            return
        super().accept()

    def _show_tab_of(self, problem: str) -> None:
        """Turn to the tab holding what ``problem`` names (a margin: Margins; a header's or
        footer's field: Header or Footer), so the user sees the box to mend."""
        words = problem.lower()
        for word, tab in (("margin", "Margins"), ("header", "Header"), ("footer", "Footer")):
            if word in words.split(":")[0]:
                for k in range(self.tabs.count()):
                    if self.tabs.tabText(k).replace("&", "") == tab:
                        self.tabs.setCurrentIndex(k)
                        return

    def _on_pages_wide(self, wide: int) -> None:
        self.wide_words.setText("page wide by" if wide == 1 else "pages wide by")

    def _on_whole_project_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)
        self.active_only.setEnabled(not checked)

    def options(self) -> PrintOptions:
        """The options as the dialog shows them; AppError (one line) when its margins,
        texts or days cannot be printed (a negative margin, an unknown field code, a day
        typed that cannot be read)."""
        keys = tuple(
            str(self.columns.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() == Qt.CheckState.Checked
        )
        legend, place = self.tabs.legend_choice(self._base.legend)
        paper, landscape = self.paper.currentText(), self.orientation.currentData()
        setup = self.tabs.setup(paper, landscape, place)  # AppError: cannot be printed
        setup = replace(setup, first_page_number=self.first_number.value() or None)
        whole = self.whole_project.isChecked()
        # read_day: a day typed that cannot be read is refused (InputError), not the old
        # one printed (OK clicked on macOS leaves the focus in the field)
        date_from = None if whole else datetime.combine(read_day(self.date_from), time.min)
        last = None if whole else read_day(self.date_to)
        date_to = None if last is None else datetime.combine(last + timedelta(days=1), time.min)
        return replace(
            self._base,
            paper=paper,
            landscape=landscape,
            pages_wide=self.pages_wide.value(),
            pages_tall=self.pages_tall.value() or None,
            scale=self.scale.value() / 100 if self.scaled.isChecked() else None,
            date_from=date_from,
            date_to=date_to,
            columns=keys,
            repeat_columns=self.repeat_columns.isChecked(),
            repeat_timescale=self.repeat_timescale.isChecked(),
            header=self.header.isChecked(),
            footer=self.footer.isChecked(),
            legend=legend,
            setup=setup,
            blank_pages=self.blank_pages.isChecked(),
            usage_blank_pages=self.usage_blank_pages.isChecked(),
            first_page_number=setup.first_page_number or 1,
            active_only=not whole and self.active_only.isChecked(),
            page_breaks=self.manual_breaks.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        options: PrintOptions,
        project_start: datetime,
        project_finish: datetime,
    ) -> PrintOptions | None:
        """Show the dialog; the chosen options, or None when cancelled (tests patch this)."""
        dialog = cls(options, project_start, project_finish, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
