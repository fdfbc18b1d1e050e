"""A risk read back from its row of the ``risks`` table (the register's fields, v43; its
trigger and trigger date, v51)."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.domain.risk import Risk, RiskResponse, RiskStatus
from app.store.convert import enum_in


def _day(text: str | None) -> date | None:
    """A risk's date as stored (YYYY-MM-DD), or None."""
    return None if not text else date.fromisoformat(text)


def risk_from_row(r: sqlite3.Row, task_uids: tuple[int, ...]) -> Risk:
    """The risk row ``r`` holds, linked to ``task_uids`` (its ``risk_tasks`` rows in order)."""
    return Risk(
        uid=r["uid"],
        title=r["title"],
        probability=r["probability"],
        impact=r["impact"],
        owner=r["owner"],
        mitigation=r["mitigation"],
        contingency=r["contingency"],
        status=enum_in(RiskStatus, r["status"]),
        task_uids=task_uids,
        description=r["description"],
        category=r["category"],
        response=None if r["response"] is None else enum_in(RiskResponse, r["response"]),
        raised=_day(r["raised"]),
        next_review=_day(r["next_review"]),
        closed_on=_day(r["closed_on"]),
        residual_probability=r["residual_probability"],
        residual_impact=r["residual_impact"],
        trigger=r["trigger"],
        trigger_date=_day(r["trigger_date"]),
    )
