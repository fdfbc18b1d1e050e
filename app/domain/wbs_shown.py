"""The WBS code a task shows: MS Project's code of its own (``Task.wbs``, kept as read or
typed in Task Information) where it has one, else its outline number (``Plan.wbs``), which
follows the task as MS Project's automatic code does.

The window's WBS column, printouts and ``gantry schedule --json`` all show this one code.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.plan import Plan

_OWN = attrgetter("wbs")


def shown_wbs(plan: Plan, uid: int) -> str:
    """The WBS code of one task: its own, else its outline number."""
    return plan.task(uid).wbs or plan.wbs(uid)


def shown_wbs_codes(plan: Plan) -> list[str]:
    """The WBS codes of all tasks in row order: each task's own, else its outline number.

    A plan without codes of its own gets ``Plan.wbs_codes()`` itself (no copy, one pass
    over the tasks): do not change the list.
    """
    numbers = plan.wbs_codes()
    own = list(map(_OWN, plan.tasks))
    if not any(own):
        return numbers
    return [code or number for code, number in zip(own, numbers, strict=True)]
