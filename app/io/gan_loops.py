"""The links of a GanttProject file that close loops, left out so the plan opens.

GanttProject refuses a loop as the user draws it, but a hand-edited or script-made .gan
can hold one. As with MS Project XML (app.domain.loop_links), the link that closes each
loop is left out (the same one: app.domain.loop_closing.closing_link) and said in one
note. The note names each task once, by the ID the sheet shows, and the link also by
GanttProject's ids (the file's ``<task id>``, one less than Gantry's UID), said as such,
where those differ from the IDs: that is where the user finds it in GanttProject.
"""

from __future__ import annotations

from app.domain.errors import CycleError
from app.domain.link import Link
from app.domain.loop_closing import LOOP_NAMED, closing_link
from app.domain.loop_links import MAX_LOOPS
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.scheduling.network import build_network


def without_gan_loops(plan: Plan, file_name: str) -> list[str]:
    """Remove from ``plan`` the links that close loops; one note per link removed.

    Raises CycleError (build_network's, naming the loop) when a loop holds no link to
    remove or more than MAX_LOOPS loops are found.
    """
    notes: list[str] = []
    for _ in range(MAX_LOOPS + 1):
        try:
            build_network(plan)
        except CycleError as exc:
            link = closing_link(plan, exc.task_uids)
            if link is None or len(notes) == MAX_LOOPS:
                raise
            plan.remove_link(link.predecessor, link.successor)
            notes.append(f"{file_name}: {_note(plan, link, exc.task_uids)}")
            continue
        break
    return notes


def _note(plan: Plan, link: Link, loop: tuple[int, ...]) -> str:
    """ "link ID 5 -> ID 1 FS (GanttProject's task 4 -> task 0) left out: it closed a loop
    through ID 1 'A', ..." (``link`` is already out of ``plan``; its tasks are not)."""
    ids = [plan.index_of(uid) + 1 for uid in link.key]
    gan_ids = [uid - 1 for uid in link.key]  # the file's <task id> (app/io/gan.py: uid = id + 1)
    said = f"ID {ids[0]} -> ID {ids[1]} {link.type.name}"
    if ids != gan_ids:
        said += f" (GanttProject's task {gan_ids[0]} -> task {gan_ids[1]})"
    named = ", ".join(
        f"ID {plan.index_of(uid) + 1} {quoted(plan.task(uid).name, NAME_LIMIT)}"
        for uid in loop[:LOOP_NAMED]
    )
    more = "" if len(loop) <= LOOP_NAMED else f" and {len(loop) - LOOP_NAMED} more"
    return f"link {said} left out: it closed a loop through {named}{more}"
