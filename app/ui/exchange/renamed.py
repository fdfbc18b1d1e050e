"""Say once in a window's status bar which people a reader renamed ('Doe, Jane' is 'Doe Jane')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from app.domain.plan import Plan
from app.domain.resource import MSPDI_SOURCE, renamed_notice, renamed_on_read

RENAMED_MS = 15000  # long enough to read a few names


def renamed_message(plan: Plan, source: Path | None) -> str:
    """The notice for a plan just read from ``source`` (None: from a file not known here);
    empty when the reader renamed no one. A .gantry file renames no one."""
    if source is not None and source.suffix.lower() == ".gantry":
        return ""
    sources = None if source is None else (source.name, MSPDI_SOURCE)
    return renamed_notice(renamed_on_read(plan.resources, sources))


def show_renamed(window: QMainWindow | None, plan: Plan, source: Path | None) -> None:
    """Show :func:`renamed_message` in ``window``'s status bar, when there is one to show."""
    message = renamed_message(plan, source)
    if window is not None and message:
        window.statusBar().showMessage(message, RENAMED_MS)
