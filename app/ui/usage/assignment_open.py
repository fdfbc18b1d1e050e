"""Double-click on an assignment in the Usage view: MS Project's Assignment Information dialog.

The dialog lives in :mod:`app.ui.dialogs.assignment_info` (work contours and
all). A build without it opens the assignment's task instead, as the view did
before it existed.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QWidget

from app.ui.document import Document

_DIALOG = "app.ui.dialogs.assignment_info"


def open_assignment(document: Document, assignment_uid: int, parent: QWidget) -> bool | None:
    """Open the assignment's dialog; its answer (True: edited), or None without the dialog."""
    try:
        dialog = import_module(_DIALOG)
    except ModuleNotFoundError as exc:
        if exc.name != _DIALOG:
            raise
        return None
    return bool(dialog.open_assignment_info(document, assignment_uid, parent))
