"""The task a command's ``--task UID`` names (``gantry split``, ``gantry progress``): a task
UID the plan holds, else one line saying why (not a number, or no such task among how many)."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted


def task_of_option(plan: Plan, path: Path, text: str) -> int:
    """The uid ``--task`` names (``text``); InputError when it is not a number or ``plan``
    (read from ``path``) has no such task."""
    try:
        uid = int(text.strip())
    except ValueError:
        raise InputError(
            f"--task {quoted(text)} is not a task UID (gantry schedule --json lists them)"
        ) from None
    if not plan.has_task(uid):
        raise InputError(
            f"{path.name}: no task with UID {uid} ({counted(len(plan.tasks), 'task')}; "
            "gantry schedule --json lists their uids)"
        )
    return uid
