"""Mark on Track in the window, and the undo steps of progress set on several tasks at once.

Mark on Track (Project menu and the task sheet's right-click) puts the
selected tasks' progress where the schedule says it is at the status date
(app/domain/mark_on_track.py), as one undo step, and says in the status bar
what it left alone. :func:`tasks_fields_command` makes one step of many tasks'
field changes (a summary's typed % complete handed to its subtasks, Update
Tasks on a selection).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.errors import AppError
from app.domain.mark_on_track import mark_on_track, status_moment
from app.domain.percent_shown import shown_percent
from app.domain.plural_words import counted, verb
from app.domain.tracking_edits import typed_summary_percent
from app.ui.commands import CompositeCommand, EditTaskCommand, PlanCommand, execute, quoted

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

_MESSAGE_MS = 8000


def tasks_fields_command(
    document: Document, fields_by_uid: dict[int, dict[str, Any]], text: str
) -> PlanCommand | None:
    """One undo step setting each task's fields (None: nothing to change)."""
    parts = [EditTaskCommand(document, uid, text, **f) for uid, f in fields_by_uid.items() if f]
    if not parts:
        return None
    return CompositeCommand(document, text, parts)


def summary_percent_command(document: Document, uid: int, percent: float) -> PlanCommand | None:
    """A summary's % complete typed: its subtasks' progress as one undo step (None: as it is).

    The % the cell shows committed again changes nothing (the subtasks keep how their
    progress lies, not handed out again in schedule order)."""
    times = document.schedule.get(uid)
    if times is not None and shown_percent(times.percent_complete) == percent:
        return None
    fields = typed_summary_percent(document.plan, document.schedule, uid, percent)
    name = document.plan.task(uid).name
    return tasks_fields_command(document, fields, f"Set % complete of {quoted(name)}")


def mark_on_track_action(window: MainWindow, today: date | None = None) -> None:
    """Mark on Track: the selected tasks' progress as scheduled through the status date (else
    the end of today), one undo step; the status bar says what was left as it was."""
    document = window.document
    uids = window.tree.acted_uids()
    if not uids:
        window.show_error("Select the tasks to mark on track first")
        return
    plan = document.plan
    through = status_moment(plan, today or date.today())
    marked = mark_on_track(plan, document.schedule, uids, through)
    day = f"{through:%Y-%m-%d}"
    notes = []
    if marked.not_started:
        n = len(marked.not_started)
        notes.append(f"{counted(n, 'task')} {verb(n, 'starts', 'start')} after {day}: unchanged")
    if marked.manual:
        notes.append(
            f"{counted(len(marked.manual), 'manually scheduled task')} left as they are "
            "(set their % complete in the sheet)"
        )
    note = "; " + "; ".join(notes) if notes else ""
    if not marked.updates:
        window.statusBar().showMessage(f"Already on track through {day}{note}", _MESSAGE_MS)
        return
    text = f"Mark on track through {day}"
    changes = {u.uid: u.changes(plan.task(u.uid)) for u in marked.updates}
    command = tasks_fields_command(document, changes, text)
    assert command is not None
    try:
        execute(document, command)
    except AppError as exc:
        window.show_error(str(exc))
        return
    window.statusBar().showMessage(
        f"Marked {counted(len(marked.updates), 'task')} on track through {day}{note}",
        _MESSAGE_MS,
    )
