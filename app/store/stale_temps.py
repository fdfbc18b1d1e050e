"""The hidden drafts a .gantry write leaves beside its file when its process is killed.

A plan is written to ``.NAME.PID.tmp`` beside NAME and renamed over it once whole (SQLite
keeps ``.NAME.PID.tmp-journal`` beside the draft while it writes). A ``kill -9`` or a power
cut leaves both behind, hidden, for ever: the next write beside NAME removes those of
processes that no longer run.
"""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path

from app.store.processes import running


def draft_path(path: Path) -> Path:
    """Where this process writes ``path`` before renaming it into place."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def remove_stale_drafts(path: Path) -> list[Path]:
    """Delete the drafts (and their journals) left beside ``path`` by processes that have
    ended; returns what was deleted. Drafts of running processes are left alone."""
    removed: list[Path] = []
    prefix = f".{path.name}."
    for found in path.parent.glob(glob.escape(prefix) + "*.tmp*"):
        pid_text, _, rest = found.name[len(prefix) :].partition(".")
        if rest not in ("tmp", "tmp-journal") or not pid_text.isdigit():
            continue
        pid = int(pid_text)
        if pid != os.getpid() and running(pid):
            continue
        with contextlib.suppress(FileNotFoundError):
            found.unlink()
            removed.append(found)
    return removed
