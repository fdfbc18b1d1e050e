"""The shared MS Project files read, written back and compared field by field (the
round trips of tests/test_s20mw_*.py)."""

from __future__ import annotations

import re
from pathlib import Path

from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

_FIELD = re.compile(r"<(\w+)>([^<]*)</\1>")


def shared_files(shared: Path) -> list[Path]:
    """Every MS Project XML file of the shared data."""
    return sorted((shared / "mspdi").glob("*.xml")) + sorted((shared / "mpp").glob("*.xml"))


def rows(text: str, tag: str) -> list[dict[str, str]]:
    """The leaf fields of each ``<tag>`` element of an MSPDI text (the first of a name)."""
    out = []
    for found in re.finditer(rf"<{tag}>(.*?)</{tag}>", text, re.S):
        fields: dict[str, str] = {}
        for name, value in _FIELD.findall(found.group(1)):
            fields.setdefault(name, value)
        out.append(fields)
    return out


def round_trip(path: Path, out: Path) -> tuple[str, str]:
    """The file's text and the text Gantry writes for it (read, then written to ``out``)."""
    write_mspdi(read_mspdi(path), out)
    return path.read_text(encoding="utf-8", errors="replace"), out.read_text(encoding="utf-8")


def task_rows(text: str) -> dict[str, dict[str, str]]:
    """UID -> fields of each task row (not the project summary's)."""
    inside = text.split("<Tasks>", 1)[1].split("</Tasks>", 1)[0]
    return {r["UID"]: r for r in rows(inside, "Task") if r.get("UID", "0") != "0"}
