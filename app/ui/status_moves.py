"""Project > Move to Status Date: Incomplete Parts and Completed Parts (MS Project 2013's Task
> Move, beside Mark on Track, which this window keeps in the Project menu too).

Each acts on the selected tasks (else the current one; a summary stands for its subtasks)
at the status date (else the end of today, as Mark on Track), by the rules of
app/domain/status_moves.py, as one undo step; the status bar says what moved or why
nothing did.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from app.domain.errors import AppError
from app.domain.mark_on_track import status_moment
from app.domain.plural_words import counted, noun
from app.domain.status_moves import completed_parts_to_status, incomplete_parts_to_status
from app.domain.task import ConstraintType
from app.domain.tracking import dropped_actual_starts, dropped_starts_note
from app.ui.commands import CompositeCommand, EditTaskCommand, execute

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.domain.tracking import ProgressUpdate
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow

_MESSAGE_MS = 8000
MOVE_IDS = ("move_incomplete_to_status", "move_completed_to_status")


def add_status_move_actions(window: MainWindow, actions: ActionCollection) -> str:
    """Create the two actions and their submenu; returns the submenu's action id."""
    actions.add(
        MOVE_IDS[0],
        "&Incomplete Parts to Status Date",
        lambda: move_to_status(window, completed=False),
        tip="The selected tasks' work due before the status date and not done moves after it "
        "(a task under way is split at its progress)",
        editing=True,
    )
    actions.add(
        MOVE_IDS[1],
        "&Completed Parts to Status Date",
        lambda: move_to_status(window, completed=True),
        tip="The selected tasks' work recorded as done after the status date moves back to "
        "end at it",
        editing=True,
    )
    menu = QMenu("Mo&ve to Status Date", window)
    menu.setObjectName("move_to_status_menu")
    menu.addActions([actions[i] for i in MOVE_IDS])
    actions.add(
        "move_to_status",
        "Mo&ve to Status Date",
        tip="Move the selected tasks' incomplete or completed parts to the status date",
        editing=True,
    ).setMenu(menu)
    return "move_to_status"


def move_to_status(window: MainWindow, completed: bool, today: date | None = None) -> None:
    """Move the selected tasks' completed (or incomplete) parts to the status date."""
    document = window.document
    uids = window.tree.acted_uids()
    if not uids:
        window.show_error("Select the tasks to move to the status date first")
        return
    plan = document.plan
    status = status_moment(plan, today or date.today())
    day = f"{status:%Y-%m-%d}"
    move = completed_parts_to_status if completed else incomplete_parts_to_status
    try:
        updates = move(plan, document.schedule, status, uids)
    except AppError as exc:  # a pause that cannot be made
        window.show_error(str(exc))
        return
    if not updates:
        nothing = (
            f"No completed work of the selected tasks lies after {day}"
            if completed
            else f"No uncompleted work of the selected tasks lies before {day}"
        )
        window.statusBar().showMessage(nothing, _MESSAGE_MS)
        return
    verb = "Move completed parts back to" if completed else "Move incomplete parts after"
    text = f"{verb} {day}"
    dropped = dropped_starts_note(dropped_actual_starts(plan, updates))
    if dropped:  # typed dates taken back: the undo text says so too
        text = f"{text} ({dropped})"
    constrained = _constraints_set(plan, updates)
    parts = [EditTaskCommand(document, u.uid, text, **u.changes(plan.task(u.uid))) for u in updates]
    try:
        execute(document, CompositeCommand(document, text, parts))
    except AppError as exc:
        window.show_error(str(exc))
        return
    split = sum(1 for u in updates if u.splits is not None)
    how = f"{split} split at {noun(split, 'its', 'their')} progress" if split else ""
    where = "back to end by" if completed else "to start after"
    note = f"; {dropped}" if dropped else ""
    said = "; ".join(p for p in (how, constrained) if p)  # one bracket, not two in a row
    window.statusBar().showMessage(
        f"Moved {counted(len(updates), 'task')} {where} {day}"
        + (f" ({said})" if said else "")
        + note,
        _MESSAGE_MS,
    )


def _constraints_set(plan: Plan, updates: list[ProgressUpdate]) -> str:
    """ "Start No Earlier Than set on N tasks, M replaced": the constraints a move gives, so
    a PM later sees why a task will not move back; "replaced" counts the tasks whose own
    constraint (another kind, or another date) the move overwrote."""
    given = replaced = 0
    for update in updates:
        task = plan.task(update.uid)
        if update.constraint_type is not ConstraintType.SNET:
            continue
        old = (task.constraint_type, task.constraint_date)
        if old == (update.constraint_type, update.constraint_date):
            continue
        given += 1
        replaced += task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP)
    if not given:
        return ""
    more = f", {replaced} replaced" if replaced else ""
    return f"Start No Earlier Than set on {counted(given, 'task')}{more}"
