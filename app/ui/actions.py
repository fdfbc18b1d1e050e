"""Every action of a main window, built in one place with stable snake_case ids.

One function per menu creates that menu's actions and returns its layout
(action ids in order, ``None`` for a separator). To add an item, add it to
the function of its menu. Actions whose code is not in this checkout are not
created, so no menu item does nothing.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

Layout = list[str | None]
Shortcut = QKeySequence.StandardKey | str | None


def available(module: str) -> bool:
    """Whether a module (another view or dialog) exists in this checkout."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
    except ValueError:  # already imported without a spec (a test double)
        return True


class ActionCollection:
    """The actions of one window by id; editing actions switch off for read-only files."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        self._editing: set[str] = set()
        # editing actions that are also off while their condition says so (Undo: nothing to undo)
        self._conditions: dict[str, Callable[[], bool]] = {}

    def add(
        self,
        action_id: str,
        text: str,
        slot: Callable[[], object] | None = None,
        shortcut: Shortcut = None,
        *,
        tip: str = "",
        editing: bool = False,
        icon_name: str = "",
    ) -> QAction:
        """Create an action (``editing``: it changes the plan)."""
        action = QAction(text, self._parent)
        action.setObjectName(action_id)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return self.put(action_id, action, editing=editing)

    def put(
        self,
        action_id: str,
        action: QAction,
        *,
        editing: bool = False,
        available: Callable[[], bool] | None = None,
    ) -> QAction:
        """Register an action made elsewhere (undo/redo come from the undo stack).

        ``available``: for an action that enables itself (Undo follows its stack),
        what it says; switching read-only off then leaves it as that says.
        """
        if action_id in self._actions:
            raise ValueError(f"duplicate action id {action_id}")
        action.setObjectName(action_id)
        self._actions[action_id] = action
        if editing:
            self._editing.add(action_id)
        if available is not None:
            self._conditions[action_id] = available
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def ids(self) -> list[str]:
        """All action ids, in creation order."""
        return list(self._actions)

    def set_read_only(self, read_only: bool) -> None:
        """Switch the editing actions off (or on again)."""
        for action_id in self._editing:
            condition = self._conditions.get(action_id)
            on = not read_only and (condition is None or condition())
            self._actions[action_id].setEnabled(on)


# ---------------------------------------------------------------------- menus


def file_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """File: new, open, recent, import/export, copies, printing, close, quit."""
    actions.add(
        "new_plan",
        "&New…",
        window.new_plan,
        QKeySequence.StandardKey.New,
        tip="Start an empty plan in a new file",
    )
    actions.add(
        "open_plan",
        "&Open…",
        window.open_plan,
        QKeySequence.StandardKey.Open,
        tip="Open a plan: Gantry, MS Project (.mpp, .xml), Excel, GanttProject, CSV",
    )
    recent = actions.add("open_recent", "Open &Recent", tip="Open one of the plans opened lately")
    recent.setMenu(QMenu("Open &Recent", window))
    layout: Layout = ["new_plan", "open_plan", "open_recent", None]
    if available("app.ui.exchange.actions"):
        actions.add(
            "import_plan",
            "&Import…",
            window.import_plan,
            "Ctrl+I",
            tip="Review a client's edited workbook into this plan, or open another file as a new plan",
        )
        actions.add(
            "export_plan",
            "&Export…",
            window.export_plan,
            "Ctrl+E",
            tip="Write a client workbook or CSV of this plan",
        )
        layout += ["import_plan", "export_plan"]
    actions.add(
        "save_plan",
        "&Save",
        window.save_plan,
        QKeySequence.StandardKey.Save,
        tip="Every change is already in the file; a plan without one is saved as a copy",
    )
    save_as = actions.add(
        "save_copy_as",
        "Save a Cop&y As…",
        window.save_copy_as,
        tip="Write a copy in any format (MS Project XML, Excel, PDF...); this window stays on its file",
    )
    # F12 is MS Project's (and Office's) Save As; Ctrl+Shift+S the desktop's.
    save_as.setShortcuts([QKeySequence("Ctrl+Shift+S"), QKeySequence("F12")])
    layout += ["save_plan", "save_copy_as"]
    if available("app.ui.dialogs.read_notes_dialog"):  # on once a read or write said something
        notes = actions.add(
            "file_notes",
            "Notes on Open &and Save…",
            window.file_notes,
            tip="What Gantry left out or changed when it read or wrote a file for this plan",
        )
        notes.setEnabled(False)
        layout.append("file_notes")
    layout.append(None)
    if available("app.ui.printing.actions"):
        actions.add(
            "page_setup",
            "Page Set&up…",
            window.page_setup,
            tip="Paper, date range, pages wide and tall, columns, header and footer",
        )
        actions.add(
            "print_preview",
            "Print Pre&view…",
            window.print_preview,
            tip="See the printed pages before printing",
        )
        actions.add(
            "print",
            "&Print…",
            window.print_document,
            QKeySequence.StandardKey.Print,
            tip="Print the current view",
        )
        actions.add(
            "export_pdf",
            "Export P&DF…",
            window.export_pdf,
            tip="Write the current view as a PDF, laid out as Page Setup says",
        )
        layout += ["page_setup", "print_preview", "print", "export_pdf", None]
    if available("app.ui.printing.status_report"):
        actions.add(
            "status_report",
            "S&tatus Report…",
            partial(_status_report, window, False),
            tip="Write a status report for stakeholders as a PDF",
        )
        actions.add(
            "status_preview",
            "Status Report Previe&w…",
            partial(_status_report, window, True),
            tip="See the status report before writing it",
        )
        layout += ["status_report", "status_preview", None]
    actions.add(
        "close_window",
        "&Close",
        window.close,
        QKeySequence.StandardKey.Close,
        tip="Close this plan's window (its changes are in its file already)",
    )
    actions.add(
        "quit",
        "&Quit",
        window.quit_application,
        QKeySequence.StandardKey.Quit,
        tip="Close every window and leave Gantry",
    )
    return [*layout, "close_window", "quit"]


def _status_report(window: MainWindow, preview: bool) -> None:
    """File > Status Report (a PDF) or its preview (app/ui/printing/status_report.py)."""
    from app.ui.printing import status_report

    if preview:
        status_report.preview_status_report(window, window.document)
    else:
        status_report.export_status_report(window, window.document)


def edit_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Edit: undo/redo, task outline and links, task information (the project's: Project menu)."""
    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    for action, step in ((undo, stack.undo), (redo, stack.redo)):
        action.triggered.disconnect()  # the stack's own: an open cell editor is closed first
        action.triggered.connect(partial(window.undo_after_editor, step))
    undo.setIcon(icon("undo"))
    undo.setStatusTip("Take back the last change to the plan")
    redo.setStatusTip("Make again the change just taken back")
    redo.setIcon(icon("redo"))
    # Not simply on when the file is writable: they follow what the stack can undo and redo.
    actions.put("undo", undo, editing=True, available=stack.canUndo)
    actions.put("redo", redo, editing=True, available=stack.canRedo)
    add = partial(actions.add, editing=True)
    add(
        "insert_task",
        "&Insert Task",
        window.insert_task,
        "Ins",
        icon_name="insert",
        tip="A new task above the current row, at its outline level",
    )
    recurring = recurring_actions(window, actions)
    add(
        "delete_task",
        "&Delete Task",
        window.delete_tasks,
        "Del",
        icon_name="delete",
        tip="Delete the selected tasks (a summary with its subtasks) and their links",
    )
    add(
        "indent_task",
        "Ind&ent",
        window.indent_tasks,
        "Alt+Shift+Right",
        icon_name="indent",
        tip="Make the selected tasks subtasks of the task above",
    )
    add(
        "outdent_task",
        "&Outdent",
        window.outdent_tasks,
        "Alt+Shift+Left",
        icon_name="outdent",
        tip="Move the selected tasks one outline level up",
    )
    add(
        "move_up",
        "&Move Up",
        window.move_tasks_up,
        "Alt+Shift+Up",
        icon_name="move-up",
        tip="Move the selected tasks above the task before them",
    )
    add(
        "move_down",
        "Mo&ve Down",
        window.move_tasks_down,
        "Alt+Shift+Down",
        icon_name="move-down",
        tip="Move the selected tasks below the task after them",
    )
    add(
        "link_tasks",
        "&Link Tasks",
        window.link_tasks,
        "Ctrl+F2",
        icon_name="link",
        tip="Link the selected tasks finish-to-start, in their order",
    )
    add(
        "unlink_tasks",
        "U&nlink Tasks",
        window.unlink_tasks,
        "Ctrl+Shift+F2",
        icon_name="unlink",
        tip="Remove the links between the selected tasks (one task: all its links)",
    )
    splits = split_actions(window, actions)
    cut = QKeySequence.StandardKey.Cut
    add(
        "cut_tasks",
        "Cut T&asks",
        window.cut_tasks,
        cut,
        tip="Copy the selected tasks, then delete them",
    )
    actions.add(
        "copy_tasks",
        "&Copy Tasks",
        window.copy_tasks,
        QKeySequence.StandardKey.Copy,
        tip="Copy the selected tasks, to paste here, in another plan or in a spreadsheet",
    )
    add(
        "paste_tasks",
        "&Paste Tasks",
        window.paste_tasks,
        QKeySequence.StandardKey.Paste,
        tip="Insert the copied tasks above the current row",
    )
    add(
        "fill_down",
        "Fill Do&wn",
        window.fill_down,
        "Ctrl+D",
        tip="Copy the top selected cell's value into the cells below it",
    )
    picture = copy_picture_actions(window, actions)
    actions.add(
        "find_task",
        "&Find Task…",
        window.find_task,
        QKeySequence.StandardKey.Find,
        tip="Go to the next task whose name holds a text",
    )
    # Not F3 (the standard Find Next key): F3 is MS Project's "show all tasks" (View > Filter).
    find_next = actions.add(
        "find_next",
        "Find Ne&xt",
        window.find_next,
        "Shift+F4",
        tip="Go to the next task the last Find matched",
    )
    find_next.setShortcuts([QKeySequence("Shift+F4"), QKeySequence("Ctrl+G")])
    # MS Project's Go To (an ID)
    actions.add("go_to", "&Go To…", window.go_to, "F5", tip="Go to the task with an ID")
    actions.add(
        "task_information",
        "&Task Information…",
        window.task_information,
        "Shift+F2",
        tip="Every field of the current task: dates, links, people, costs, notes",
    )
    actions.add(
        "project_information",
        "Pro&ject Information…",
        window.project_information,
        tip="The project's start, calendar, currency, status date and properties",
    )
    from app.ui.dialogs.working_time_dialog import change_working_time

    actions.add(
        "change_working_time",
        "C&hange Working Time…",
        lambda: change_working_time(window.document, window),
        tip="Working week, non-working days and new calendars",
        editing=True,
    )
    return [
        "undo",
        "redo",
        None,
        "insert_task",
        *recurring,
        "delete_task",
        None,
        "indent_task",
        "outdent_task",
        "move_up",
        "move_down",
        None,
        "link_tasks",
        "unlink_tasks",
        *splits,
        None,
        "cut_tasks",
        "copy_tasks",
        "paste_tasks",
        "fill_down",
        *picture,
        "find_task",
        "find_next",
        "go_to",
        None,
        "task_information",
    ]


