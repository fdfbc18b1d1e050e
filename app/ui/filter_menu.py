"""View > Filter: MS Project's built-in task filters on the task sheet (and so the Gantt chart).

Picking a filter works out the matching tasks once (app.domain.filters) and
hands the sheet a :class:`RowFilter`: the sheet then shows those tasks and
the summaries above them, and the chart draws the sheet's rows. As in MS
Project, the filter is not run again after each edit (Reapply Filter,
Ctrl+F3, does that), F3 shows All Tasks again, and three filters ask first:
Using Resource… (a person), Date Range… (two dates) and Task Name
Contains… (a piece of the name). Each asking dialog has a classmethod
``ask`` for tests to replace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QWidget,
)

from app.domain.errors import AppError, InputError
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.project import measured_at
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.custom_filter_dialog import CustomFieldFilterDialog
from app.ui.dialogs.dates import day_edit, read_day
from app.ui.models.custom_columns import sheet_cells
from app.ui.models.task_rows import RowFilter, RowSort

if TYPE_CHECKING:
    from app.domain.task import Task
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow

# The menu's order, as MS Project lists its built-in filters (All Tasks first).
MENU_ORDER: tuple[FilterKind | None, ...] = (
    FilterKind.ALL,
    None,
    FilterKind.CRITICAL,
    FilterKind.INCOMPLETE,
    FilterKind.COMPLETED,
    FilterKind.LATE,
    FilterKind.SLIPPING,
    FilterKind.COST_OVERBUDGET,
    FilterKind.WORK_OVERBUDGET,
    None,
    FilterKind.MILESTONES,
    FilterKind.SUMMARY,
    FilterKind.DEADLINES,
    FilterKind.MISSED_DEADLINES,
    FilterKind.FIXED_DATES,
    None,
    FilterKind.USING_RESOURCE,
    FilterKind.DATE_RANGE,
    FilterKind.NAME_CONTAINS,
    FilterKind.HYPERLINK_CONTAINS,
    FilterKind.CUSTOM_FIELD,
)


def filter_counts(
    row_filter: RowFilter, row_sort: RowSort | None, tasks: Sequence[Task]
) -> tuple[int, int]:
    """(tasks the filter lets through, tasks) as the status bar's "Critical (12 of 340 tasks)"
    counts them: among the tasks the sheet can list, so under a sort without the outline
    structure (summaries not listed) the summaries count in neither number."""
    if row_sort is None or not row_sort.flat:
        return row_filter.counts(tasks)
    n = len(tasks)
    leaves = [
        t
        for k, t in enumerate(tasks)
        if k + 1 == n or tasks[k + 1].outline_level <= t.outline_level
    ]
    return row_filter.counts(leaves)


def action_id(kind: FilterKind) -> str:
    """The stable id of a filter's menu action: ``filter_`` and its name in snake_case."""
    return "filter_" + kind.value.replace("-", "_")


# The letter of each filter whose first one another filter takes already (Critical,
# Completed Tasks and Custom Field all began with C): one key, one filter.
_LETTERS: dict[FilterKind, str] = {
    FilterKind.COMPLETED: "p",
    FilterKind.SUMMARY: "y",
    FilterKind.MISSED_DEADLINES: "e",
    FilterKind.FIXED_DATES: "F",
    FilterKind.NAME_CONTAINS: "N",
    FilterKind.CUSTOM_FIELD: "o",
    FilterKind.COST_OVERBUDGET: "b",
}


def _menu_text(kind: FilterKind) -> str:
    title = kind.title
    at = title.find(_LETTERS.get(kind, title[0]))
    text = f"{title[:at]}&{title[at:]}"
    return f"{text}…" if kind.asks else text


