"""What is typed for a risk's status and linked tasks, read as the Risks view, its sheet
and ``gantry risk`` take it (moved here from app/ui/models/risk_model.py)."""

from __future__ import annotations

import re

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.risk import RiskResponse, RiskStatus


def parse_status(text: str) -> RiskStatus:
    """Read a status name (open, mitigating, occurred, closed)."""
    for status in RiskStatus:
        if status.value == text.strip().lower():
            return status
    names = ", ".join(s.value for s in RiskStatus)
    raise InputError(f"{quoted(text.strip())} is not a risk status ({names})")


def parse_response(text: str) -> RiskResponse:
    """Read a response strategy (avoid, transfer, mitigate, accept), in any case."""
    for response in RiskResponse:
        if response.value == text.strip().lower():
            return response
    names = ", ".join(r.value for r in RiskResponse)
    raise InputError(f"{quoted(text.strip())} is not a response strategy ({names})")


# One reference: a row ID, a WBS code (1.2) or a range of row IDs (3-5, 3 - 5, or with an en dash).
_TASK_REF = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)|\d+(?:\.\d+)*\.?")
_TASK_REF_HINT = "is not a task ID, WBS code or range (try 3, 5-7, 1.2)"


def parse_task_refs(plan: Plan, text: str) -> tuple[int, ...]:
    """Read task references such as ``5, 7``, ``3-4``, ``2 5`` or ``1.2`` into task uids.

    The forms the predecessor cell takes (row IDs, WBS codes, lists split by
    ``,`` or ``;``) plus ranges of row IDs and lists split by spaces; a task named
    twice counts once.
    """
    uids: dict[int, None] = {}  # in the order named, once each
    wbs: list[str] | None = None
    for part in re.split(r"[;,]", text):
        rest = part.strip()
        while rest:
            m = _TASK_REF.match(rest)
            end = m.end() if m else 0
            if not m or (end < len(rest) and not rest[end].isspace()):
                raise InputError(f"{quoted(part.strip())} {_TASK_REF_HINT}")
            rest = rest[end:].lstrip()
            if m.group(1) is not None:
                first, last = int(m.group(1)), int(m.group(2))
                if first > last:
                    raise InputError(f"{quoted(m.group(0))} runs backwards: write {last}-{first}")
                rows = [first, last]  # both ends checked before the rows between are taken
                _check_rows(plan, rows)
                found = [plan.tasks[r - 1].uid for r in range(first, last + 1)]
            elif "." in m.group(0):
                code = m.group(0).rstrip(".")
                wbs = plan.wbs_codes() if wbs is None else wbs
                if code not in wbs:
                    raise InputError(f"there is no task with WBS {code}")
                found = [plan.tasks[wbs.index(code)].uid]
            else:
                _check_rows(plan, [int(m.group(0))])
                found = [plan.tasks[int(m.group(0)) - 1].uid]
            uids.update(dict.fromkeys(found))
    return tuple(uids)


def _check_rows(plan: Plan, rows: list[int]) -> None:
    for row in rows:
        if not 1 <= row <= len(plan.tasks):
            raise InputError(f"there is no task with ID {row}")


def format_task_refs(plan: Plan, uids: tuple[int, ...]) -> str:
    """Task uids as row IDs: ``5, 7``."""
    return ", ".join(str(plan.index_of(u) + 1) for u in uids if plan.has_task(u))
