"""Recurring task summaries in MSPDI: the <Recurring> flag and the pattern behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from app.domain.plan import Plan
from app.domain.task import ConstraintType
from app.domain.worktime import WorkTime
from app.io.mspdi_values import Q

if TYPE_CHECKING:  # imported where a file holds recurring tasks: most hold none
    from app.domain.recurrence_tasks import TaskRecurrence

_RECURRING = Q + "Recurring"


def is_recurring(elem: Element) -> bool:
    """The row says <Recurring>1</Recurring> (MS Project's recurring task summary)."""
    return (elem.findtext(_RECURRING) or "").strip() in ("1", "true")


def recurrences(plan: Plan, uids: set[int]) -> dict[int, TaskRecurrence]:
    """The patterns of the recurring summaries, read off their occurrences.

    MS Project XML keeps no pattern, only the occurrences: subtasks pinned Start
    No Earlier Than their dates. A summary whose occurrences one of Gantry's
    patterns makes again (app.domain.recurrence_tasks.infer_recurrence) is
    recurring here too; any other stays an ordinary summary with its subtasks. MS
    Project pins an occurrence on the pattern's date even on a day off (it starts the
    next working day), Gantry on the day it starts: either is read back.
    """
    from app.domain.recurrence_tasks import infer_recurrence

    calendar = plan.calendars[plan.project.calendar_uid]
    work_time = WorkTime.for_calendar(calendar, plan.calendars)
    found: dict[int, TaskRecurrence] = {}
    for uid in sorted(uids):
        if not plan.has_task(uid) or not plan.is_summary(uid):
            continue
        children = plan.children(uid)
        if any(
            c.constraint_type is not ConstraintType.SNET
            or c.constraint_date is None
            or plan.is_summary(c.uid)
            for c in children
        ):
            continue
        first = children[0]
        if any(c.duration_minutes != first.duration_minutes for c in children):
            continue
        days = [c.constraint_date.date() for c in children if c.constraint_date is not None]
        rec = infer_recurrence(days, first.duration_minutes, first.duration_unit, work_time)
        if rec is not None:
            found[uid] = rec
    return found
