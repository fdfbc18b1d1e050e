"""The OK / Cancel row every Gantry dialog ends with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel(
    dialog: QDialog, ok_text: str | None = None, on_ok: Callable[[], None] | None = None
) -> QDialogButtonBox:
    """OK and Cancel buttons for ``dialog``: OK accepts it (or runs ``on_ok``), Cancel rejects it.

    ``ok_text`` renames the OK button after what it does ("Import", "Apply accepted").
    """
    buttons = QDialogButtonBox(_OK | _CANCEL)
    if ok_text is not None:
        buttons.button(_OK).setText(ok_text)
    buttons.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
