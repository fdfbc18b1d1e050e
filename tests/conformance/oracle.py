"""The values MS Project stored in an MSPDI file, read for comparison only (never into the domain)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import defusedxml.ElementTree as SafeET

_Q = "{http://schemas.microsoft.com/project}"


@dataclass(frozen=True)
class Stored:
    """One task as MS Project computed it."""

    uid: int
    name: str
    start: datetime
    finish: datetime
    total_slack: int  # working minutes (missing element = 0, see SOURCES.md)
    free_slack: int
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    critical: bool
    manual: bool
    summary: bool


def _text(elem, name: str) -> str | None:
    child = elem.find(_Q + name)
    return None if child is None or child.text is None else child.text.strip()


def _date(elem, name: str) -> datetime:
    return datetime.fromisoformat(_text(elem, name)).replace(second=0)


def stored_tasks(path: Path) -> list[Stored]:
    """Every real task of the file (no project summary, no blank rows)."""
    root = SafeET.parse(str(path), forbid_dtd=True).getroot()
    out: list[Stored] = []
    tasks = root.find(_Q + "Tasks")
    if tasks is None:
        return out
    for t in tasks.findall(_Q + "Task"):
        uid = int(_text(t, "UID") or "0")
        if uid == 0 or _text(t, "IsNull") == "1" or _text(t, "Start") is None:
            continue
        out.append(
            Stored(
                uid=uid,
                name=_text(t, "Name") or "",
                start=datetime.fromisoformat(_text(t, "Start")).replace(second=0),
                finish=datetime.fromisoformat(_text(t, "Finish")).replace(second=0),
                total_slack=round(int(_text(t, "TotalSlack") or "0") / 10),
                free_slack=round(int(_text(t, "FreeSlack") or "0") / 10),
                early_start=_date(t, "EarlyStart"),
                early_finish=_date(t, "EarlyFinish"),
                late_start=_date(t, "LateStart"),
                late_finish=_date(t, "LateFinish"),
                critical=_text(t, "Critical") == "1",
                manual=_text(t, "Manual") == "1",
                summary=_text(t, "Summary") == "1",
            )
        )
    return out
