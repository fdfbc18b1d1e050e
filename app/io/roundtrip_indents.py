"""The outline a client changes with the Task cells' indent in a returned workbook.

Gantry writes each task's name indented by its outline level (level 1: no indent, level 2:
one step, as MS Project's Task Name column shows it). A client who presses Excel's
Increase Indent on a Task cell means "a subtask of the row above", as Indent Task does in
MS Project; that indent was not read, and the workbook came back with no change and no
word. Here a row whose Task cell's indent is not the one exported takes the level the
indent shows (one below the row above at most: :func:`app.io.roundtrip_links.fix_levels`),
its subtasks whose indent the client left moving with it, as Indent Task moves a summary's
branch in MS Project (the row alone left them a level above it, no longer its subtasks),
unless the client retyped its WBS too: the WBS places it then (it says where, the indent
only how deep), and a note says the indent was not read. A row the client added takes its
indent when the cell has one (a row inserted in Excel copies the row above's format; one
written by a script has none and stays at its neighbour's level).

Rows the client moved too (cut and inserted: Excel moves the cells' format with them)
keep their indents by their tasks, so the moves and the indents are both taken; a row
moved showing another indent than its task's was moved without its format (Paste Values,
a script), and then no indent is read, with a note saying so.

Spaces typed before a name are not an outline: how many spaces make a level is a guess
(a name may start with spaces anyway), so they are named in a note saying how to indent.
Only an .xlsx's indents are read (an .ods's are margins, not steps).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from app.domain.plan import Plan
from app.domain.plural_words import counted, verb
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task
from app.io.roundtrip_wbs import WbsColumn
from app.io.workbook_cells import cell_text
from app.io.xlsx_indents import column_indents

_DEEPEST = 15  # the indent of level 16 and below, as the workbook writes it (workbook_format)


def task_indents(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> dict[int, int] | None:
    """The indent of each indented Task cell of an .xlsx's ``sheet`` (0-based row, as
    ``rows`` counts them -> indent; a row not in it: none); None: not read (another kind of
    file, a layout the reader does not follow, no Task column)."""
    if path.suffix.lower() != ".xlsx" or not rows:
        return None
    header = [cell_text(c) for c in rows[0]]
    if "Task" not in header:
        return None
    return column_indents(path, sheet, header.index("Task"))


def _in_order(exported: Mapping[int, int], row_of: Mapping[int, int]) -> bool:
    """Whether the rows of the tasks exported (``exported``: in the plan's order) stand in
    that order in the sheet (a row deleted or added between them is no move)."""
    rows = [row_of[uid] for uid in exported if uid in row_of]
    return all(a < b for a, b in pairwise(rows))


def _moved_with_rows(
    indents: Mapping[int, int], exported: Mapping[int, int], row_of: Mapping[int, int]
) -> bool:
    """Whether the Task cells' indents moved with the rows the client moved (cut and
    inserted in Excel: the cells' format goes along) rather than staying where the rows
    stood (values pasted, or written by a script into rows inserted bare).

    Every row that moved (out of the plan's order) must show its own task's indent as
    exported, and the indents must fit the tasks better than the places: checked against
    the indents as exported, a row's own task's (moved along) or the task exported at its
    place (stayed), fewer rows off (a tie only when both readings see the same rows)."""
    uids = [uid for uid in exported if uid in row_of]  # the plan's order
    rows = sorted(row_of[uid] for uid in uids)  # the sheet's order
    own = {row_of[u] for u in uids if indents.get(row_of[u], 0) != exported_indent(exported[u])}
    if own & _moved_rows(uids, row_of):
        return False
    place = {
        i
        for i, u in zip(rows, uids, strict=True)
        if indents.get(i, 0) != exported_indent(exported[u])
    }
    return len(own) < len(place) or own == place


def _moved_rows(uids: Sequence[int], row_of: Mapping[int, int]) -> set[int]:
    """The rows out of the plan's order: all but a longest run of them still in order."""
    in_sheet = sorted(uids, key=row_of.__getitem__)
    rank = {u: k for k, u in enumerate(uids)}
    tails: list[int] = []  # the smallest last rank of an increasing run of each length
    ends: list[int] = []  # that run's last index in in_sheet
    back: list[int] = []  # each index's previous in its run (-1: none)
    for k, u in enumerate(in_sheet):
        at = bisect_left(tails, rank[u])
        back.append(ends[at - 1] if at else -1)
        if at == len(tails):
            tails.append(rank[u])
            ends.append(k)
        else:
            tails[at], ends[at] = rank[u], k
    kept: set[int] = set()
    k = ends[-1] if ends else -1
    while k >= 0:
        kept.add(row_of[in_sheet[k]])
        k = back[k]
    return {row_of[u] for u in uids} - kept


def exported_indent(level: int) -> int:
    """The indent the workbook writes for a task of outline ``level``."""
    return max(min(level, _DEEPEST + 1) - 1, 0)


class IndentedRows:
    """The levels the Task cells' indents give, for :class:`PlanSheetEditor`'s rows."""

    def __init__(
        self,
        indents: Mapping[int, int] | None,
        names: Callable[[int], object],
        where: Callable[[int], str],
    ) -> None:
        self.indents = indents  # None: not read
        self.names = names  # the Task cell of a row as the client left it
        self.where = where  # the Task cell of a row: "Plan!D10"
        self.set: dict[int, int] = {}  # uid -> the row whose indent set its level
        # a subtask whose own indent is as exported -> the row of the summary whose indent
        # moved the branch (as Indent Task in MS Project moves a summary's subtasks with it)
        self.carried: dict[int, int] = {}

    def levels(
        self,
        tasks: list[Task],
        exported: Mapping[int, int],
        wbs: WbsColumn,
        codes: Mapping[int, str],
        notes: list[str],
    ) -> list[Task]:
        """``tasks`` (rows in order) with the level each changed indent gives; ``exported``:
        each task's level as exported (a task not in it: a row the client added),
        ``codes`` its WBS as exported; ``notes`` hears the indents not read."""
        if (
            self.indents is not None
            and not _in_order(exported, wbs.row_of)
            and not _moved_with_rows(self.indents, exported, wbs.row_of)
        ):
            self._not_read(tasks, exported, wbs.row_of, notes)
            self.indents = None
        out: list[Task] = []
        branch: list[tuple[int, int, int]] = []  # (level exported, shift, row) of the summaries
        for t in tasks:
            i = wbs.row_of.get(t.uid)
            if i is None:
                out.append(t)
                continue
            name = self.names(i)
            if isinstance(name, str) and name[:1] in (" ", "\t", "\u00a0"):
                notes.append(
                    f"{self.where(i)}: the spaces before {quoted(t.name, NAME_LIMIT)} do not "
                    "make it a subtask; indent the cell (Increase Indent) or type its WBS"
                )
            was = exported.get(t.uid)
            while branch and was is not None and branch[-1][0] >= was:
                branch.pop()
            level = self._level(t, i, was, wbs, codes, notes)
            if level is None and branch and branch[-1][1]:  # its summary's indent moves it
                _level, shift, row = branch[-1]
                level = max(t.outline_level + shift, 1)
                self.carried[t.uid] = row
            if was is not None:  # what a subtask below follows: this row's shift, or its own
                shift = (level - was) if level is not None else 0
                branch.append((was, shift, self.carried.get(t.uid, i)))
            if level is None or level == t.outline_level:
                out.append(t)
                continue
            if t.uid not in self.carried:
                self.set[t.uid] = i
            out.append(replace(t, outline_level=level))
        return out

    def _level(
        self,
        task: Task,
        i: int,
        exported: int | None,
        wbs: WbsColumn,
        codes: Mapping[int, str],
        notes: list[str],
    ) -> int | None:
        """The level the indent of row ``i`` gives ``task`` (None: it gives none)."""
        if self.indents is None:
            return None
        typed = self.indents.get(i, 0)
        if exported is None:  # a row added: its indent when it has one, unless a WBS places it
            return typed + 1 if typed and not wbs.text(task.uid) else None
        if typed == exported_indent(exported):
            return None
        if wbs.col is not None and wbs.retyped(task.uid, codes[task.uid]):
            notes.append(
                f"{self.where(i)}: the indent of {quoted(task.name, NAME_LIMIT)} was changed "
                "and its WBS retyped; the WBS places it, the indent is not read"
            )
            return None
        return typed + 1

    def _not_read(
        self,
        tasks: list[Task],
        exported: Mapping[int, int],
        row_of: Mapping[int, int],
        notes: list[str],
    ) -> None:
        """A note when rows were moved and a Task cell shows another indent than exported:
        a row's values moved without its format (pasted as values, or by a script) leave
        indents that say nothing of the rows they now stand on."""
        indents = self.indents or {}
        for t in tasks:
            i, level = row_of.get(t.uid), exported.get(t.uid)
            if i is not None and level is not None and indents.get(i, 0) != exported_indent(level):
                notes.append(
                    f"{self.where(i)}: rows were moved and this Task cell's indent is not as "
                    "exported, as a move without the cells' format leaves it (Paste Values, "
                    "a script); the indents are not read as the outline: the moves are "
                    "taken, the rows' places and the WBS column set the outline (indent "
                    "the tasks in Gantry)"
                )
                return

    def notes(self, tasks: list[Task], exported: Mapping[int, int]) -> list[str]:
        """What the indents did to the rows whose level they set (``tasks``: the outline
        as it stands, levels valid)."""
        if not self.set:
            return []
        out: list[str] = []
        above: list[Task] = []  # the row's summaries, the nearest last
        for t in tasks:
            while above and above[-1].outline_level >= t.outline_level:
                above.pop()
            i = self.set.get(t.uid)
            if i is not None and t.outline_level != exported.get(t.uid):
                under = (
                    f"a subtask of {quoted(above[-1].name, NAME_LIMIT)}"
                    if above
                    else "a top-level task"
                )
                n = sum(1 for row in self.carried.values() if row == i)
                carried = f"; its {counted(n, 'subtask')} {verb(n, 'moves', 'move')} with it"
                out.append(
                    f"{self.where(i)}: {quoted(t.name, NAME_LIMIT)} is now {under} "
                    f"(outline level {t.outline_level}), as the cell's indent shows"
                    f"{carried if n else ''}"
                )
            above.append(t)
        return out

    def linked_under(self, plan: Plan) -> list[str]:
        """Refusals for each row whose indent put it under a task it is linked with (a
        summary and its subtask cannot be linked, as in MS Project): the plan would drop
        the indent with no word, so the client is told which cell and why."""
        moved = {**self.carried, **self.set}  # a subtask carried: its summary's cell
        if not moved:
            return []
        partners: dict[int, set[int]] = {}
        for lk in plan.links:
            if lk.successor in moved:
                partners.setdefault(lk.successor, set()).add(lk.predecessor)
            if lk.predecessor in moved:
                partners.setdefault(lk.predecessor, set()).add(lk.successor)
        out: list[str] = []
        above: list[Task] = []
        for t in plan.tasks:
            while above and above[-1].outline_level >= t.outline_level:
                above.pop()
            linked = partners.get(t.uid, set())
            summary = next((s for s in reversed(above) if s.uid in linked), None)
            if summary is not None:
                out.append(
                    f"{self.where(moved[t.uid])}: the indent puts "
                    f"{quoted(t.name, NAME_LIMIT)} under {quoted(summary.name, NAME_LIMIT)}, "
                    "a task it is linked with (a summary and its subtask cannot be linked); "
                    "remove the link or take the indent back"
                )
            above.append(t)
        return out
