"""Insert > Page Break: MS Project's Insert Page Break on the selected rows.

A task given a page break starts a new page when the Gantt prints with Page Setup's
"Manual page breaks" ticked (app/report/page_breaks.py); the sheet draws a dashed line
above its row (app/ui/page_break_line.py). The command puts a break on each selected task
that has none; when every selected task has one, it takes them away (MS Project's Remove
Page Break). One undoable step either way; the plan keeps the breaks (schema v50).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.ui.commands import EditTaskCommand, PlanCommand, execute, one_step
from app.ui.document import Document

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection, Layout
    from app.ui.main_window import MainWindow


def page_break_command(document: Document, uids: list[int]) -> PlanCommand | None:
    """One step that gives each of ``uids`` a page break, or, when all have one, takes them
    away; None when ``uids`` holds no task."""
    plan = document.plan
    tasks = [plan.task(u) for u in uids if plan.has_task(u)]
    if not tasks:
        return None
    on = not all(t.page_break for t in tasks)
    changed = [t for t in tasks if t.page_break != on]
    verb = "Insert page break above" if on else "Remove page break above"
    parts: list[PlanCommand] = [
        EditTaskCommand(document, t.uid, f"{verb} {quoted(t.name)}", page_break=on) for t in changed
    ]
    if len(parts) == 1:
        return parts[0]
    return one_step(document, f"{verb} {len(parts)} tasks", parts)


def toggle_page_break(window: MainWindow) -> None:
    """Insert > Page Break on the selected tasks (or the current one)."""
    uids = window.tree.selected_uids()
    if not uids:
        current = window.tree.current_uid()
        uids = [] if current is None else [current]
    command = page_break_command(window.document, uids)
    if command is None:
        window.show_error("Select the task to start a new page at first")
        return
    try:
        execute(window.document, command)
    except AppError as exc:
        window.show_error(str(exc))
    window.tree.viewport().update()  # the dashed line


def remove_all_page_breaks(window: MainWindow) -> None:
    """Insert > Remove All Page Breaks: every task's, one undoable step."""
    plan: Plan = window.document.plan
    uids = [t.uid for t in plan.tasks if t.page_break]
    if not uids:
        window.show_error("No task has a page break")
        return
    toggle = page_break_command(window.document, uids)
    assert toggle is not None
    try:
        execute(window.document, toggle)
    except AppError as exc:
        window.show_error(str(exc))
    window.tree.viewport().update()


def add_page_break_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Insert's Page Break and Remove All Page Breaks (also on the sheet's right-click menu)."""
    actions.add(
        "page_break",
        "Page &Break",
        lambda: toggle_page_break(window),
        tip="Start a new printed page at the selected task (again: remove its page break); "
        "printed while Page Setup's 'Manual page breaks' is ticked",
        editing=True,
    )
    actions.add(
        "remove_page_breaks",
        "Remove &All Page Breaks",
        lambda: remove_all_page_breaks(window),
        tip="Take every task's page break away",
        editing=True,
    )
    return ["page_break", "remove_page_breaks"]
