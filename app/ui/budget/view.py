"""The Budget tab: KPI cards, the WBS cost tree and the S-curve; Set and Clear Baseline; chart
export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.earned_value import SCurveCache, actual_to_date, project_earned_value, s_curve
from app.domain.plural_words import counted
from app.domain.risk import RISK_DIGITS, contingency_reserve, live, open_exposure
from app.report.locale_dates import local_date
from app.ui.budget.baseline_dialog import baseline_choices, set_baseline
from app.ui.budget.budget_model import (
    HEADER_TIPS,
    BudgetColumn,
    BudgetModel,
    BudgetUidRole,
    status_date_of,
)
from app.ui.budget.budget_resources_card import show_budget_resources
from app.ui.budget.card_rows import CardRows
from app.ui.budget.clear_baseline_dialog import clear_baseline
from app.ui.budget.money import money
from app.ui.budget.people_model import PeopleBudgetModel, PeopleColumn
from app.ui.budget.s_curve_chart import SCurveChart
from app.ui.budget.variance_model import VarianceColumn, VarianceModel
from app.ui.dialogs.buttons import ERROR_RED
from app.ui.document import Document
from app.ui.file_menu import FileMenu
from app.ui.selected_rows import selected_row_starts
from app.ui.table_font_fit import follow_font

_INDEX_WORDS = ("0.95 or more", "below 0.95")  # CPI and SPI cards' good and bad


class KpiCard(QFrame):
    """A title and a big number."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #666")
        self.value = QLabel("n/a")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.sign = QLabel()  # good or bad in words too: not by green and red alone
        self.sign.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.sign)

    def set(
        self,
        text: str,
        good: bool | None = None,
        words: tuple[str, str] = ("within budget", "over budget"),
    ) -> None:
        """Show a value, green with a tick and ``words[0]`` when good, red with a warning
        and ``words[1]`` when bad."""
        self.value.setText(text)
        color = "" if good is None else ("color: #14823c" if good else f"color: {ERROR_RED}")
        self.value.setStyleSheet(color)
        self.sign.setStyleSheet(color)
        self.sign.setText("" if good is None else f"✓ {words[0]}" if good else f"⚠ {words[1]}")
        self.sign.setVisible(good is not None)


def _ask_png_path(parent: QWidget) -> str:
    """Where to save the S-curve: offered beside the plan (Qt's own choice is the program's
    working folder). File > New's Save As step adds .png to a name typed without it and
    asks before replacing a picture the dialog did not ask about."""
    plan_path = getattr(getattr(parent, "document", None), "path", None)
    start = Path("s-curve.png")
    if isinstance(plan_path, Path):
        start = plan_path.with_name(f"{plan_path.stem} s-curve.png")
    path = FileMenu.ask_save_path(parent, "Export Chart", start, "PNG (*.png)")
    return str(path) if path is not None else ""


