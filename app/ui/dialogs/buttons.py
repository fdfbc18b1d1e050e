"""The OK / Cancel row every Gantry dialog ends with, the red line above it that
says why OK was refused, and a pair of radio buttons choosing one of two."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QWidget

ERROR_RED = "#b00020"  # the red a refusal or a bad figure is said in

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel(
    dialog: QDialog,
    ok_text: str | None = None,
    on_ok: Callable[[], None] | None = None,
    read_only: bool = False,
) -> QDialogButtonBox:
    """OK and Cancel buttons for ``dialog``: OK accepts it (or runs ``on_ok``), Cancel rejects it.

    ``ok_text`` renames the OK button after what it does ("Import", "Apply accepted");
    ``read_only``: the plan cannot be changed, so OK is greyed (Cancel still closes).
    """
    buttons = QDialogButtonBox(_OK | _CANCEL)
    if ok_text is not None:
        buttons.button(_OK).setText(ok_text)
    if read_only:
        buttons.button(_OK).setEnabled(False)
    buttons.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_label(parent: QWidget | None = None) -> QLabel:
    """The red, wrapping line where a dialog says why it refused what was typed."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {ERROR_RED}")
    label.setWordWrap(True)
    return label


def radio_pair(owner: QWidget, first: str, second: str) -> tuple[QRadioButton, QRadioButton]:
    """Two radio buttons of which one is chosen, ``first`` to begin with (grouped in
    ``owner``, so that choosing one unchooses the other)."""
    one, other = QRadioButton(first), QRadioButton(second)
    one.setChecked(True)
    group = QButtonGroup(owner)
    group.addButton(one)
    group.addButton(other)
    return one, other
