"""Which plan a returned workbook belongs to. A PMO clones every client's plan from one
template, so task ids and names match across plans, and a workbook exported from one client's
plan matched another's task for task (tester s31xp: Northwind's 4d -> 9d landed in Contoso's
plan). The workbook's snapshot holds the plan as exported, its Project Information title
with it: that title names the plan. A copy saved under another file name (File > Save As)
keeps the title, and is the same plan, as MS Project's Save As keeps the project's identity;
a plan cloned for another client is given that client's title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.quoting import NAME_LIMIT, quoted

if TYPE_CHECKING:
    from app.domain.plan import Plan


def _title(name: str) -> str:
    """A plan's title as compared: case and spacing aside ('CRM  roll-out ' is 'crm roll-out')."""
    return " ".join(name.split()).casefold()


def other_plan(base: Plan, ours: Plan, file_name: str) -> str:
    """One line when the workbook ``file_name``, whose snapshot is ``base``, was exported from
    a plan titled otherwise than ``ours`` ("": the same plan, or a title missing on a side)."""
    theirs, mine = base.project.name, ours.project.name
    if not _title(theirs) or not _title(mine) or _title(theirs) == _title(mine):
        return ""
    return (
        f"{file_name} was exported from {quoted(theirs.strip(), NAME_LIMIT)}, not from this "
        f"plan {quoted(mine.strip(), NAME_LIMIT)}"
    )
