"""Copy, cut and paste whole task rows, as MS Project does with Ctrl+C, Ctrl+X and Ctrl+V.

Copy puts the rows on the system clipboard as tab-separated text (for Excel,
mail and wikis) and keeps the tasks themselves, with their subtasks, the links
among them, their people and recurring patterns, in the session. Paste inserts copies of those
tasks above the current row, at its outline level, as one undoable step; it
pastes those only while the clipboard still holds the text that copy put there.

Text copied elsewhere (a column of names from Excel, a list in a mail) pastes
as new tasks, one a line, as MS Project pastes it into the Name column: a
second column that reads as durations on every line gives their durations;
the text Gantry's own copy writes (from another window or session) keeps its
names, durations and outline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.domain.errors import InputError
from app.domain.link import Link
from app.domain.notation import Duration, parse_duration
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.resource import Assignment
from app.domain.task import Task
from app.ui.commands import PlanCommand, new_task, quoted
from app.ui.models.task_edits import HEADERS, Column

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.document import Document


_NAME_TITLE = HEADERS[Column.NAME]  # how Gantry's own copy titles its columns
_DURATION_TITLE = HEADERS[Column.DURATION]
_INDENT = 4  # spaces a level in the names Gantry's own copy writes


@dataclass(frozen=True, slots=True)
class CopiedTasks:
    """Tasks as copied: rows in plan order (subtasks included), the links among them, their
    assignments, and the clipboard text copy wrote (paste checks it is still there)."""

    plan: Plan | None  # the plan copied from (None: text): people are pasted only back into it
    tasks: tuple[Task, ...]
    links: tuple[Link, ...]
    assignments: tuple[Assignment, ...]
    text: str
    recurrences: tuple[tuple[int, TaskRecurrence], ...] = ()  # copied recurring summaries'


def copy_tasks(plan: Plan, uids: list[int], text: str) -> CopiedTasks:
    """The selected tasks with every subtask of a selected summary (folded or not)."""
    chosen: set[int] = set()
    for uid in uids:
        start = plan.index_of(uid)
        chosen.update(t.uid for t in plan.tasks[start : plan.subtree_end(start)])
    tasks = tuple(sorted((plan.task(u) for u in chosen), key=lambda t: plan.index_of(t.uid)))
    links = tuple(lk for lk in plan.links if lk.predecessor in chosen and lk.successor in chosen)
    assignments = tuple(a for a in plan.assignments if a.task_uid in chosen)
    recurring = tuple((t.uid, plan.recurrences[t.uid]) for t in tasks if t.uid in plan.recurrences)
    return CopiedTasks(plan, tasks, links, assignments, text, recurring)


class PasteTasksCommand(PlanCommand):
    """Insert copies of copied tasks before row ``index``, the first at ``level``.

    The copies get new ids; their levels keep their steps from the first copied
    task; links among them come along, and their people and task calendars: in
    another plan, those of the same name there (the others are left out).
    """

    def __init__(self, document: Document, index: int, level: int, copied: CopiedTasks) -> None:
        count = len(copied.tasks)
        what = f"task {quoted(copied.tasks[0].name)}" if count == 1 else f"{count} tasks"
        super().__init__(document, f"Paste {what}")
        plan = document.plan
        self.index = index
        first_uid = plan.next_task_uid()
        self.new_uid = {t.uid: first_uid + n for n, t in enumerate(copied.tasks)}
        shift = level - copied.tasks[0].outline_level
        people, calendars = _counterparts(copied.plan, plan)
        self.tasks = [
            replace(
                t,
                uid=self.new_uid[t.uid],
                outline_level=max(1, t.outline_level + shift),
                calendar_uid=None if t.calendar_uid is None else calendars.get(t.calendar_uid),
            )
            for t in copied.tasks
        ]
        self.links = [
            replace(
                lk, predecessor=self.new_uid[lk.predecessor], successor=self.new_uid[lk.successor]
            )
            for lk in copied.links
        ]
        self.recurrences = [(self.new_uid[uid], rec) for uid, rec in copied.recurrences]
        self.assignments: list[Assignment] = []
        next_uid = plan.next_assignment_uid()
        for a in copied.assignments:
            person = people.get(a.resource_uid)
            if person is not None:  # someone not in this plan's team is left out
                self.assignments.append(
                    replace(a, uid=next_uid, task_uid=self.new_uid[a.task_uid], resource_uid=person)
                )
                next_uid += 1

    @property
    def uids(self) -> list[int]:
        """The pasted tasks' ids, in row order."""
        return [t.uid for t in self.tasks]

    def _redo(self) -> None:
        plan = self.document.plan
        plan.insert_tasks(self.index, self.tasks)
        try:
            plan.add_links(self.links)
            for a in self.assignments:
                plan.add_assignment(a)
            for uid, rec in self.recurrences:  # a recurring meeting pasted stays one
                plan.set_recurrence(uid, rec)
        except Exception:
            plan.remove_tasks(self.uids, with_subtasks=False)
            raise

    def _undo(self) -> None:
        # Exactly the pasted rows: rows below that fell under a pasted summary stay.
        self.document.plan.remove_tasks(self.uids, with_subtasks=False)


