"""View > Sort: MS Project's task sorts on the task sheet (and so the Gantt chart and printouts).

Picking a sort works out each task's place once (app.domain.sorting) and
hands the sheet a :class:`RowSort`; the chart and printing draw the sheet's
rows, so they follow. As in MS Project the sort is not run again after each
edit (an edited row stays put): Ctrl+Shift+F3 sorts again, Shift+F3 goes
back to sort by ID. The menu's built-in sorts keep the outline structure;
Sort By… (a dialog, :class:`~app.ui.dialogs.sort_dialog.SortDialog`) takes up
to three keys, can list tasks without their summaries, and can renumber the
tasks for good (the plan's order changes, one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from app.domain.errors import AppError
from app.domain.sorting import SortField, SortKey, TaskSort, arrange, sort_ranks
from app.ui.commands import execute
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.models.task_model_earned import sheet_now
from app.ui.models.task_rows import RowSort
from app.ui.outline_commands import MoveTasksCommand

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow

# The built-in sorts of MS Project's View > Sort menu (Priority and Cost: highest first),
# and the other fields a PM sorts a Gantt by. (action id, menu text, key)
PRESETS: tuple[tuple[str, str, SortKey | None], ...] = (
    ("sort_by_id", "by &ID", None),
    ("sort_by_start", "by &Start Date", SortKey(SortField.START)),
    ("sort_by_finish", "by &Finish Date", SortKey(SortField.FINISH)),
    ("sort_by_priority", "by &Priority", SortKey(SortField.PRIORITY, descending=True)),
    ("sort_by_cost", "by &Cost", SortKey(SortField.COST, descending=True)),
    ("sort_by_duration", "by &Duration", SortKey(SortField.DURATION)),
    ("sort_by_name", "by &Name", SortKey(SortField.NAME)),
    ("sort_by_total_slack", "by &Total Slack", SortKey(SortField.TOTAL_SLACK)),
)


class SortController(QObject):
    """Applies the View > Sort choices of one window to its task sheet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sort_controller")
        self.window = window
        self.current = TaskSort()
        self.renumber = False  # the dialog's "Permanently renumber tasks", as last left
        self.actions: dict[str, QAction] = {}
        self._followed: set[int] = set()  # the Usage views whose mode the menu follows
        self.label = QLabel()  # "Sort: Start" in the status bar while a sort is on
        self.label.setObjectName("status_sort")
        self.label.setVisible(False)
        # Built before the window's own labels: the first, just left of the filter's.
        window.statusBar().addPermanentWidget(self.label)
        window.stack.currentChanged.connect(self._on_view_shown)

    # ------------------------------------------------------------------ menu choices

    def sort_by(self, key: SortKey | None) -> None:
        """A built-in sort of the menu (None: by ID), the outline kept as last chosen."""
        keys = () if key is None else (key,)
        self.apply(TaskSort(keys, self._current().keep_outline if keys else True))

    def sort_by_dialog(self) -> bool:
        """Sort By…: ask, then sort (and renumber when asked); False when cancelled."""
        chosen = SortDialog.ask(self.window, SortChoice(self._current(), self.renumber))
        if chosen is None:
            return False
        self.renumber = chosen.renumber
        if chosen.renumber and not chosen.task_sort.is_id:
            return self.renumber_tasks(chosen.task_sort)
        self.apply(chosen.task_sort)
        return True

    def apply(self, task_sort: TaskSort) -> None:
        """List the sheet's rows in this sort's order, as the plan is now (by ID: plan order)."""
        window = self.window
        shown = self._sorted_view()
        if shown is not None:  # Task Usage shown: its own sort, the sheet's kept
            shown.set_task_sort(task_sort)
            self._show(task_sort)
            return
        model = window.model
        if task_sort.is_id:
            model.set_row_sort(None)
        else:
            model.set_row_sort(RowSort(task_sort, self._ranks(task_sort)))
        self.current = task_sort
        self._show(task_sort)
        if not task_sort.is_id:
            window.show_view("gantt")  # the sort acts on the task sheet

    def resort(self) -> None:
        """Sort again by the current keys, placing edited and added tasks (Ctrl+Shift+F3)."""
        self.apply(self._current())

    def sort_by_id(self) -> None:
        """Back to the plan's order (Shift+F3)."""
        self.apply(TaskSort())

    def renumber_tasks(self, task_sort: TaskSort) -> bool:
        """Make the sorted order the plan's order (new IDs), one undo step; then sort by ID."""
        window = self.window
        document = window.document
        if document.read_only:
            window.show_error("The plan is read-only: its tasks cannot be renumbered")
            return False
        plan = document.plan
        order = [t.uid for t in arrange(plan.tasks, self._ranks(task_sort), keep_outline=True)]
        if order != [t.uid for t in plan.tasks]:
            title = task_sort.title(plan.project.custom_fields)
            command = MoveTasksCommand(document, order, f"Sort tasks by {title}")
            try:
                execute(document, command)
            except AppError as exc:
                window.show_error(str(exc))
                return False
        self.apply(TaskSort())
        return True

    # ------------------------------------------------------------------ helpers

    def _sorted_view(self) -> Any:
        """The view shown when it takes View > Sort itself (Task Usage), else None."""
        shown = self.window.stack.currentWidget()
        return shown if getattr(shown, "takes_sort", lambda: False)() else None

    def _on_view_shown(self) -> None:
        """Another view shown (or Usage switched between Task and Resource Usage): the
        status bar and the menu say the sort View > Sort acts on now (Task Usage's own,
        else the sheet's)."""
        follow_mode(self._followed, self.window.stack.currentWidget(), self._on_view_shown)
        self._show(self._current())

    def _current(self) -> TaskSort:
        """The sort of what View > Sort acts on now: Task Usage's, or the sheet's."""
        shown = self._sorted_view()
        return self.current if shown is None else shown.task_sort()

    def _ranks(self, task_sort: TaskSort) -> dict[int, int]:
        document = self.window.document
        costs = getattr(document, "costs", None)
        return sort_ranks(
            document.plan,
            document.schedule,
            task_sort,
            costs,  # the cost report: its costs, and the tracking fields' figures
            sheet_now(),  # earned value at the date the sheet's columns show it
        )

    def _show(self, task_sort: TaskSort) -> None:
        self.label.setVisible(not task_sort.is_id)
        outline = "" if task_sort.keep_outline else " (no summaries)"
        fields = self.window.document.plan.project.custom_fields  # "Sort: Points", not Number1
        self.label.setText(f"Sort: {task_sort.title(fields)}{outline}")
        preset = _preset_id(task_sort)
        for action_id, action in self.actions.items():
            action.setChecked(action_id == preset)


