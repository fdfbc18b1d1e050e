"""A summary task's own people, as leveling counts them: fixed load it names, never moves.

MS Project does not delay a summary task when it levels, yet a person put on a
summary works its whole span at their units, and over-allocation counts that
(:func:`app.domain.overallocation.booked_spans`,
:func:`app.domain.assignment_work.planned_work`). The rule here, the simplest
that stays correct: once every leaf task is placed, each summary's own
assignments are booked over the span the summary has then (its leaf subtasks'
leveled dates, first start to last finish; the scheduled span when none of
them moved), and a clash they make is named as unresolved ("'Backend' is a
summary task, which leveling does not move"). Leaves are not delayed around a
summary's people: the span is only known once its subtasks are placed, and a
subtask the same person works could never wait its summary out (waiting
stretches the summary with it).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.worktime import to_minutes

# A summary's people: summary uid -> (person uid, units) of each of its own assignments.
SummaryPeople = dict[int, list[tuple[int, float]]]


def summary_people(
    plan: Plan, summaries: Collection[int], people: Collection[int], off: Collection[int]
) -> SummaryPeople:
    """The own assignments of active summaries held by ``people`` (units > 0)."""
    out: SummaryPeople = {}
    for a in plan.assignments:
        if (
            a.task_uid in summaries
            and a.resource_uid in people
            and a.units > 0
            and a.task_uid not in off
        ):
            out.setdefault(a.task_uid, []).append((a.resource_uid, a.units))
    return out


def leveled_spans(
    plan: Plan,
    wanted: Collection[int],
    schedule: Schedule,
    leaves: Mapping[int, tuple[int, int]],
    moved: Collection[int],
) -> dict[int, tuple[int, int]]:
    """The span (clock minutes) each summary in ``wanted`` has once its leaves are leveled.

    ``leaves``: each leaf's leveled start and finish; ``moved``: the leaves leveling
    moved. A summary none of whose leaves moved keeps its scheduled span.
    """
    parents = plan.parent_uids()
    lo: dict[int, int] = {}
    hi: dict[int, int] = {}
    touched: set[int] = set()
    for uid, (start, finish) in leaves.items():
        up = parents.get(uid)
        while up is not None:
            if up in wanted:
                lo[up] = min(lo.get(up, start), start)
                hi[up] = max(hi.get(up, finish), finish)
                if uid in moved:
                    touched.add(up)
            up = parents.get(up)
    out: dict[int, tuple[int, int]] = {}
    for uid in wanted:
        times = schedule.times.get(uid)
        if uid in touched:
            out[uid] = (lo[uid], hi[uid])
        elif times is not None:
            out[uid] = (to_minutes(times.start), to_minutes(times.finish))
    return out


def under(parents: Mapping[int, int | None], summary: int, uid: int) -> bool:
    """Whether task ``uid`` lies under ``summary`` in the outline (``parents``: each
    task's parent, :meth:`app.domain.plan.Plan.parent_uids`)."""
    up = parents.get(uid)
    while up is not None:
        if up == summary:
            return True
        up = parents.get(up)
    return False


def why_summary(name: str) -> str:
    """Why a clash with a summary's own person stays: leveling does not move summaries."""
    return f"{quoted(name, NAME_LIMIT)} is a summary task, which leveling does not move"