def _counterparts(source: Plan | None, target: Plan) -> tuple[dict[int, int], dict[int, int]]:
    """Who and which calendar of ``source`` each is in ``target``, by id: the same ids in the
    same plan, else matched by name (another plan's ids mean other people)."""
    if source is None:
        return {}, {}
    if source is target:
        return (
            {r.uid: r.uid for r in target.resources},
            {uid: uid for uid in target.calendars},
        )
    people = {r.name.casefold(): r.uid for r in target.resources}
    calendars = {c.name.casefold(): c.uid for c in target.calendars.values()}
    return (
        {r.uid: people[r.name.casefold()] for r in source.resources if r.name.casefold() in people},
        {
            c.uid: calendars[c.name.casefold()]
            for c in source.calendars.values()
            if c.name.casefold() in calendars
        },
    )


def check_pasteable(copied: CopiedTasks | None, clipboard_text: str, plan: Plan) -> CopiedTasks:
    """The tasks to paste: those copied while the clipboard still holds their text, else
    tasks read from the clipboard's text; InputError when there is nothing to paste."""
    if copied is not None and copied.text == clipboard_text:
        return copied
    if clipboard_text.strip():
        return tasks_from_text(plan, clipboard_text)
    raise InputError("Nothing to paste: copy (Ctrl+C) or cut (Ctrl+X) task rows first")


def tasks_from_text(plan: Plan, text: str) -> CopiedTasks:
    """New tasks from lines of text: a name a line (tab-separated cells: the first, or under a
    'Task name' header from Gantry's own copy), durations when a column holds only durations."""
    rows = [line.split("\t") for line in text.splitlines() if line.strip()]
    name_at, duration_at = 0, 1
    if rows and _NAME_TITLE in rows[0]:  # the header line of Gantry's own copy
        header, rows = rows[0], rows[1:]
        name_at = header.index(_NAME_TITLE)
        duration_at = header.index(_DURATION_TITLE) if _DURATION_TITLE in header else -1
    named = [(row[name_at], row) for row in rows if len(row) > name_at and row[name_at].strip()]
    if not named:
        raise InputError("Nothing to paste: the clipboard holds no task names")
    durations = _durations(plan, [row for _name, row in named], duration_at)
    tasks: list[Task] = []
    level = 1
    for n, (raw, _row) in enumerate(named):
        indent = len(raw) - len(raw.lstrip(" "))
        level = min(1 + indent // _INDENT, level + 1) if tasks else 1 + indent // _INDENT
        task = new_task(plan, level, raw.strip())
        duration = durations[n] if durations else None
        if duration is not None:
            task = replace(
                task,
                duration_minutes=duration.minutes,
                elapsed=duration.elapsed,
                estimated=duration.estimated,
                duration_unit=duration.unit,
                milestone=duration.minutes == 0,  # as a 0 typed into Duration makes one
            )
        tasks.append(replace(task, uid=n + 1))  # new ids are given when pasted
    return CopiedTasks(None, tuple(tasks), (), (), text)


def _durations(plan: Plan, rows: list[list[str]], at: int) -> list[Duration | None] | None:
    """Each row's duration (None: its cell is empty), when the column ``at`` reads as a
    duration on every row that fills it; None when it holds anything else, or nothing."""
    if at < 0:
        return None
    found: list[Duration | None] = []
    for row in rows:
        cell = row[at].strip() if len(row) > at else ""
        try:
            found.append(parse_duration(cell, plan.project) if cell else None)
        except InputError:
            return None
    return found if any(d is not None for d in found) else None
