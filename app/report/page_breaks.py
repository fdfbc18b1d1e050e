"""Manual page breaks: MS Project's Insert Page Break on a task's row, printed when Print's
"Manual page breaks" is ticked (Page Setup keeps it with the plan, on by default).

A task with ``page_break`` starts a new page down the printout: the rows above it end their
page there, and the rows from it on are cut into pages anew, as many as fit a page. A break
on the first printed row changes nothing (that row starts a page anyway); a task left out of
the printout (filtered, collapsed, not active in the dates) takes its break with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.plan import Plan
from app.report.table_lines import page_cuts


def break_rows(plan: Plan, uids: Sequence[int], on: bool) -> tuple[int, ...]:
    """The places among ``uids`` (the printed rows, top to bottom) where a manual page break
    starts a page; none when ``on`` is False. A group's header row (no task) has none."""
    if not on:
        return ()
    tasks = plan.has_task
    return tuple(i for i, uid in enumerate(uids) if i and tasks(uid) and plan.task(uid).page_break)


def band_cuts(
    n: int,
    heights: Sequence[float] | None,
    room: float,
    row_h: float,
    breaks: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Each band of pages' rows as (first, end) indexes of ``n`` rows, ``room`` a page
    (``heights``: each row's, None: all ``row_h``): as many whole rows as fit, at least one,
    and a new page at each of ``breaks``; ``[(0, 0)]`` when there are no rows."""
    cuts: list[tuple[int, int]] = []
    starts = [0, *(b for b in breaks if 0 < b < n)]
    for first, end in zip(starts, [*starts[1:], n], strict=True):
        if heights is not None:
            cuts += [(first + a, first + b) for a, b in page_cuts(heights[first:end], room)]
            continue
        per_page = max(int(room // row_h), 1)
        cuts += [(a, min(a + per_page, end)) for a in range(first, end, per_page)]
    return cuts or [(0, 0)]
