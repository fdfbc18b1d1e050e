"""Every action of a main window, built in one place with stable snake_case ids.

One function per menu creates that menu's actions and returns its layout
(action ids in order, ``None`` for a separator). To add an item, add it to
the function of its menu. Actions whose code is not in this checkout are not
created, so no menu item does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.action_collection import ActionCollection as ActionCollection  # re-exported
from app.ui.action_collection import Layout as Layout  # re-exported
from app.ui.action_collection import available
from app.ui.icons import icon
from app.ui.view_actions import VIEWS as VIEWS  # re-exported: main_window
from app.ui.view_actions import resource_actions, view_actions
from app.ui.window_menu import follow_windows, window_actions

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

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
    if available("app.ui.printing.cash_flow_dialog"):
        actions.add(
            "cash_flow",
            "Cash F&low…",
            partial(_cash_flow, window),
            tip="Each task's cost per week, month or quarter, with the running total",
        )
        layout += ["cash_flow", None]
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

    window.end_open_edit()  # what is typed in, and Automatic leveling still to come
    if preview:
        status_report.preview_status_report(window, window.document)
    else:
        status_report.export_status_report(window, window.document)


def _cash_flow(window: MainWindow) -> None:
    """File > Cash Flow… (app/ui/printing/cash_flow_dialog.py)."""
    from app.ui.printing.cash_flow_dialog import show_cash_flow

    window.end_open_edit()  # the figures leveled (Automatic), with what is typed in
    show_cash_flow(window, window.document)


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
        "&Indent",
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
        "Move &Up",
        window.move_tasks_up,
        "Alt+Shift+Up",
        icon_name="move-up",
        tip="Move the selected tasks above the task before them",
    )
    add(
        "move_down",
        "Move &Down",
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
    # Edit holds more commands than their names have letters (24 for 21): the outline's four
    # sit in Edit > Outline, as MS Project kept them in a submenu (Project > Outline).
    outline = QMenu("&Outline", window)
    outline.setObjectName("edit_outline_menu")
    moves = [actions[i] for i in ("indent_task", "outdent_task", "move_up", "move_down")]
    outline.addActions(moves)
    window.addActions(moves)  # their keys work with the submenu closed
    actions.add(
        "edit_outline", "&Outline", tip="Indent, outdent or move the selected tasks"
    ).setMenu(outline)
    splits = split_actions(window, actions)
    cut = QKeySequence.StandardKey.Cut
    add(
        "cut_tasks",
        "Cut T&asks",
        window.cut_tasks,
        cut,
        tip="Cut the selected cells (on the ID or Task Name: the tasks)",
    )
    actions.add(
        "copy_tasks",
        "&Copy Tasks",
        window.copy_tasks,
        QKeySequence.StandardKey.Copy,
        tip="Copy the selected cells for a spreadsheet (on the ID or Task Name: the tasks)",
    )
    add(
        "paste_tasks",
        "&Paste Tasks",
        window.paste_tasks,
        QKeySequence.StandardKey.Paste,
        tip="Paste into the cells from the current one (on the ID or Task Name: insert tasks)",
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
        "&Find…",
        window.find_task,
        QKeySequence.StandardKey.Find,
        tip="Find a task by a field: name, people, notes, WBS, a date or duration...",
    )
    # MS Project's Replace (Ctrl+H), in the same dialog as Find.
    add(
        "replace_task",
        "R&eplace…",
        window.replace_task,
        "Ctrl+H",
        tip="Replace a text or value in a field of the tasks that hold it",
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
    # Find Next's keys the other way: Ctrl+Shift+G as on desktops, Ctrl added to Shift+F4.
    find_previous = actions.add(
        "find_previous",
        "Find Pre&vious",
        window.find_previous,
        "Ctrl+Shift+G",
        tip="Go to the task before this one that the last Find matched",
    )
    find_previous.setShortcuts([QKeySequence("Ctrl+Shift+G"), QKeySequence("Ctrl+Shift+F4")])
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
    from app.ui.dialogs.working_time_people import selected_person

    actions.add(  # on the Team view, on the selected person's calendar (as MS Project)
        "change_working_time",
        "C&hange Working Time…",
        lambda: change_working_time(window.document, window, selected_person(window)),
        tip="Working week, non-working days and new calendars; on the Team view, the"
        " selected person's",
        editing=True,
    )
    return [
        "undo",
        "redo",
        None,
        "insert_task",
        *recurring,
        "delete_task",
        "edit_outline",
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
        "replace_task",
        "find_next",
        "find_previous",
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
    """Copy Picture… of the Gantt chart, beside Copy Tasks (as MS Project's Edit menu had it).

    Its drawing code loads when it is first used (app/ui/gantt/copy_picture_action.py).
    """
    if not available("app.ui.gantt.copy_picture"):
        return []
    from app.ui.gantt.copy_picture_action import add_copy_picture_action

    return [add_copy_picture_action(window, actions)]


def insert_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Insert: task hyperlinks (app/ui/dialogs/hyperlink_actions.py), page breaks
    (app/ui/page_break_command.py)."""
    from app.ui.page_break_command import add_page_break_actions

    breaks = add_page_break_actions(window, actions)
    if not available("app.ui.dialogs.hyperlink_actions"):
        return breaks
    from app.ui.dialogs.hyperlink_actions import insert_actions as add_hyperlink_actions

    return [*add_hyperlink_actions(window, actions), None, *breaks]


def format_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Format: Task Path, where MS Project has it (app/ui/gantt/task_path.py), Progress Lines
    (app/ui/dialogs/progress_lines_dialog.py), Insert/Hide Column (app/ui/column_actions.py)
    and Field Settings (app/ui/field_settings.py)."""
    from app.ui.column_actions import add_column_actions
    from app.ui.field_settings import add_field_settings_action

    fields = [*add_column_actions(window, actions), *add_field_settings_action(window, actions)]
    if available("app.ui.dialogs.progress_lines_dialog"):
        from app.ui.dialogs.progress_lines_dialog import add_progress_lines_action

        fields = [*add_progress_lines_action(window, actions), *fields]
    if not available("app.ui.gantt.task_path"):
        return fields
    from app.ui.gantt.task_path import add_task_path_actions

    return [*add_task_path_actions(window, actions), None, *fields]


def help_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Help: the user guide (F1) and its keyboard table (app/ui/help_window.py), about."""
    layout: Layout = []
    if available("app.ui.help_window"):
        from app.ui.help_window import add_help_actions

        layout = add_help_actions(window, actions)
    actions.add(
        "about", "&About Gantry", window.about, tip="Gantry's version and what it is built with"
    )
    return [*layout, "about"]


MENUS: list[tuple[str, Callable[[MainWindow, ActionCollection], Layout]]] = [
    ("&File", file_actions),
    ("&Edit", edit_actions),
    ("&Project", project_actions),
    ("&View", view_actions),
    ("F&ormat", format_actions),
    ("&Insert", insert_actions),  # after Format: Project sits after Edit, Format after View
    # MS Project's Resource tab: the Team view's commands, where MS Project 2003 had Tools
    ("&Resource", resource_actions),
    ("&Window", window_actions),  # the open plans, Ctrl+F6, Arrange All (app/ui/window_menu.py)
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
        if make is window_actions:
            follow_windows(window, menu)  # its list of open plans, filled as it opens
    return actions
