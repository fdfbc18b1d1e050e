"""A fresh copy of the bundled demo plan for ``gantry`` without a file."""

from __future__ import annotations

import shutil
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
