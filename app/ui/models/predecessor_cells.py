"""The Predecessors cell's text: a task's links written with row IDs as MS Project writes
them (``3FS+2d,5``), and read back from what the user typed (row IDs or WBS codes).

Used by the sheet (task_edits, task_cells) and Task Information's Predecessors field."""

from __future__ import annotations

from app.domain.errors import InputError
from app.domain.link import Link, LinkType
from app.domain.notation import format_link, join_predecessors, parse_predecessors
from app.domain.plan import Plan
from app.report.locale_numbers import C_MARKS, Marks, local_link, locale_marks
from app.ui.commands import quoted
from app.ui.locale_durations import typed_marks


def format_predecessors(
    plan: Plan, uid: int, links: list[Link] | None = None, marks: Marks = C_MARKS
) -> str:
    """The predecessor list of a task as MS Project writes it, with row IDs: ``3FS+2d,5``;
    a lag's figure in ``marks`` (``3FS+1,5d,5`` in German, read back as typed).

    ``links`` are the links into the task when the caller has them at hand.
    """
    if links is None:
        links = plan.links_into(uid)
    if not links:
        return ""
    parts = []
    for lk in sorted(links, key=lambda lk: plan.index_of(lk.predecessor)):
        ref = str(plan.index_of(lk.predecessor) + 1)
        parts.append(local_link(format_link(ref, lk, plan.project), marks))
    return join_predecessors(parts)


# The link types that end at a task's finish (MS Project refuses them into a summary).
_FINISH_LINKS = (LinkType.FF, LinkType.SF)


def parse_links(plan: Plan, successor: int, text: str) -> list[Link]:
    """Read a predecessor list whose references are row IDs (or WBS codes with a dot).

    The cell's own text committed untouched is the task's links as they are: its lags are
    written rounded (``0.33w``) and in the user's marks (``1\u066b5d`` in Arabic), which
    read back could differ by minutes. A lag's figure is read in the user's marks, as the
    Duration cell reads one (``3FS+1,200d`` is 1200 days in the US, 1.2 in Germany)."""
    if text.strip() == format_predecessors(plan, successor, marks=locale_marks()):
        return list(plan.links_into(successor))
    links: list[Link] = []
    wbs = plan.wbs_codes()
    # MS Project refuses a new FF or SF link into a summary (the scheduler ignores one);
    # one a file gave it is kept, so the row's other links can still be edited
    summary = plan.is_summary(successor)
    held = {(lk.predecessor, lk.type) for lk in plan.links_into(successor)} if summary else set()
    group, decimal = typed_marks()
    for ref in parse_predecessors(text, plan.project, group=group, decimal=decimal):
        if "." in ref.ref:
            if ref.ref not in wbs:
                raise InputError(f"there is no task with WBS {ref.ref}")
            pred = plan.tasks[wbs.index(ref.ref)].uid
        else:
            row = int(ref.ref)
            if not 1 <= row <= len(plan.tasks):
                raise InputError(f"there is no task with ID {row}")
            pred = plan.tasks[row - 1].uid
        if any(lk.predecessor == pred for lk in links):
            raise InputError(f"task {ref.ref} is listed twice")
        if summary and ref.type in _FINISH_LINKS and (pred, ref.type) not in held:
            raise InputError(
                f"summary {quoted(plan.task(successor).name)} cannot have a finish-to-finish or "
                f"start-to-finish predecessor ({ref.ref}{ref.type.name}): link it FS or SS"
            )
        links.append(
            Link(
                pred,
                successor,
                ref.type,
                ref.lag_minutes,
                ref.lag_percent,
                ref.lag_elapsed,
                ref.lag_unit,
            )
        )
    return links


def link_keys(links: list[Link]) -> set[tuple[object, ...]]:
    """What tells two predecessor lists apart (an elapsed lag is not a working one)."""
    return {
        (lk.predecessor, lk.type, lk.lag_minutes, lk.lag_percent, lk.lag_elapsed, lk.lag_unit)
        for lk in links
    }
