"""File > Save a Copy As onto the client's file a plan was read from, when reading it left
something out (MS Project's timephased values, resource baselines): the window asks first,
as the CLI refuses it (app/cli/read_losses.py), naming what the file would lose.

Opening or importing client.xml never writes it: its plan is kept in a new .gantry file and
File > Save writes only that. Save a Copy As is the one way the window writes over the file
read, so it is the one that asks: Save As .gantry (keeps the plan, the client's file stays
as it is), Save Anyway (the user accepts the loss) or Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.io.left_out import lost_parts, lost_said, read_key


class OverRead(Enum):
    """The user's answer to writing over a file whose read left something out."""

    AS_GANTRY = "gantry"
    ANYWAY = "anyway"
    CANCEL = "cancel"


Losses = dict[Path, list[str]]  # what reading a file left out, by read_key (as the CLI's)


def heard_read(losses: Losses, path: Path, notes: list[str]) -> None:
    """Keep in ``losses`` (the session's) what the notes on reading ``path`` say it left out;
    a read that left nothing out forgets what an earlier one did."""
    key = read_key(path)
    lost = lost_parts(notes, Path(path).name)
    if lost:
        losses[key] = lost
    else:
        losses.pop(key, None)


def lost_over(losses: Losses, target: Path) -> list[str]:
    """What writing ``target`` would lose: what reading it in this session left out (none
    for a .gantry, which keeps what its own reader reads)."""
    if target.suffix.lower() == ".gantry":
        return []
    return list(losses.get(read_key(target), []))


def copy_target(
    parent: QWidget | None,
    losses: Losses,
    target: Path,
    ask_gantry: Callable[[Path], Path | None],
) -> Path | None:
    """The file Save a Copy As writes: ``target``, or (asked when writing it would lose what
    reading it left out) a .gantry file ``ask_gantry`` asks for; None: cancelled."""
    chosen: Path | None = target
    while chosen is not None:
        lost = lost_over(losses, chosen)
        if not lost:
            return chosen
        answer = ask_over_read(parent, chosen, lost)
        if answer is OverRead.ANYWAY:
            return chosen
        if answer is OverRead.CANCEL:
            return None
        chosen = ask_gantry(chosen.with_suffix(".gantry"))
    return None


def ask_over_read(parent: QWidget | None, target: Path, lost: list[str]) -> OverRead:
    """Save As .gantry, Save Anyway or Cancel before writing over ``target`` (tests replace it)."""
    said = lost_said(lost)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Save a copy over the file read?",
        f"{target.name} is the file this plan was read from. Gantry did not keep all of it: "
        f"writing it now would lose {said} from it.\n\nSave the copy as a .gantry file "
        f"instead, and {target.name} stays as it is?",
        parent=parent,
    )
    gantry = box.addButton("Save As .gantry…", QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton("Save Anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(gantry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is gantry:
        return OverRead.AS_GANTRY
    return OverRead.ANYWAY if clicked is anyway else OverRead.CANCEL
