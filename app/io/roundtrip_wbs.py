"""A WBS the client typed on the returned Plan sheet: the task goes where the number puts it.

The Plan sheet's rows keep their identity by the hidden UID column, whatever order the
client left them in (a sort is a view, :mod:`app.io.roundtrip_sorted`). A row whose WBS
differs from the one exported is a task the client moved: it goes, with its subtasks, to
the place the number names in the outline, as the sheet shows it (``2.3``: third under the
row whose WBS is ``2``; before a row already numbered ``2.3``, which the client has not
renumbered). A row the client added to a sorted sheet goes where its WBS puts it too (one
without a WBS goes at the end, as before); in a sheet left in the plan's order it stays
where it was typed when it sits under the summary its WBS names, else it goes there too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from app.domain.errors import FileFormatError
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import is_blank, ref_text

_CODE = re.compile(r"[0-9]+(?:\.[0-9]+)*\.?")


def wbs_code(text: str) -> tuple[int, ...] | None:
    """``2.3`` as (2, 3); None for text that is no WBS number (``A.1``, ``0``, ``2..1``)."""
    if not _CODE.fullmatch(text):
        return None
    code = tuple(int(part) for part in text.rstrip(".").split("."))
    return None if any(part < 1 for part in code) else code


def _shown(code: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in code)


@dataclass(frozen=True, slots=True)
class WbsColumn:
    """The WBS cells of the sheet as the client returned it."""

    sheet: str
    rows: Sequence[Sequence[object]]
    col: int | None  # None: the client deleted the column
    row_of: Mapping[int, int]  # the sheet row (index into rows) of each task, by uid

    def text(self, uid: int) -> str:
        i = self.row_of.get(uid)
        if self.col is None or i is None:
            return ""
        row = self.rows[i]
        value = row[self.col] if self.col < len(row) else None
        return "" if is_blank(value) else ref_text(value)

    def same_number(self, uid: int, old: str) -> bool:
        """Whether the cell is a number equal to ``old`` read as one: 1.10 exported, 1.1
        read back is a spreadsheet that made the text a number, not a WBS retyped."""
        i = self.row_of.get(uid)
        row = self.rows[i] if self.col is not None and i is not None else ()
        value = row[self.col] if self.col is not None and self.col < len(row) else None
        if not isinstance(value, float | int) or isinstance(value, bool):
            return False
        try:
            return float(old) == value
        except ValueError:
            return False

    def retyped(self, uid: int, old: str) -> bool:
        """Whether the client typed another WBS than ``old`` (as exported) for the task:
        '2.30' for '2.3' is the same number; a blank cell, no edit; 1.10 made the number
        1.1 by a spreadsheet, no edit either."""
        text = self.text(uid)
        code = wbs_code(text) if text else None
        typed = text not in ("", old) and (code is None or code != wbs_code(old))
        return typed and not self.same_number(uid, old)

    def where(self, uid: int) -> str:
        return f"{self.sheet}!{column_letter(self.col or 0)}{self.row_of[uid] + 1}"


def placed_by_wbs(
    tasks: list[Task],
    cells: WbsColumn,
    exported: Mapping[int, str],
    sorted_view: bool,
    notes: list[str] | None = None,
) -> list[Task]:
    """``tasks`` (in the order read, levels valid) with each task whose WBS the client typed
    moved to where it puts it; FileFormatError naming the cell of a WBS that places nothing.

    ``exported``: each task's WBS as exported (a task not in it is a row the client added);
    ``sorted_view``: the rows were sorted (added rows are placed by their WBS too).
    ``notes`` hears where a WBS typed that another row holds put its task.
    """
    moved: dict[int, tuple[int, ...]] = {}
    keys: dict[int, tuple[int, ...]] = {}  # the code each row shows, to order siblings
    for t in tasks:
        text = cells.text(t.uid)
        old = exported.get(t.uid)
        code = wbs_code(text) if text else None
        # a row the client added is placed by its WBS in a sorted sheet only
        typed = sorted_view and text != "" if old is None else cells.retyped(t.uid, old)
        if typed:
            if code is None:
                raise FileFormatError(
                    f"{cells.where(t.uid)}: {quoted(text)} is not a WBS number (such as 2.3)"
                )
            moved[t.uid] = code
        shown = code if code is not None else wbs_code(old) if old is not None else None
        if shown is not None:
            keys[t.uid] = shown
    if not sorted_view:
        moved.update(_astray(tasks, keys, exported, moved))
    if not moved:
        return tasks
    placed = _Outline(tasks, moved, keys, cells).placed()
    if notes is not None:
        notes.extend(_same_wbs_notes(tasks, placed, moved, keys, exported, cells))
    if not sorted_view:
        return placed
    # rows added to a sorted sheet without a WBS: at the end, as before, at the level of the
    # plan's last task (not under a row placed by its WBS since)
    trailing = {t.uid for t in tasks if t.uid not in exported and t.uid not in moved}
    last = next((t.outline_level for t in reversed(tasks) if t.uid in exported), 1)
    return [t for t in placed if t.uid not in trailing] + [
        t if t.outline_level == last else replace(t, outline_level=last)
        for t in placed
        if t.uid in trailing
    ]


def _same_wbs_notes(
    tasks: list[Task],
    placed: list[Task],
    moved: Mapping[int, tuple[int, ...]],
    keys: Mapping[int, tuple[int, ...]],
    exported: Mapping[int, str],
    cells: WbsColumn,
) -> list[str]:
    """A note for each task whose WBS the client retyped to one another row still holds
    (5.2 typed 5.3): the task goes just before that row, as a row typed in between does,
    which may leave it where it was."""
    holder: dict[tuple[int, ...], Task] = {}
    for t in tasks:
        if t.uid in keys and t.uid not in moved:
            holder.setdefault(keys[t.uid], t)
    stayed = [(t.uid, t.outline_level) for t in tasks] == [(t.uid, t.outline_level) for t in placed]
    out = []
    for t in tasks:
        code = moved.get(t.uid)
        if code is None or t.uid not in exported or code not in holder:
            continue
        other = holder[code]
        name = quoted(t.name, NAME_LIMIT)
        out.append(
            f"{cells.where(t.uid)}: WBS {_shown(code)} typed for {name} is also the WBS of "
            f"{quoted(other.name, NAME_LIMIT)} (row {cells.row_of[other.uid] + 1}): {name} "
            "goes just before it"
            + (
                f"; nothing moves (WBS {_shown((*code[:-1], code[-1] + 1))} puts it after)"
                if stayed
                else ""
            )
        )
    return out


def _astray(
    tasks: list[Task],
    keys: Mapping[int, tuple[int, ...]],
    exported: Mapping[int, str],
    moved: Mapping[int, tuple[int, ...]],
) -> dict[int, tuple[int, ...]]:
    """The rows added to a sheet in the plan's order whose WBS names another summary than
    the one they sit under: ``1.3`` typed at the bottom goes under 1. A row typed where its
    WBS puts it (inserted under 1.2, numbered 1.3) stays where it was typed, so rows
    inserted together without renumbering the rows below keep their order."""
    named: dict[tuple[int, ...], int] = {}
    for t in tasks:
        if t.uid in keys:
            named.setdefault(keys[t.uid], t.uid)
    out: dict[int, tuple[int, ...]] = {}
    stack: list[Task] = []
    for t in tasks:
        while stack and stack[-1].outline_level >= t.outline_level:
            stack.pop()
        above = stack[-1].uid if stack else None
        stack.append(t)
        code = keys.get(t.uid)
        if t.uid in exported or t.uid in moved or code is None:
            continue
        if (named.get(code[:-1]) if len(code) > 1 else None) != above:
            out[t.uid] = code
    return out


class _Outline:
    """The outline as a tree of uids: the tasks left in place under their parents, and each
    moved task (with the subtasks it takes along) put under the row its WBS names, parents
    first, then the tree read back in order."""

    def __init__(
        self,
        tasks: list[Task],
        moved: dict[int, tuple[int, ...]],
        keys: dict[int, tuple[int, ...]],
        cells: WbsColumn,
    ) -> None:
        self.tasks = {t.uid: t for t in tasks}
        self.moved = moved
        self.keys = keys
        self.cells = cells
        self.children: dict[int | None, list[int]] = {None: []}
        self.parent_of: dict[int, int | None] = {}
        stack: list[Task] = []
        for t in tasks:
            while stack and stack[-1].outline_level >= t.outline_level:
                stack.pop()
            parent = stack[-1].uid if stack else None
            self.parent_of[t.uid] = parent
            self.children[t.uid] = []
            if t.uid not in moved:  # a moved task is put in by its WBS
                self.children[parent].append(t.uid)
            stack.append(t)
        # the row each code names: a typed code first, as the client typed it last
        self.named: dict[tuple[int, ...], int] = {}
        for uid, code in keys.items():
            if uid not in moved:
                self.named.setdefault(code, uid)
        self.named.update({code: uid for uid, code in reversed(moved.items())})
        self.placed_uids: set[int] = set()
        # under each parent (None: the top), where the last moved task went and its number:
        # the next, numbered after it, is looked for past it (a flat sheet renumbered from
        # the top moves every row; scanning from the first sibling each time was quadratic)
        self.last: dict[int | None, tuple[int, int]] = {}

    def placed(self) -> list[Task]:
        pending = sorted(self.moved, key=lambda uid: self.moved[uid])
        while pending:
            waiting = [uid for uid in pending if not self._place(uid)]
            if len(waiting) == len(pending):
                self._refuse(waiting[0])
            pending = waiting
        out: list[Task] = []
        walk: list[tuple[int, int]] = [(uid, 1) for uid in reversed(self.children[None])]
        while walk:
            uid, level = walk.pop()
            t = self.tasks[uid]
            out.append(t if t.outline_level == level else replace(t, outline_level=level))
            walk.extend((child, level + 1) for child in reversed(self.children[uid]))
        return out

    def _in_place(self, uid: int) -> bool:
        """Whether ``uid`` hangs from the top, not from a moved task not put in yet."""
        at: int | None = uid
        while at is not None:
            if at in self.moved and at not in self.placed_uids:
                return False
            at = self.parent_of[at]
        return True

    def _place(self, uid: int) -> bool:
        """Put ``uid`` in; False while the row it goes under is not in yet."""
        code = self.moved[uid]
        parent: int | None = None
        if len(code) > 1:
            parent = self.named.get(code[:-1])
            if parent is None or not self._in_place(parent):
                return False
        siblings = self.children[parent]
        hint = self.last.get(parent)
        at = hint[0] + 1 if hint is not None and hint[1] <= code[-1] else 0
        while at < len(siblings):
            key = self.keys.get(siblings[at])
            if key is not None and (
                key[-1] > code[-1] or (key[-1] == code[-1] and siblings[at] not in self.placed_uids)
            ):
                break  # a row numbered after it, or one the client did not renumber
            at += 1
        siblings.insert(at, uid)
        self.parent_of[uid] = parent
        self.placed_uids.add(uid)
        self.last[parent] = (at, code[-1])
        return True

    def _refuse(self, uid: int) -> None:
        code = self.moved[uid]
        parent = self.named.get(code[:-1])
        where = self.cells.where(uid)
        at = parent
        while at is not None and at != uid:
            at = self.parent_of[at]
        if parent is not None and at == uid:
            raise FileFormatError(
                f"{where}: a task cannot go under its own subtask (WBS {_shown(code[:-1])})"
            )
        raise FileFormatError(
            f"{where}: WBS {_shown(code)} goes under {_shown(code[:-1])}, "
            f"and no row has WBS {_shown(code[:-1])}"
        )
