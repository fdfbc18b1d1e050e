"""The file name a save dialog means: the extension of the chosen filter when none was typed."""

from __future__ import annotations

import re
from pathlib import Path

_PATTERN = re.compile(r"\*(\.[A-Za-z0-9]+)")
# Characters no file name may hold on Windows (and "/" nowhere), and control characters.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_stem(name: str, fallback: str) -> str:
    """A project name as a file name a save dialog can offer on every system.

    "Q3: roll-out 1/2" gives "Q3- roll-out 1-2": a colon is refused by Windows
    and a slash would make a folder. Empty, or nothing but dots, gives ``fallback``.
    """
    stem = _NOT_IN_NAMES.sub("-", name).strip().rstrip(". ")
    return stem or fallback


def with_chosen_suffix(name: str, chosen: str, filters: str) -> Path:
    """``name`` as typed, ending in an extension the dialog offers.

    A name already ending in one of the ``filters``' extensions is kept; any other
    (none, or a dot inside the name like ``Plan v1.2``) gets the extension of the
    ``chosen`` filter added, not swapped in. "All files (*)" adds nothing.
    """
    offered = {ext.lower() for ext in _PATTERN.findall(filters)}
    path = Path(name)
    if path.suffix.lower() in offered:
        return path
    wanted = _PATTERN.findall(chosen)
    return path.with_name(path.name + wanted[0].lower()) if wanted else path


def gantry_path(path: Path) -> Path:
    """``path`` as a .gantry file name (``Plan v1.2`` gives ``Plan v1.2.gantry``, not ``Plan v1``)."""
    return with_chosen_suffix(str(path), GANTRY_FILTER, GANTRY_FILTER)


GANTRY_FILTER = "Gantry plans (*.gantry)"
