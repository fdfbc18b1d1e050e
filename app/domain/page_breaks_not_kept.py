"""What a file with no place for MS Project's Insert Page Break loses: the note an export
to it gives (MS Project's XML has no page-break field on a task; nor have .gan and CSV)."""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.plural_words import counted


def page_breaks_not_kept(plan: Plan, ext: str) -> str:
    """``.xml keeps no page breaks (Insert > Page Break): 2 page breaks not saved; ...``
    ("" when no task has one)."""
    count = sum(1 for t in plan.tasks if t.page_break)
    if not count:
        return ""
    return (
        f"{ext} keeps no page breaks (Insert > Page Break): {counted(count, 'page break')} "
        "not saved; printed from it, the rows run on"
    )
