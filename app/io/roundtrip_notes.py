"""What a returned workbook's read makes of a client's edit that a PM would not guess from
the cell alone, said in the import notes (the review lists them, ``gantry convert`` says
them on stderr):

- a summary's % complete typed, spread over its subtasks as MS Project spreads it
  (:func:`spread_note`);
- a summary row deleted, its subtasks moving under the summary above
  (:func:`moved_subtasks_note`);
- a WBS retyped to one another row holds, a row copied with its UID or a UID overwritten
  (:func:`same_wbs_note`, :func:`copied_row_note`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list, verb
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task

_NAMED = 3  # the tasks a note names before "and N more"


def named(names: Sequence[str]) -> str:
    """The first few names, quoted, as a sentence lists them: 'A', 'B' and 2 more."""
    shown = [quoted(n, NAME_LIMIT) for n in names[:_NAMED]]
    if len(names) > _NAMED:
        return f"{', '.join(shown)} and {len(names) - _NAMED} more"
    return joined_list(shown)


def spread_note(
    summary: Task,
    percent: float,
    handed: Mapping[int, Mapping[str, Any]],
    tasks: Mapping[int, Task],
    status_date: datetime | None,
) -> str | None:
    """The note for ``percent`` typed on ``summary``: which subtasks it set complete or under
    way (``handed``: the fields each got, by uid; ``tasks``: the tasks by uid), and how many
    finish after the status date (None: no subtask changed)."""
    done = [tasks[u].name for u, f in handed.items() if f.get("percent_complete") == 100]
    going = [
        tasks[u].name
        for u, f in handed.items()
        if 0 < f.get("percent_complete", tasks[u].percent_complete) < 100
    ]
    if not done and not going:
        return None
    parts = []
    if done:
        parts.append(f"sets {named(done)} complete")
    if going:
        parts.append(f"{named(going)} under way")
    note = (
        f"Summary {quoted(summary.name, NAME_LIMIT)}: {percent:g}% typed in the workbook is "
        "spread over its subtasks, earliest first, as MS Project spreads a summary's % "
        f"complete: it {' and '.join(parts)}"
    )
    late = [
        u
        for u, f in handed.items()
        if status_date is not None
        and f.get("actual_finish") is not None
        and f["actual_finish"] > status_date
    ]
    if late and status_date is not None:
        gets = verb(len(late), "gets", "get")
        note += f"; {len(late)} of them {gets} an actual finish after the status date "
        note += f"({status_date:%Y-%m-%d})"
    return note


def moved_subtasks_notes(before: Plan, kept: Sequence[Task]) -> list[str]:
    """For each summary of ``before`` (the plan as exported) the client deleted while keeping
    some of its subtasks (``kept``: the tasks as read, in order): where those subtasks went,
    as the outline places them under the task above (a deleted summary's subtasks are not
    deleted with it, as they would be in MS Project: the rows are still in the sheet)."""
    here = {t.uid for t in kept}
    parents = _parents(kept)
    notes = []
    for task in before.tasks:
        if task.uid in here or not before.is_summary(task.uid):
            continue
        left = [  # a subtask under a deleted summary within this one is that one's to tell
            t
            for t in before.descendants(task.uid)
            if t.uid in here and not _ancestor_gone(before, t.uid, task.uid, here)
        ]
        if not left:
            continue
        parent = parents.get(left[0].uid)
        where = (
            "to the top level of the outline"
            if parent is None
            else f"under {quoted(parent.name, NAME_LIMIT)}, the summary above them"
        )
        notes.append(
            f"Summary {quoted(task.name, NAME_LIMIT)} was deleted in the workbook, its "
            f"{counted(len(left), 'subtask')} kept: they move {where}"
        )
    return notes


def _ancestor_gone(plan: Plan, uid: int, summary: int, here: set[int]) -> bool:
    """Whether a summary between ``uid`` and ``summary`` was deleted as well (the note is
    that summary's, the nearest deleted one)."""
    parent = plan.parent(uid)
    while parent is not None and parent.uid != summary:
        if parent.uid not in here:
            return True
        parent = plan.parent(parent.uid)
    return False


def _parents(tasks: Sequence[Task]) -> dict[int, Task | None]:
    """Each task's summary in an outline of ``tasks`` (by their outline levels)."""
    out: dict[int, Task | None] = {}
    stack: list[Task] = []
    for t in tasks:
        while stack and stack[-1].outline_level >= t.outline_level:
            stack.pop()
        out[t.uid] = stack[-1] if stack else None
        stack.append(t)
    return out


def overwritten_uids(
    known: dict[int, int],
    stray: Sequence[tuple[int, int]],
    tasks: Mapping[int, Task],
    name_at: Callable[[int], object],
    where: Callable[[int], str],
) -> tuple[dict[int, int], list[str]]:
    """``known`` (each task's row, by uid, in sheet order) with the rows whose UID cell the
    client overwrote (``stray``: row and the number it holds, no task's UID) read as the
    task whose name the row holds, when no other row holds that task and the name is one
    task's alone: the task keeps its uid, baseline and history, and a note says so. The
    others stay rows the client added."""
    missing: dict[str, list[int]] = {}
    for uid, task in tasks.items():
        if uid not in known:
            missing.setdefault(task.name.strip().casefold(), []).append(uid)
    typed: dict[str, list[tuple[int, int]]] = {}
    for i, number in stray:
        name = name_at(i)
        if isinstance(name, str) and name.strip():
            typed.setdefault(name.strip().casefold(), []).append((i, number))
    notes = []
    for key, found in typed.items():
        uids = missing.get(key, [])
        if len(uids) != 1 or len(found) != 1:
            continue
        (i, number), task = found[0], tasks[uids[0]]
        known[task.uid] = i
        notes.append(
            f"{where(i)}: UID {number} is no task of this plan; the row is read as "
            f"{quoted(task.name, NAME_LIMIT)} (UID {task.uid}), whose name it holds and no "
            "other row does"
        )
    return dict(sorted(known.items(), key=lambda item: item[1])), notes


def copied_row_note(where: str, uid: int, first_row: int, name: object) -> str:
    """The note for a row holding the UID an earlier row holds (a row copied whole)."""
    return (
        f"{where}: UID {uid} is also on row {first_row + 1}; this row is read as a new task "
        f"{quoted(str(name).strip(), NAME_LIMIT)}"
    )