def project_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Project: information, baseline, leveling, status date, Update Project (as MS Project)."""
    if not available("app.ui.project_menu"):
        return ["project_information"]
    from app.ui.project_menu import add_project_actions

    return add_project_actions(window, actions)


VIEWS: list[tuple[str, str]] = [
    ("gantt", "&Gantt Chart"),
    ("team", "&Team"),
    ("budget", "&Budget"),
    ("risks", "&Risks"),
    ("usage", "&Usage"),
]
# What each view is, in the words of MS Project's View tab (shown in the status bar).
VIEW_TIPS: dict[str, str] = {
    "gantt": "Tasks and their bars: MS Project's Gantt Chart",
    "team": "The team roster, its assignments and workload: MS Project's Resource Sheet",
    "budget": "Budget, baseline and actual costs, earned value: MS Project's Cost table and reports",
    "risks": "The risk register: probability, impact, owner, mitigation, linked tasks",
    "usage": "Work per person or per task over time: MS Project's Resource Usage and Task Usage",
}


def view_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View: the views (one checked at a time), then the chart's own toggles."""
    group = QActionGroup(window)
    group.setExclusive(True)
    layout: Layout = []
    for n, (name, text) in enumerate(VIEWS, start=1):
        action = actions.add(
            f"view_{name}",
            text,
            partial(window.show_view, name),
            f"Ctrl+{n}",
            tip=VIEW_TIPS.get(name, ""),
        )
        action.setCheckable(True)
        action.setIcon(icon(f"view-{name}"))
        group.addAction(action)
        layout.append(f"view_{name}")
        if name == "gantt":
            layout += tracking_gantt_actions(window, actions)  # MS Project's, under Gantt Chart
    layout.append(None)
    show = window.show_outline_level
    every = actions.add(
        "show_all_subtasks",
        "Show &All Subtasks",
        partial(show, None),
        tip="Unfold every summary task",
    )
    every.setShortcut(QKeySequence("Alt+Shift+*"))
    # MS Project's outline keys: Alt+Shift+minus hides, Alt+Shift+plus (or =) shows.
    hide = actions.add(
        "hide_subtasks",
        "&Hide Subtasks",
        lambda: window.tree.fold_selected(False),
        tip="Fold the selected summary tasks",
    )
    hide.setShortcut(QKeySequence("Alt+Shift+-"))
    unfold = actions.add(
        "show_subtasks",
        "Show &Subtasks",
        lambda: window.tree.fold_selected(True),
        tip="Unfold the selected summary tasks",
    )
    unfold.setShortcuts([QKeySequence("Alt+Shift+="), QKeySequence("Alt+Shift++")])
    # Under View > Outline as MS Project keeps them: View has more items than letters.
    outline = QMenu("&Outline", window)
    outline.setObjectName("outline_menu")
    outline.addActions([hide, unfold, every])
    window.addActions([hide, unfold, every])  # their keys work with the submenu closed
    outline.addSeparator()
    for level in range(1, 10):  # MS Project's Show > Outline Level offers 1 to 9
        outline.addAction(
            actions.add(
                f"outline_level_{level}",
                f"Outline Level &{level}",
                partial(show, level),
                tip=f"Show the tasks down to outline level {level}",
            )
        )
    actions.add("view_outline", "&Outline", tip="Fold and unfold the outline").setMenu(outline)
    layout.append("view_outline")
    filters = table_actions(window, actions)
    filters += filter_actions(window, actions) + sort_actions(window, actions)
    filters += group_actions(window, actions)
    extra = gantt_actions(window, actions)
    return layout + ([None, *filters] if filters else []) + ([None, *extra] if extra else [])


