"""``--tasks 3,5,1001-1200`` read against a plan: the UIDs it names that the plan has.

Plans from MS Project have gaps in their UIDs (tasks deleted, a phase copied in at +1000),
so a range takes the UIDs the plan has and says how many it took ("1001-1200: 172 tasks;
UIDs not in the plan skipped"); a range holding none of them is refused, and so is a single
UID the plan lacks (a typo must not change other tasks than meant). Every command taking
``--tasks`` (baseline, update, level) reads it here, before anything changes.
"""

from __future__ import annotations

from collections.abc import Callable

from app.cli.option_words import parse_uid_parts
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.plural_words import counted


def uids_in_plan(plan: Plan, file_name: str, text: str, note: Callable[[str], None]) -> list[int]:
    """The UIDs ``--tasks text`` names that ``plan`` has, in the order given, each once;
    ``note(line)`` for each range with gaps, said only once all is accepted. InputError
    (naming ``file_name``) for a single UID the plan lacks or a range holding no task."""
    taken: list[int] = []
    missing: list[int] = []
    empty: list[str] = []
    notes: list[str] = []
    for part, uids in parse_uid_parts(text):
        found = [uid for uid in uids if plan.has_task(uid)]
        if "-" not in part:
            missing.extend(uid for uid in uids if not plan.has_task(uid))
        elif not found:
            empty.append(part)
        elif len(found) < len(uids):
            notes.append(f"{part}: {counted(len(found), 'task')}; UIDs not in the plan skipped")
        taken.extend(found)
    held = f"({counted(len(plan.tasks), 'task')}; gantry schedule --json lists their uids)"
    if missing:
        shown = ", ".join(map(str, missing[:5])) + (", ..." if len(missing) > 5 else "")
        raise InputError(f"{file_name}: no task with UID {shown} {held}")
    if empty:
        raise InputError(f"{file_name}: no task has a UID in --tasks {', '.join(empty)} {held}")
    for line in notes:
        note(line)
    return list(dict.fromkeys(taken))
