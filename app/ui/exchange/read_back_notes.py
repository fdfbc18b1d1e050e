"""What a plan written by the window (Save a Copy As, File > Export) loses, told once known.

For .csv and .gan, :func:`app.formats.not_kept` reads the written file back and schedules
both plans to say which tasks' dates move (as ``gantry convert`` says it): about 1.5 s at
10k tasks. That runs on the background worker (:func:`app.ui.background.start_in_background`)
from a copy of the plan, so the window stays usable; the note comes when it is ready.
Other formats read nothing back: their note is told at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from shiboken6 import isValid

from app import formats
from app.domain.errors import AppError
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.ui.background import BackgroundJob, start_in_background


def tell_not_kept(
    owner: QObject, plan: Plan, written: Path, tell: Callable[[list[str]], None]
) -> BackgroundJob[list[str]] | None:
    """Call ``tell(lines)`` on the GUI thread with what ``plan`` written to ``written``
    loses (:func:`app.formats.not_kept`): at once when the format is not read back (None
    returned), else once the worker has read it back (the job returned). Not called when
    ``owner`` was closed meanwhile. A file that cannot be read back (gone, unreadable)
    gets the note without it: dates "may move"."""
    ext = written.suffix
    if not formats.reads_back(ext):
        tell(formats.not_kept(plan, ext, written))  # a workbook: is its _gantry sheet there
        return None
    snapshot = copy_plan(plan)  # the worker never sees later edits

    def work() -> list[str]:
        return formats.not_kept(snapshot, ext, written)

    def done(lines: list[str] | None, error: BaseException | None) -> None:
        if not isValid(owner):  # the window closed meanwhile
            return
        if error is not None:
            if not isinstance(error, AppError | OSError):
                raise error
            lines = formats.not_kept(snapshot, ext)
        tell(lines or [])

    return start_in_background(work, done)
