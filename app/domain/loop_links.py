"""The links of a plan read from a file that close loops, left out so the plan can open.

MS Project cannot save a loop, but a hand-edited file or another tool's can hold one
(3 follows 2, and 2 follows 3). Refusing the whole file leaves the user no way to open
it and fix it, so a reader takes out the links that close loops (:func:`without_loops`)
and says which, one line each. An edit that would close a loop is still refused
(Plan.check_link): this is for what a file already holds.

Each loop is found as the scheduler finds it (build_network: links and the outline
together); of the loop's links, one going up the task list is left out (see
:func:`app.domain.loop_closing.closing_link`).
"""

from __future__ import annotations

from app.domain.errors import CycleError
from app.domain.link import Link
from app.domain.loop_closing import closing_link, link_words, loop_words
from app.domain.outline import has_cycle
from app.domain.plan import Plan
from app.domain.scheduling.network import build_network

# Loops broken at most; past them the file is refused as before (a file with hundreds
# of loops is not a plan someone can fix link by link).
MAX_LOOPS = 100


def without_loops(plan: Plan) -> list[str]:
    """Remove from ``plan`` the links that close loops; one note per link removed.

    Raises CycleError (as build_network does) when a loop holds no link to remove or
    more than :data:`MAX_LOOPS` loops are found; PlanError for any other refusal.
    """
    if not _may_loop(plan):
        return []
    notes: list[str] = []
    for _ in range(MAX_LOOPS):
        try:
            build_network(plan)
        except CycleError as exc:
            link = closing_link(plan, exc.task_uids)
            if link is None:
                raise
            plan.remove_link(link.predecessor, link.successor)
            notes.append(loop_note(plan, link, exc.task_uids))
            continue
        return notes
    build_network(plan)  # one more loop than can be broken: refused, naming it
    return notes


def loop_note(plan: Plan, link: Link, loop: tuple[int, ...]) -> str:
    """ "link ID 3 -> ID 2 FS (UID 41 -> 40) left out: it closed a loop through ID 2 'Scope'
    (UID 40), ID 3 'Sponsor' (UID 41)": named by the IDs the sheet shows once it is open
    (``link`` is already out of ``plan``; its tasks are not)."""
    return (
        f"link {link_words(plan, link)} left out: it closed a loop through {loop_words(plan, loop)}"
    )


def _may_loop(plan: Plan) -> bool:
    """False when the plan surely holds no loop, found in a fraction of build_network's
    time (0.03 s of 0.6 at 15,000 tasks): the outline alone leads from a task only up to
    its summaries, so when no link touches a summary a loop can only be one of links."""
    tasks = plan.tasks
    levels = [t.outline_level for t in tasks]
    summaries = {
        t.uid for t, level, after in zip(tasks, levels, levels[1:], strict=False) if after > level
    }
    if any(link.predecessor in summaries or link.successor in summaries for link in plan.links):
        return True
    return has_cycle(plan.links)