class ResourceFilterDialog(QDialog):
    """Using Resource…: pick the person (or material) whose tasks to show."""

    def __init__(self, names: list[str], current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Using Resource")
        self.people = QComboBox()
        self.people.addItems(names)
        self.people.setCurrentIndex(current)
        form = QFormLayout(self)
        form.addRow("Show tasks using:", self.people)
        form.addRow(ok_cancel(self))
        give_access_keys(self)  # Alt+letter to the field, read by screen readers

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str], current: int = 0) -> int | None:
        """The position of the chosen name in ``names``, or None; tests monkeypatch this."""
        dialog = cls(names, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.people.currentIndex()


class DateRangeFilterDialog(QDialog):
    """Date Range…: the tasks that overlap two days (both included)."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Date Range")
        self.first = day_edit(first)
        self.last = day_edit(last)
        note = QLabel("Shows the tasks that start or finish between the two days, or span them.")
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Show tasks from:", self.first)
        form.addRow("And to:", self.last)
        form.addRow(note)
        self.error = error_label()  # a day typed that cannot be read, said before closing
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        give_access_keys(self)
        self.days: tuple[date, date] | None = None

    def accept(self) -> None:
        """Close with both days read (in order); a day that cannot be read is said here and
        the dialog stays open (OK clicked without leaving the field reads it too)."""
        try:
            a, b = read_day(self.first), read_day(self.last)
        except InputError as exc:
            self.error.setText(str(exc))
            return
        self.days = (a, b) if a <= b else (b, a)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, first: date, last: date) -> tuple[date, date] | None:
        """The two days chosen (in order), or None; tests monkeypatch this."""
        dialog = cls(first, last, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.days


def ask_name_text(parent: QWidget | None, last: str) -> str | None:
    """Task Name Contains…: the text to look for (None: cancelled); tests monkeypatch this."""
    text, ok = QInputDialog.getText(
        parent, "Task Name Contains", "Show tasks whose name contains:", text=last
    )
    return text if ok else None


def ask_hyperlink_text(parent: QWidget | None, last: str) -> str | None:
    """Hyperlink Contains…: the text to look for in the tasks' links (None: cancelled;
    empty: every task with a link); tests monkeypatch this."""
    text, ok = QInputDialog.getText(
        parent,
        "Hyperlink Contains",
        "Show tasks whose hyperlink (text, address or sub-address) contains:",
        text=last,
    )
    return text if ok else None


def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """Two days, both included, as the filter's moments: midnight to the midnight after ``last``."""
    return datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)


