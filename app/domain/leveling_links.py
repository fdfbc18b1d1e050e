"""Links as leveling follows them: between leaf tasks, moving a task as the forward pass does.

A link on a summary binds every leaf below it. Once a task's predecessors
are placed, :func:`candidate` gives the earliest start its links allow, with
each lag run on the successor's lag calendar as the scheduler runs it.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.leveling_placement import Shape
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.worktime import WorkTime


def _leaves(plan: Plan, uid: int, summaries: set[int]) -> list[int]:
    if uid not in summaries:
        return [uid]
    return [t.uid for t in plan.descendants(uid) if t.uid not in summaries]


def expanded_links(plan: Plan, summaries: set[int]) -> list[Link]:
    """Links between leaf tasks; a link on a summary binds all tasks below it."""
    out: list[Link] = []
    for lk in plan.links:
        if lk.predecessor not in summaries and lk.successor not in summaries:
            out.append(lk)
            continue
        for p in _leaves(plan, lk.predecessor, summaries):
            for s in _leaves(plan, lk.successor, summaries):
                out.append(replace(lk, predecessor=p, successor=s))
    return out


def _lagged(lk: Link, base: int, cal: WorkTime, pred_work: int) -> int:
    """Moment ``base`` moved by the link's lag (on the successor's lag calendar), as the scheduler does."""
    if lk.lag_percent is not None:
        lag = round(lk.lag_percent * pred_work / 100)
    elif lk.lag_elapsed:
        return base + lk.lag_minutes
    else:
        lag = lk.lag_minutes
    return base if lag == 0 else cal.at_end(cal.index(base) + lag)


def candidate(
    shapes: dict[int, Shape],
    es: dict[int, int],
    ef: dict[int, int],
    moved: set[int],
    uid: int,
    links: list[Link],
) -> tuple[int, int, bool]:
    """The earliest start the task's links allow once its predecessors are placed,
    the latest finish its finish-to-x links ask for (-1: none) and whether a
    moved predecessor had a say.

    Never before where it was unleveled: predecessors only ever move later, and
    those that stayed allowed that already.
    """
    sh = shapes[uid]
    start = sh.start
    cal = sh.cal
    # Unleveled, a finish bound in non-working time may have stretched the finish to it.
    bound = sh.finish if not sh.elapsed and cal.at_end(cal.index(sh.finish)) != sh.finish else -1
    pushed = False
    for lk in links:
        p = lk.predecessor
        if p not in moved:
            continue
        pushed = True
        base = ef[p] if lk.type in (LinkType.FS, LinkType.FF) else es[p]
        x = _lagged(lk, base, sh.lag_cal, shapes[p].work)
        if lk.type in (LinkType.FF, LinkType.SF):  # binds the finish
            bound = max(bound, x)
            x = sh.from_finish(x)
        start = max(start, x)
    return start, bound, pushed
