"""The links and outline levels of a returned workbook's Plan sheet (:mod:`roundtrip_import`).

The Predecessors cells a client edited are read once every row is known (a row they added
may be named by a later one), then the plan's links are replaced row by row and checked
for a cycle, naming the cell that closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from app.domain.errors import AppError, FileFormatError
from app.domain.link import Link
from app.domain.notation import parse_predecessors
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task
from app.io.sheet_predecessors import _find_cycle
from app.io.sheet_values import CellError, check_lag_span
from app.io.workbook_cells import PLAN_SHEET


def apply_returned_links(
    plan: Plan,
    refs: Mapping[str, int],
    pending: Sequence[tuple[int, int, str]],
    where: Callable[[int, str], str],
    shown: Mapping[str, Sequence[int]] | None = None,
) -> None:
    """Give each successor in ``pending`` (row, successor uid, cell text) the links its
    Predecessors cell names, ``refs`` mapping the numbers the sheet shows to uids.
    ``shown``: the rows showing each # (the client may type one row's # on another): a
    cell naming a # two rows show is refused, naming both, as it may mean either."""
    links = {lk.key: lk for lk in plan.links}
    shown = shown or {}
    cells: dict[tuple[int, int], str] = {}
    for i, succ, text in pending:
        at = where(i, "Predecessors")
        try:
            parsed = parse_predecessors(text, plan.project)
        except AppError as exc:
            raise FileFormatError(f"{at}: {exc}") from None
        new: dict[tuple[int, int], Link] = {}
        for ref in parsed:
            rows = shown.get(ref.ref, ())
            if len(rows) > 1:
                cells_shown = " and ".join(where(r, "#") for r in rows[:2])
                raise FileFormatError(
                    f"{at}: # {ref.ref} is shown on two rows ({cells_shown}); give one of them "
                    "another # or name the task meant by its own"
                )
            pred = refs.get(ref.ref)
            if pred is None or not plan.has_task(pred):
                raise FileFormatError(f"{at}: no task with # {ref.ref}")
            if pred == succ:
                raise FileFormatError(f"{at}: a task cannot depend on itself")
            try:  # a lag of '99999999d' is refused here, naming its cell
                check_lag_span(ref, plan.task(pred).duration_minutes, plan.project)
            except CellError as exc:
                raise FileFormatError(f"{at}: {exc}") from None
            new[(pred, succ)] = Link(
                pred,
                succ,
                ref.type,
                ref.lag_minutes,
                ref.lag_percent,
                ref.lag_elapsed,
                ref.lag_unit,
            )
            cells[(pred, succ)] = at
        links = {k: v for k, v in links.items() if k[1] != succ}
        links.update(new)
    cycle = _find_cycle(list(links))
    if cycle is not None:
        names = " -> ".join(quoted(plan.task(u).name, NAME_LIMIT) for u in cycle)
        at = cells.get((cycle[-2], cycle[-1])) or next(iter(cells.values()), PLAN_SHEET)
        raise FileFormatError(f"{at}: predecessors form a cycle: {names}")
    plan.links = list(links.values())


def fix_levels(tasks: list[Task]) -> list[Task]:
    """Levels as the rows say, where a summary row the client deleted leaves its subtasks
    one level up, in place (MS Project's outdent): clamping each row to one below the row
    above made the first subtask the summary of the others."""
    out: list[Task] = []
    read: list[int] = []  # the level read of each row the current row sits under, and its own
    for t in tasks:
        while read and read[-1] >= t.outline_level:
            read.pop()
        read.append(t.outline_level)
        level = len(read)
        out.append(t if level == t.outline_level else replace(t, outline_level=level))
    return out
