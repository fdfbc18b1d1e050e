"""Links read from a sheet's predecessor cells, checked for cycles in one pass (moved out of
sheet_import.py as is): a predecessor cell refers to the row id column, the WBS column or the
row number, ranges such as ``1 - 15`` included."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.domain.errors import AppError, FileFormatError
from app.domain.link import Link
from app.domain.notation import PredecessorRef, parse_predecessors
from app.domain.plan import Plan
from app.domain.progress import Progress, report
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_rows_build import PLAIN_LINK_TAIL, link_values, links_of
from app.io.sheet_values import CellError, check_lag_span, expand_ranges, ref_text

if TYPE_CHECKING:  # sheet_import imports this module
    from app.io.sheet_import import SheetRows


def _add_links(
    plan: Plan,
    data: SheetRows,
    mapping: ColumnMapping,
    body: list[tuple[int, Sequence[object]]],
    refs: dict[str, int],
    progress: Progress | None = None,
) -> None:
    """Links from the predecessor cells, checked for cycles in one pass (fast on big sheets);
    ``progress`` hears ``(rows done, rows)`` every 4096 rows."""
    col = mapping.columns.get("predecessors")
    if col is None:
        return
    ends = _subtree_ends(plan)
    links: dict[tuple[int, int], tuple[object, ...]] = {}  # built at once (sheet_rows_build)
    cells: dict[tuple[int, int], int] = {}  # link -> row index of its cell
    for n, (i, row) in enumerate(body):
        if not n & 4095 and progress is not None:
            report(progress, n * 4 // 5, len(body))
        value = row[col] if col < len(row) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # a blank cell (is_blank, inlined)
        text = ref_text(value)
        simple = _PLAIN_FS.match(text)
        if simple is not None:  # "12" or "12fs": most cells of a big sheet
            succ = n + 1
            pred = refs.get(simple.group(1))
            if (
                pred is not None
                and pred != succ
                and not pred < succ <= ends[pred]
                and not succ < pred <= ends[succ]
            ):
                if (pred, succ) not in links:
                    links[(pred, succ)] = (pred, succ, *PLAIN_LINK_TAIL)  # as PredecessorRef
                    cells[(pred, succ)] = i
                continue
            if pred == succ:  # "3" typed on row 3 itself (a range may cover its own row)
                name = plan.task(succ).name
                raise FileFormatError(
                    f"{data.where(i, col)}: {quoted(name, NAME_LIMIT)} cannot be its own "
                    "predecessor"
                )
            parsed = [PredecessorRef(simple.group(1))]  # unknown id or own branch: see below
        else:
            try:
                parsed = parse_predecessors(expand_ranges(text), plan.project)
            except AppError as exc:
                raise FileFormatError(f"{data.where(i, col)}: {exc}") from None
        succ = n + 1
        for p in parsed:
            pred = refs.get(p.ref)
            if pred is None:
                raise FileFormatError(f"{data.where(i, col)}: no task with id {p.ref}")
            try:
                check_lag_span(p, plan.task(pred).duration_minutes, plan.project)
            except CellError as exc:
                raise FileFormatError(f"{data.where(i, col)}: {exc}") from None
            if pred == succ or pred < succ <= ends[pred] or succ < pred <= ends[succ]:
                continue  # "1 - 15" on a summary row covers its own subtasks
            if (pred, succ) not in links:
                links[(pred, succ)] = link_values(
                    Link(
                        pred, succ, p.type, p.lag_minutes, p.lag_percent, p.lag_elapsed, p.lag_unit
                    )
                )
                cells[(pred, succ)] = i
    report(progress, len(body) * 4 // 5, len(body))  # the cells read; the check and build left
    cycle = None if _acyclic(links, len(plan.tasks)) else _find_cycle(list(links))
    if cycle is not None:
        names = " -> ".join(quoted(plan.task(u).name, NAME_LIMIT) for u in cycle)
        raise FileFormatError(
            f"{data.where(cells[(cycle[-2], cycle[-1])], col)}: predecessors form a cycle: {names}"
        )
    rows = list(links.values())
    built: list[Link] = []
    for start in range(0, len(rows), _BLOCK):  # in blocks, the bar moving between them
        report(progress, len(body) * (9 * len(rows) + start) // (10 * len(rows)), len(body))
        built += links_of(rows[start : start + _BLOCK])
    report(progress, len(body), len(body))
    plan.links = built


_BLOCK = 16384  # links built at once between two reports


_PLAIN_FS = re.compile(r"^\s*(\d+)\s*(?:fs)?\s*$", re.IGNORECASE)


def _subtree_ends(plan: Plan) -> dict[int, int]:
    """Uid of the last row under each task (its own uid for a plain task).

    Rows are numbered 1..n in outline order, so ``a`` is an ancestor of ``b``
    exactly when ``a < b <= ends[a]``.
    """
    ends: dict[int, int] = {}
    stack: list[Task] = []
    for t in plan.tasks:
        while stack and stack[-1].outline_level >= t.outline_level:
            ends[stack.pop().uid] = t.uid - 1
        stack.append(t)
    last = plan.tasks[-1].uid if plan.tasks else 0
    for t in stack:
        ends[t.uid] = last
    return ends


def _acyclic(edges: Iterable[tuple[int, int]], n: int) -> bool:
    """Whether links between rows 1..n form no cycle (Kahn's count: fast when they do not)."""
    succs: list[list[int]] = [[] for _ in range(n + 1)]
    incoming = [0] * (n + 1)
    for a, b in edges:
        succs[a].append(b)
        incoming[b] += 1
    ready = [u for u in range(n + 1) if not incoming[u]]
    done = 0
    while ready:
        u = ready.pop()
        done += 1
        for v in succs[u]:
            incoming[v] -= 1
            if not incoming[v]:
                ready.append(v)
    return done == n + 1


def _find_cycle(edges: list[tuple[int, int]]) -> list[int] | None:
    """A cycle as [a, b, ..., a], or None (iterative depth-first search)."""
    succs: dict[int, list[int]] = {}
    for a, b in edges:
        succs.setdefault(a, []).append(b)
    state: dict[int, int] = {}  # 1 on the current path, 2 done
    for root in succs:
        if state.get(root):
            continue
        path = [root]
        iters = [iter(succs.get(root, ()))]
        state[root] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(succs.get(nxt, ())))
    return None
