"""What a reader's note says it left out of a file ("10 resource baselines"): the CLI refuses
to write such a file back in place (app/cli/read_losses.py) and the window asks before a copy
is saved over it (app/ui/save_over_read.py), both naming what would be lost."""

from __future__ import annotations

import re
from pathlib import Path

# A reader's note on what it did not keep: "bx.xml: 10 resource baselines are left out (...)"
_LEFT_OUT = re.compile(r"^(?P<what>.+?) (?:is|are) left out\b")
_NOT_KEPT = "not kept: "


def read_key(path: Path | str) -> Path:
    """The one rule by which the CLI and the window know a file they read again when it is
    about to be written: the path as the user gave it, made absolute and with its symlinks
    and ``..`` followed, so ``link/client.xml`` (a symlinked folder) and the folder's real
    path are the same file, in both. Messages still name the file as the user gave it."""
    return Path(path).resolve()


def lost_part(line: str, file_name: str) -> str:
    """What a reader's note says it left out ("10 resource baselines"), "" for any other note."""
    text = line.removeprefix(f"{file_name}: ")
    if text.startswith(_NOT_KEPT):
        return text.removeprefix(_NOT_KEPT)
    found = _LEFT_OUT.match(text)
    return found.group("what") if found else ""


def lost_parts(lines: list[str], file_name: str) -> list[str]:
    """What the notes ``lines`` on reading ``file_name`` say it left out, in their order."""
    return [what for line in lines if (what := lost_part(line, file_name))]


def lost_said(lost: list[str]) -> str:
    """What would be lost, all of it, as the window's question and the CLI's refusal both
    say it: "custom fields, resource codes and timephased work"."""
    return lost[0] if len(lost) <= 1 else f"{', '.join(lost[:-1])} and {lost[-1]}"