def table_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Tables: MS Project's sets of sheet columns (app/ui/table_menu.py)."""
    if not available("app.ui.table_menu"):
        return []
    from app.ui.table_menu import add_table_actions

    return add_table_actions(window, actions)


def tracking_gantt_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Tracking Gantt: the Gantt with the Tracking table and baseline bars."""
    if not available("app.ui.gantt.toggles"):
        return []
    from app.ui.gantt.toggles import add_tracking_gantt_action

    return add_tracking_gantt_action(window, actions)


def filter_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Filter: MS Project's built-in task filters (app/ui/filter_menu.py)."""
    if not available("app.ui.filter_menu"):
        return []
    from app.ui.filter_menu import add_filter_actions

    return add_filter_actions(window, actions)


def sort_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Sort: MS Project's task sorts and Sort By… (app/ui/sort_menu.py)."""
    if not available("app.ui.sort_menu"):
        return []
    from app.ui.sort_menu import add_sort_actions

    return add_sort_actions(window, actions)


def group_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Group by: MS Project's task groupings (app/ui/group_menu.py)."""
    if not available("app.ui.group_menu"):
        return []
    from app.ui.group_menu import add_group_actions

    return add_group_actions(window, actions)


def gantt_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Toggles and zoom of the Gantt chart (the chart's engineer adds them here)."""
    if not available("app.ui.gantt.toggles"):
        return []
    from app.ui.gantt.toggles import add_gantt_actions

    return add_gantt_actions(window, actions)


def recurring_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Recurring Task…, beside Insert Task (MS Project's Task tab, Insert group)."""
    if not available("app.ui.dialogs.recurring_dialog"):
        return []
    from app.ui.dialogs.recurring_dialog import add_recurring_action

    return add_recurring_action(window, actions)


def split_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Split Task… and Remove Splits, beside the links (MS Project's Task tab, Schedule group)."""
    if not available("app.ui.dialogs.split_dialog"):
        return []
    from app.ui.dialogs.split_dialog import add_split_actions

    return add_split_actions(window, actions)


def copy_picture_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Copy Picture… of the Gantt chart, beside Copy Tasks (as MS Project's Edit menu had it)."""
    if not available("app.ui.gantt.copy_picture"):
        return []
    from app.ui.gantt.copy_picture import add_copy_picture_action

    return [add_copy_picture_action(window, actions)]


def insert_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Insert: task hyperlinks (app/ui/dialogs/hyperlink_actions.py)."""
    if not available("app.ui.dialogs.hyperlink_actions"):
        return []
    from app.ui.dialogs.hyperlink_actions import insert_actions as add_hyperlink_actions

    return add_hyperlink_actions(window, actions)


def format_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Format: Task Path, where MS Project has it (app/ui/gantt/task_path.py)."""
    if not available("app.ui.gantt.task_path"):
        return []
    from app.ui.gantt.task_path import add_task_path_actions

    return add_task_path_actions(window, actions)


def help_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Help: about."""
    actions.add(
        "about", "&About Gantry", window.about, tip="Gantry's version and what it is built with"
    )
    return ["about"]


MENUS: list[tuple[str, Callable[[MainWindow, ActionCollection], Layout]]] = [
    ("&File", file_actions),
    ("&Edit", edit_actions),
    ("&Project", project_actions),
    ("&View", view_actions),
    ("F&ormat", format_actions),
    ("&Insert", insert_actions),  # after Format: Project sits after Edit, Format after View
    ("&Help", help_actions),
]


def build_actions(window: MainWindow, menu_bar: QMenuBar) -> ActionCollection:
    """Create every action of ``window`` and lay them out in its menu bar."""
    actions = ActionCollection(window)
    for title, make in MENUS:
        layout = make(window, actions)
        menu = menu_bar.addMenu(title)
        menu.setObjectName(title.replace("&", "").lower() + "_menu")
        for action_id in layout:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[action_id])
    return actions