class FilterController(QObject):
    """Applies the View > Filter choices of one window to its task sheet."""

    def __init__(self, window: MainWindow, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.setObjectName("filter_controller")
        self.window = window
        self.clock = clock  # "now" for Late Tasks when the project has no status date
        self.current = TaskFilter()
        self._last_text = ""
        self._last_person = 0
        self._last_days: tuple[date, date] | None = None
        self._no_match = ""  # the "No task matches" line this controller last put up
        self.actions: dict[FilterKind, QAction] = {}

    # ------------------------------------------------------------------ menu choices

    def choose(self, kind: FilterKind) -> bool:
        """Apply the filter picked in the menu, asking first if it needs a value; False: not applied."""
        try:
            task_filter = self._ask(kind)
        except AppError as exc:
            self.window.show_error(str(exc))
            task_filter = None
        if task_filter is None:
            self._check(self.current.kind)  # cancelled: the menu shows what is still on
            return False
        return self.apply(task_filter)

    def apply(self, task_filter: TaskFilter) -> bool:
        """Filter the sheet's rows (All Tasks: show every task again); False when refused."""
        window = self.window
        document = window.document
        plan = document.plan
        model = window.model
        if task_filter.is_all:
            model.set_row_filter(None)
        else:
            status = measured_at(plan.project, self.clock())
            try:
                matched = matching_uids(
                    plan,
                    document.schedule,
                    task_filter,
                    status,
                    cell_text=sheet_cells(plan.project),
                )
            except AppError as exc:
                window.show_error(str(exc))
                self._check(self.current.kind)
                return False
            model.set_row_filter(RowFilter(task_filter, matched, plan.tasks))
        self.current = task_filter
        self._check(task_filter.kind)
        bar = window.statusBar()
        if self._no_match and bar.currentMessage() == self._no_match:
            bar.clearMessage()  # said of the filter this one replaces
        self._no_match = ""
        if task_filter.is_all:
            return True
        shown = window.views.get(window.current_view) if hasattr(window, "current_view") else None
        if not getattr(shown, "follows_filter", lambda: False)():  # Task Usage shows it too
            window.show_view("gantt")  # the filter acts on the task sheet
        if not model.shown_uids():
            self._no_match = f"No task matches the filter {task_filter.title(plan)}"
            window.show_error(self._no_match)
        return True

    def reapply(self) -> bool:
        """Run the current filter again, with what it was given (Ctrl+F3)."""
        return self.apply(self.current)

    def show_all(self) -> bool:
        """All Tasks: clear the filter (F3)."""
        return self.apply(TaskFilter())

    # ------------------------------------------------------------------ asking

    def _ask(self, kind: FilterKind) -> TaskFilter | None:
        parent = self.window
        plan = self.window.document.plan
        if kind is FilterKind.USING_RESOURCE:
            people = list(plan.resources)
            if not people:
                raise AppError("There is nobody in the team to filter by (Team view: add people)")
            current = min(self._last_person, len(people) - 1)
            chosen = ResourceFilterDialog.ask(parent, [r.name for r in people], current)
            if chosen is None:
                return None
            self._last_person = chosen
            return TaskFilter(kind, resource_uid=people[chosen].uid)
        if kind is FilterKind.DATE_RANGE:
            first, last = self._last_days or self._project_days()
            days = DateRangeFilterDialog.ask(parent, first, last)
            if days is None:
                return None
            self._last_days = days
            low, high = day_range(*days)
            return TaskFilter(kind, date_from=low, date_to=high)
        if kind is FilterKind.CUSTOM_FIELD:
            asked = CustomFieldFilterDialog.ask(parent, plan)
            if asked is None:
                return None
            name, sought = asked
            if not sought.strip():
                return TaskFilter()  # nothing to look for: every task, as an empty AutoFilter
            return TaskFilter(kind, text=sought.strip(), field=name)
        if kind is FilterKind.HYPERLINK_CONTAINS:  # empty: the tasks with a link
            text = ask_hyperlink_text(parent, self._last_text)
            if text is None:
                return None
            self._last_text = text.strip()
            return TaskFilter(kind, text=self._last_text)
        if kind is FilterKind.NAME_CONTAINS:
            text = ask_name_text(parent, self._last_text)
            if text is None:
                return None
            self._last_text = text.strip()
            if not self._last_text:
                return TaskFilter()  # nothing to look for: every task, as an empty AutoFilter
            return TaskFilter(kind, text=self._last_text)
        return TaskFilter(kind)

    def _project_days(self) -> tuple[date, date]:
        schedule = self.window.document.schedule
        if not self.window.document.plan.tasks:
            today = self.clock().date()
            return today, today
        return schedule.start.date(), schedule.finish.date()

    def _check(self, kind: FilterKind) -> None:
        action = self.actions.get(kind)
        if action is not None:
            action.setChecked(True)


def controller_of(window: QObject) -> FilterController | None:
    """The window's filter controller, once its menu is built."""
    return window.findChild(FilterController, "filter_controller")


def add_filter_actions(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create View > Filter and its actions; returns the submenu's id for the View menu."""
    controller = FilterController(window)
    menu = QMenu("&Filter", window)
    menu.setObjectName("filter_menu")
    group = QActionGroup(window)
    group.setExclusive(True)
    for kind in MENU_ORDER:
        if kind is None:
            menu.addSeparator()
            continue
        action = actions.add(action_id(kind), _menu_text(kind), partial(controller.choose, kind))
        action.setCheckable(True)
        group.addAction(action)
        controller.actions[kind] = action
        menu.addAction(action)
    show_all = controller.actions[FilterKind.ALL]
    show_all.setChecked(True)
    # MS Project's keys: F3 shows all tasks, Ctrl+F3 applies the current filter again.
    # The window holds both too, so they work wherever the focus is in it.
    show_all.setShortcut(QKeySequence("F3"))
    reapply = actions.add("filter_reapply", "&Reapply Filter", controller.reapply, "Ctrl+F3")
    menu.addSeparator()
    menu.addAction(reapply)
    window.addAction(show_all)
    window.addAction(reapply)
    entry = actions.add("filter_menu", "&Filter")
    entry.setMenu(menu)
    return ["filter_menu"]
