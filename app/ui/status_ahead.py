"""The window's "Progress after status date" status text: how many tasks have actuals dated
after the plan's status date (app.domain.progress_past_status), as ``gantry info`` counts
them; hidden without a status date or such a task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.progress_past_status import past_status

if TYPE_CHECKING:
    from app.ui.document import Document

_MEMO: dict[int, tuple[object, object, object, list[int]]] = {}


def ahead_uids(document: Document) -> list[int]:
    """The tasks whose progress reaches past the status date (none without one), worked out
    once per schedule."""
    plan = document.plan
    status = plan.project.status_date
    if status is None:
        return []
    schedule = document.schedule
    key = id(document)
    memo = _MEMO.get(key)
    if memo is not None and memo[0] is schedule and memo[1] is plan and memo[2] == status:
        return memo[3]
    found = past_status(plan, schedule, status)
    _MEMO.clear()
    _MEMO[key] = (schedule, plan, status, found)
    return found


def ahead_text(document: Document) -> tuple[str, str, str] | None:
    """(full text, shorter form, tooltip) for the status bar; None: nothing to say."""
    uids = ahead_uids(document)
    if not uids:
        return None
    plan = document.plan
    names = [plan.task(uid).name for uid in uids[:20]]
    more = [f"… and {len(uids) - 20} more"] if len(uids) > 20 else []
    tip = (
        "Tasks with actual dates or work done after the status date "
        "(Project > Project Information); check the hours were not entered ahead:\n"
        + "\n".join(names + more)
    )
    return f"Progress after status date: {len(uids)}", f"After status: {len(uids)}", tip