class BudgetView(QWidget):
    """Budget, forecast, actual and earned value per WBS branch, with the S-curve."""

    sig_baseline_set = Signal(int)
    ask_png_path = staticmethod(_ask_png_path)  # tests replace this

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.model = BudgetModel(document, clock, self)
        self.tree = QTreeView()
        self.tree.setAccessibleName("Budget")  # what a screen reader calls it
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(BudgetColumn.NAME, 220)
        self.chart = SCurveChart()
        self.cards = {
            key: KpiCard(title)
            for key, title in (
                ("budget", "Budget (BAC)"),
                ("forecast", "Forecast"),
                ("actual", "AC (to status date)"),
                ("cpi", "CPI"),
                ("spi", "SPI"),
                ("eac", "EAC"),
                ("vac", "VAC"),
                ("reserve", "Risk reserve"),
                ("budget_resources", "Budget Cost"),  # MS Project's budget resources
            )
        }
        for key, column in (
            ("actual", BudgetColumn.AC),
            ("eac", BudgetColumn.EAC),
            ("vac", BudgetColumn.VAC),
        ):
            self.cards[key].setToolTip(HEADER_TIPS[column])
        cards = self.card_rows = CardRows(list(self.cards.values()))  # wrapped at large fonts
        self.status_label = QLabel()
        self.actions_by_id: dict[str, QAction] = {}
        toolbar = QToolBar()
        for action_id, text, slot in (
            ("budget_set_baseline", "Set Baseline…", self.set_baseline),
            ("budget_clear_baseline", "Clear Baseline…", self.clear_baseline),
            ("budget_export_chart", "Export Chart…", self.export_chart),
        ):
            action = QAction(text, self)
            action.setObjectName(action_id)
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.actions_by_id[action_id] = action
        self.variance_model = VarianceModel(document, self)
        self.variance_table = QTableView()
        self.variance_table.setModel(self.variance_model)
        self.variance_table.verticalHeader().setVisible(False)
        # As the cost breakdown: the task names wide and on one line, the figures at their
        # width (the last column once stretched over half the table, names wrapped in two).
        self.variance_table.horizontalHeader().setStretchLastSection(False)
        self.variance_table.setWordWrap(False)
        self.variance_table.setColumnWidth(VarianceColumn.NAME, 220)
        metrics = self.variance_table.fontMetrics()
        for dates in (VarianceColumn.BASELINE_START, VarianceColumn.BASELINE_FINISH):
            self.variance_table.setColumnWidth(
                dates, metrics.horizontalAdvance("0000-00-00 00:00") + 16
            )
        self.variance_table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.variance_baseline = QComboBox()
        self.variance_baseline.addItems(baseline_choices(document.plan.baselines))
        self.variance_baseline.currentIndexChanged.connect(self.variance_model.set_baseline)
        variance_page = QWidget()
        vp = QVBoxLayout(variance_page)
        vp.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel("Compare with"))
        head.addWidget(self.variance_baseline)
        head.addStretch(1)
        vp.addLayout(head)
        vp.addWidget(self.variance_table)
        # per person: the Team side of the budget, totals the task side's
        self.people_model = PeopleBudgetModel(document, lambda: self.model.budget, self)
        self.people_table = QTableView()
        self.people_table.setModel(self.people_model)
        self.people_table.verticalHeader().setVisible(False)
        self.people_table.setWordWrap(False)
        self.people_table.horizontalHeader().setStretchLastSection(False)
        self.people_table.setColumnWidth(PeopleColumn.NAME, 220)
        self.people_table.setColumnWidth(PeopleColumn.VARIANCE, 170)
        self.people_table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        for table in (self.tree, self.variance_table, self.people_table):
            follow_font(table)  # wider at a large font, as the task sheet
        self.pages = QTabWidget()
        self.pages.addTab(self.tree, "Cost breakdown")
        self.pages.addTab(variance_page, "Baseline variance")
        self.pages.addTab(self.people_table, "By person")
        self._people_stale = False  # read again when its tab shows (a large plan's edits)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(cards)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        self.model.sig_refreshed.connect(self._refresh)
        self.model.modelReset.connect(lambda: self.tree.expandToDepth(0))
        self._stale = False
        self._curve_cache = SCurveCache()  # the baseline's planned spans, kept between edits
        document.sig_schedule_changed.connect(self._on_schedule_changed)
        self.tree.expandToDepth(0)
        self._refresh()

    def _on_schedule_changed(self) -> None:
        # Earned value of a large plan takes a while: a hidden tab catches up when shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Recompute every figure from the document now."""
        self._stale = False
        self._name_baselines()
        self.variance_model.invalidate()  # computed when its tab shows it
        self.model.refresh()  # cards and chart follow its sig_refreshed

    def locale_changed(self) -> None:
        """The cards and tables in the user's new locale (app/ui/locale_follow.py)."""
        self.refresh()

    def _name_baselines(self) -> None:
        """The comparison list shows each baseline's current name and save time."""
        for k, text in enumerate(baseline_choices(self.document.plan.baselines)):
            self.variance_baseline.setItemText(k, text)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the tab was hidden."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def selected_uids(self) -> list[int]:
        """Tasks selected in the tree."""
        rows = selected_row_starts(self.tree.selectionModel())  # Qt's selectedRows() is slow
        return [int(i.data(BudgetUidRole)) for i in rows]

    def set_baseline(self) -> int | None:
        """Ask which baseline and which tasks, then save it as one undoable step.

        Returns the baseline saved, or None when the user cancelled or kept the old one."""
        index = set_baseline(self.document, self, self.selected_uids(), self.clock(), self._say)
        if index is not None:
            self.sig_baseline_set.emit(index)
        return index

    def clear_baseline(self) -> str | None:
        """Project > Clear Baseline… from the Budget view, for the tasks selected in its tree:
        what was cleared (or that nothing was) in the window's status bar, and returned."""
        said = clear_baseline(self.document, self, self.selected_uids())
        if said is not None:
            self._say(said)
        return said

    def _say(self, text: str) -> None:
        """``text`` in the window's status bar (a Budget view alone has none)."""
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def export_chart(self) -> str | None:
        """Save the S-curve as a PNG chosen by the user; returns the path written."""
        path = self.ask_png_path(self)
        if not path:
            return None
        # What is typed in, and Automatic leveling still to come, land first (as a save's
        # do): the chart follows the schedule at once while shown, so it draws them.
        end_open_edit = getattr(self.window(), "end_open_edit", None)
        if callable(end_open_edit):
            end_open_edit()
        if not self.chart.export_png(path):
            QMessageBox.warning(self, "Export Chart", f"Could not write {path}")
            return None
        return path

    def _show_reserve(self) -> None:
        """The risk register's contingency on top of the budget, as the Risks view counts it."""
        plan = self.document.plan
        project = plan.project
        reserve = contingency_reserve(plan.risks)
        card = self.cards["reserve"]
        card.set(money(project, reserve))  # in cents, as the cards beside it
        budget = self.model.budget  # the baseline earned value reads
        lines = [
            f"Contingency of the {counted(len(live(plan.risks)), 'risk')} not closed "
            f"(their exposure, probability x impact: "
            f"{money(project, open_exposure(plan.risks), digits=RISK_DIGITS)})"
        ]
        if budget is not None:
            lines.append(f"Budget plus reserve: {money(project, budget + reserve)}")
        card.setToolTip("\n".join(lines))

    def _on_pages_current_changed(self, _index: int) -> None:
        if self._people_stale and self.pages.currentWidget() is self.people_table:
            self._people_stale = False
            self.people_model.refresh()

    def _refresh(self) -> None:
        doc = self.document
        plan = doc.plan
        project = plan.project
        sym = project.currency_symbol or project.currency
        status = status_date_of(doc, self.clock)
        totals = project_earned_value(plan, self.model.values, self.model.top_uids)
        costs = doc.costs
        budget = self.model.budget  # the baseline earned value reads (Project Information)
        has_base = budget is not None
        self.cards["budget"].set("no baseline" if budget is None else money(project, budget))
        self.cards["forecast"].set(
            money(project, costs.total_cost),
            None if not has_base else costs.total_cost <= (budget or 0.0) + 0.005,
        )
        # spent up to the status date (ACWP), what CPI divides by
        self.cards["actual"].set(
            money(project, actual_to_date(plan, costs, self.model.values, self.model.top_uids))
        )
        cpi, spi = totals.cpi, totals.spi
        self.cards["cpi"].set(
            "n/a" if cpi is None or not has_base else f"{cpi:.2f}",
            None if cpi is None or not has_base else cpi >= 0.95,
            _INDEX_WORDS,
        )
        self.cards["spi"].set(
            "n/a" if spi is None or not has_base else f"{spi:.2f}",
            None if spi is None or not has_base else spi >= 0.95,
            _INDEX_WORDS,
        )
        self.cards["eac"].set(money(project, totals.eac) if has_base else "n/a")
        self.cards["vac"].set(
            money(project, totals.vac) if has_base else "n/a",
            totals.vac >= -0.005 if has_base else None,
        )
        self._show_reserve()
        show_budget_resources(self.cards["budget_resources"], plan, costs)
        if self.pages.currentWidget() is self.people_table:
            self.people_model.refresh()
        else:
            self._people_stale = True
        status_set = plan.project.status_date is not None
        current_set = not status_set and plan.project.current_date is not None
        source = "status date" if status_set else "Current Date" if current_set else "today"
        finish = doc.schedule.finish
        if not status_set and not current_set and plan.tasks and status > finish:
            # as MS Project, EV is read today; say so, the chart stops at the plan's end
            source = f"today, after the plan's finish on {local_date(finish, weekday=False)}"
        currency = costs.currency or sym  # (an empty plan may have neither: then no word)
        self.status_label.setText(
            f"Earned value at {local_date(status, weekday=False)} ({source})"
            + (f", currency {currency}" if currency else "")
        )
        curve = s_curve(
            plan, doc.schedule, costs, status, parents=self.model.parents, cache=self._curve_cache
        )
        span = (doc.schedule.start, doc.schedule.finish) if plan.tasks else None
        self.chart.set_curve(curve, status, sym, status_set or current_set, span, project=project)