def follow_mode(followed: set[int], view: QObject | None, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever ``view`` (the Usage view) switches between Task and Resource
    Usage, which changes what View > Sort and Group by act on; ``followed``: the views
    followed already (by id), each followed once."""
    signal = getattr(view, "sig_mode_changed", None)
    if view is None or signal is None:
        return
    if id(view) not in followed:
        followed.add(id(view))
        signal.connect(slot)


def _preset_id(task_sort: TaskSort) -> str | None:
    """The menu item that stands for a sort (None: a sort of the dialog's)."""
    if task_sort.is_id:
        return "sort_by_id"
    if len(task_sort.keys) != 1:
        return None
    for action_id, _text, key in PRESETS:
        if key == task_sort.keys[0]:
            return action_id
    return None


def controller_of(window: QObject) -> SortController | None:
    """The window's sort controller, once its menu is built."""
    return window.findChild(SortController, "sort_controller")


def add_sort_actions(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create View > Sort and its actions; returns the submenu's id for the View menu."""
    controller = SortController(window)
    menu = QMenu("&Sort", window)
    menu.setObjectName("sort_menu")
    group = QActionGroup(window)
    group.setExclusive(False)  # a dialog's sort checks none of them
    for action_id, text, key in PRESETS:
        action = actions.add(action_id, text, partial(controller.sort_by, key))
        action.setCheckable(True)
        group.addAction(action)
        controller.actions[action_id] = action
        menu.addAction(action)
    controller.actions["sort_by_id"].setChecked(True)
    menu.addSeparator()
    sort_by = actions.add("sort_by_dialog", "Sort &By…", controller.sort_by_dialog)
    menu.addAction(sort_by)
    # MS Project's keys: Shift+F3 resets the sort to ID, Ctrl+Shift+F3 sorts again.
    by_id = controller.actions["sort_by_id"]
    by_id.setShortcut(QKeySequence("Shift+F3"))
    again = actions.add("sort_again", "Sort &Again", controller.resort, "Ctrl+Shift+F3")
    menu.addAction(again)
    window.addAction(by_id)
    window.addAction(again)
    entry = actions.add("sort_menu", "&Sort")
    entry.setMenu(menu)
    return ["sort_menu"]
