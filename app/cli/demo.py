"""The plan ``gantry`` opens without a file: as a desktop planner reopens the last one, the
plan opened most recently when it still exists, else the demo's copy left untouched, else a
fresh copy of the bundled demo plan (never the packaged original)."""

from __future__ import annotations

import filecmp
import shutil
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_documents_dir

from app.assets import resource_path
from app.domain.errors import AppError

DEMO_RESOURCE = ("demo", "crm-rollout.gantry")
DEMO_NAME = "CRM roll-out (demo)"


def plans_folder() -> Path:
    """Where Gantry puts plans it creates for the user: ``~/Documents/Gantry``."""
    return Path(user_documents_dir()) / "Gantry"


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem 2.suffix``, ``stem 3.suffix``... if taken."""
    candidate = folder / f"{stem}{suffix}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem} {n}{suffix}"
    return candidate


def plan_to_open(recent: Iterable[Path], folder: Path | None = None) -> Path:
    """What ``gantry`` without a file opens: the first of ``recent`` (the window's recent
    plans, newest first) that still exists; else a copy of the demo in ``folder`` (None:
    :func:`plans_folder`) as it was copied, unchanged; else a fresh copy. Each launch made
    another copy before ("(demo) 2", "(demo) 3"), and the user's own plan was not reopened."""
    found = next((p for p in recent if p.is_file()), None)
    if found is not None:
        return found
    folder = plans_folder() if folder is None else folder
    return untouched_demo_copy(folder) or fresh_demo_copy(folder)


def untouched_demo_copy(folder: Path) -> Path | None:
    """The first copy of the demo in ``folder`` still as the bundled plan is (None: none)."""
    try:
        original = resource_path(*DEMO_RESOURCE)
    except FileNotFoundError:
        return None
    copies = sorted(folder.glob(f"{DEMO_NAME}*{original.suffix}"), key=_copy_number)
    for copy in copies:
        try:
            if copy.is_file() and filecmp.cmp(copy, original, shallow=False):
                return copy
        except OSError:
            continue  # unreadable: not the copy to open
    return None


def _copy_number(path: Path) -> tuple[int, str]:
    """``CRM roll-out (demo)`` first, then ``... 2``, ``... 3``: in the order they were made."""
    tail = path.stem[len(DEMO_NAME) :].strip()
    return (int(tail) if tail.isdigit() else 1, path.name)


def fresh_demo_copy(folder: Path | None = None) -> Path:
    """Copy the packaged demo plan into ``folder`` under a name not yet taken; return it.

    The packaged original is never opened for writing.
    """
    try:
        original = resource_path(*DEMO_RESOURCE)
    except FileNotFoundError:
        raise AppError("the demo plan is missing from this installation") from None
    folder = plans_folder() if folder is None else folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = free_name(folder, DEMO_NAME, original.suffix)
        shutil.copyfile(original, target)
    except OSError as exc:
        raise AppError(f"cannot copy the demo plan to {folder}: {exc.strerror}") from None
    return target
