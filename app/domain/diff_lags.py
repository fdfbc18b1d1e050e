"""A link's lag as a user sees it, for the diff, the merge and their texts.

MS Project shows a lag as it was typed (``3FS+1w``, LagFormat); Gantry keeps that unit in
``Link.lag_unit`` and, without one, writes the lag in the unit its length fits
(:func:`app.domain.notation.auto_unit`: 2,400 minutes read ``+5d``). A lag retyped in
another unit is a change when it shows differently (``+5d`` made ``+1w``), not when it
shows the same (``+2d`` with no unit typed ``+2d``). A change of the lag (its length, or
its unit alone) reads as the successor's Predecessors cell writes the link before and
after: ``3FS+5d -> 3FS+1w``.
"""

from __future__ import annotations

from app.domain.link import Link
from app.domain.notation import auto_unit, format_link, unit_minutes
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit

# The diff's fields of one lag: its length (with the unit it was typed in) and the unit alone.
LAG_FIELDS = frozenset({"lag_minutes", "lag_unit"})


def shown_lag_unit(link: Link, project: Project) -> DurationUnit | None:
    """The unit ``link``'s lag is written in (as :func:`app.domain.notation.format_duration`
    picks it); None for a lag that shows no unit (none, or a percentage)."""
    if link.lag_percent is not None or not link.lag_minutes:
        return None
    unit = link.lag_unit
    if unit is None or not unit_minutes(unit.value, project, link.lag_elapsed):
        return auto_unit(abs(link.lag_minutes), project, link.lag_elapsed)
    return unit


def unit_seen_changed(old: Link, old_project: Project, new: Link, new_project: Project) -> bool:
    """Whether the same lag shows in another unit (``+5d`` retyped ``+1w``), each side as its
    plan writes it (a unit typed that shows as the length picks is no change)."""
    if old.lag_unit == new.lag_unit:
        return False
    return shown_lag_unit(old, old_project) != shown_lag_unit(new, new_project)


def same_lag(a: Link, a_project: Project, b: Link, b_project: Project) -> bool:
    """Whether two links' lags read the same (length, percentage, elapsed and unit shown)."""
    return (a.lag_minutes, a.lag_percent, a.lag_elapsed) == (
        b.lag_minutes,
        b.lag_percent,
        b.lag_elapsed,
    ) and shown_lag_unit(a, a_project) == shown_lag_unit(b, b_project)


def link_of(plan: Plan, uid: int | str) -> Link | None:
    """The link a change names (``"3->5"``, the diff's uid of a link) in ``plan``."""
    pred, _, succ = str(uid).partition("->")
    if not (pred.isdigit() and succ.isdigit()):
        return None
    return plan.find_link(int(pred), int(succ))


def link_text(plan: Plan, uid: int | str, rows: Plan | None = None) -> str | None:
    """The link ``uid`` names as its successor's Predecessors cell writes it in ``plan``:
    ``3FS+1w`` (None: ``plan`` has no such link). The predecessor is named by its row
    number in ``rows`` (default ``plan``: ``gantry diff`` writes each side as its own
    file's Predecessors column reads), by its row in ``plan`` when ``rows`` lacks it; the
    import review names every side by the rows of the plan open here (``rows=ours``)."""
    link = link_of(plan, uid)
    if link is None or not plan.has_task(link.predecessor):
        return None
    numbered = rows if rows is not None and rows.has_task(link.predecessor) else plan
    return format_link(str(numbered.index_of(link.predecessor) + 1), link, plan.project)
