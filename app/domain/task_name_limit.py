"""The longest task name Gantry takes: MS Project keeps 255 characters of a task's Name.

A name typed on the sheet, in Task Information or pasted used to have no limit (100,008
characters were taken and written), while MS Project and Gantry's own XML reader stop far
sooner. Resource names have their limit in :mod:`app.domain.resource`.
"""

from __future__ import annotations

from app.domain.errors import InputError

MAX_TASK_NAME = 255  # characters of a task name MS Project keeps


def check_task_name(name: str) -> None:
    """Refuse a task name longer than :data:`MAX_TASK_NAME` (InputError naming the limit)."""
    if len(name) > MAX_TASK_NAME:
        raise InputError(
            f"a task name of {len(name):,} characters is too long: MS Project keeps {MAX_TASK_NAME}"
        )
