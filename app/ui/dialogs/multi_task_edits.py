"""What Task Information for several tasks applies: each field the user set, to every task
it fits, as one undoable step named "Multiple Task Information".

A field that does not apply to a summary task (its duration, dates, % complete,
type, a constraint other than as-soon-as-possible or start-no-earlier-than...)
is skipped for the summaries among the tasks, and :attr:`MultiEdit.note` says
so, rather than refusing the whole edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.custom_fields import CustomValues
from app.domain.plural_words import noun
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import ConstraintType, Task
from app.report.columns import CONSTRAINT_NAMES
from app.ui.commands import CompositeCommand, PlanCommand
from app.ui.dialogs.multi_task_command import EditTasksCommand
from app.ui.dialogs.multi_task_fields import LEAVE
from app.ui.dialogs.task_info_tracking import manual_pin, tracking_changes
from app.ui.document import Document
from app.ui.models.task_edits import SUMMARY_CONSTRAINT_NAMES, Column, command_for_cell

TITLE = "Multiple Task Information"
_DATELESS = frozenset({ConstraintType.ASAP, ConstraintType.ALAP})
_FINISH_HELD = frozenset({ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.MFO})
_SUMMARY_KINDS = frozenset(k for k, n in CONSTRAINT_NAMES.items() if n in SUMMARY_CONSTRAINT_NAMES)
# Fields a summary takes from its subtasks (or never has), by the words the note uses.
_NOT_FOR_SUMMARIES = {
    "duration": "duration",
    "percent": "% complete",
    "start": "start",
    "finish": "finish",
    "milestone": "milestone",
    "task_type": "task type",
    "effort_driven": "effort driven",
}
_NAMES_IN_NOTE = 3


@dataclass
class MultiEdit:
    """The fields set in the dialog (LEAVE: left as the tasks have them)."""

    # Each field: what the user set, or LEAVE. The types once set are in the comments.
    duration: Any = LEAVE  # Duration
    percent: Any = LEAVE  # float
    priority: Any = LEAVE  # int
    start: Any = LEAVE  # datetime
    finish: Any = LEAVE  # datetime
    milestone: Any = LEAVE  # bool
    manual: Any = LEAVE  # bool
    inactive: Any = LEAVE  # bool
    constraint_type: Any = LEAVE  # ConstraintType
    constraint_date: Any = LEAVE  # datetime
    deadline: Any = LEAVE  # datetime, or None: no deadline
    task_type: Any = LEAVE  # TaskType
    effort_driven: Any = LEAVE  # bool
    calendar_uid: Any = LEAVE  # int, or None: the project's calendar
    ignore_resource_calendar: Any = LEAVE  # bool
    notes: Any = LEAVE  # str
    # the custom fields retyped, applied to one task's values (None: none retyped)
    custom: Callable[[CustomValues], CustomValues] | None = None
    note: str = field(default="", init=False)

    def command(self, document: Document, uids: Sequence[int]) -> PlanCommand | None:
        """One step over ``uids`` (None: nothing would change); :attr:`note` then names what
        was skipped on summary tasks. Raises AppError (the plan untouched) for what a task
        cannot take, as the sheet would."""
        plan = document.plan
        edits: dict[int, dict[str, Any]] = {}
        parts: list[PlanCommand] = []
        skipped: dict[str, None] = {}  # the fields skipped, in order
        summaries: list[Task] = []
        for uid in uids:
            task = plan.task(uid)
            summary = plan.is_summary(uid)
            changes, left_out = self._changes(document, task, summary)
            if left_out:
                summaries.append(task)
                skipped.update(dict.fromkeys(left_out))
            changed = {k: v for k, v in changes.items() if getattr(task, k) != v}
            if changed:
                edits[uid] = changed
            if summary:
                continue
            for column, moment in ((Column.START, self.start), (Column.FINISH, self.finish)):
                if moment is LEAVE:
                    continue
                typed = moment.strftime("%Y-%m-%d %H:%M")
                dated = command_for_cell(document, uid, column, typed)
                if dated is not None:
                    parts.append(dated)
        self.note = _note(summaries, list(skipped))
        if edits:  # every task's fields in one change of the plan, before the dates typed
            parts.insert(0, EditTasksCommand(document, TITLE, edits))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else CompositeCommand(document, TITLE, parts)

    def _changes(
        self, document: Document, task: Task, summary: bool
    ) -> tuple[dict[str, Any], list[str]]:
        """The fields set on one task, and the words of those skipped as it is a summary."""
        changes: dict[str, Any] = {}
        for name in ("priority", "manual", "calendar_uid", "ignore_resource_calendar", "notes"):
            value = getattr(self, name)
            if value is not LEAVE:
                changes[name] = value
        if self.manual is True:  # kept where it is scheduled, not at its last saved dates
            changes.update(manual_pin(document, task.uid))
        if self.inactive is not LEAVE:
            changes["active"] = not self.inactive
        if self.deadline is not LEAVE:
            changes["deadline"] = self.deadline
        if self.custom is not None:
            changes["custom"] = self.custom(task.custom)
        left_out = (
            [words for key, words in _NOT_FOR_SUMMARIES.items() if getattr(self, key) is not LEAVE]
            if summary
            else []
        )
        if not summary:
            for name in ("milestone", "task_type", "effort_driven"):
                value = getattr(self, name)
                if value is not LEAVE:
                    changes[name] = value
            duration = None if self.duration is LEAVE else self.duration
            percent = None if self.percent is LEAVE else float(self.percent)
            if duration is not None or percent is not None:
                manual = self.manual is True
                changes.update(tracking_changes(document, task.uid, duration, percent, manual))
        constraint = self._constraint(document, task)
        if constraint is not None:
            if summary and constraint["constraint_type"] not in _SUMMARY_KINDS:
                left_out.append("constraint")
            else:
                changes.update(constraint)
        return changes, left_out

    def _constraint(self, document: Document, task: Task) -> dict[str, Any] | None:
        """The constraint type and date set on one task (None: neither was set).

        A date set alone pins an as-soon-as-possible task to start no earlier than it (an
        as-late-as-possible one to finish no later than it), as the sheet does; a dated
        type set alone keeps the task's own date, or takes its start (its finish, for a
        finish constraint) as MS Project fills it in.
        """
        kind, moment = self.constraint_type, self.constraint_date
        if kind is LEAVE and moment is LEAVE:
            return None
        if kind is LEAVE:
            kind = task.constraint_type
            if kind is ConstraintType.ASAP:
                kind = ConstraintType.SNET
            elif kind is ConstraintType.ALAP:
                kind = ConstraintType.FNLT
        if kind in _DATELESS:
            return {"constraint_type": kind, "constraint_date": None}
        if moment is LEAVE:
            moment = task.constraint_date
            if moment is None:
                times = document.schedule.get(task.uid)
                edge = (times.finish if kind in _FINISH_HELD else times.start) if times else None
                moment = edge or task.start or document.plan.project.start
        return {"constraint_type": kind, "constraint_date": moment}


def _note(summaries: list[Task], skipped: list[str]) -> str:
    """What the status bar says about the fields skipped on summary tasks ('' for none)."""
    if not summaries:
        return ""
    names = ", ".join(quoted(t.name, NAME_LIMIT) for t in summaries[:_NAMES_IN_NOTE])
    if len(summaries) > _NAMES_IN_NOTE:
        names += f" and {len(summaries) - _NAMES_IN_NOTE} more"
    which = noun(len(summaries), "summary task")
    return f"Not set on {which} {names}: {', '.join(skipped)} (a summary's come from its subtasks)"
