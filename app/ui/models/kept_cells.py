"""The task sheet's cells kept between paints, by task: their texts and answers by role.

A repaint of rows already shown then asks no task, schedule or filter again.
They are kept by task so that an edit drops only the rows it changed (a duration
typed in row 500 of a 10k plan redraws the rows its reschedule moved, not the
screen): :meth:`KeptCells.drop`. Bounded by rows: past the bound everything is
forgotten, and :attr:`KeptCells.lost` says that rows painted before may no
longer be known here (the next reschedule then refreshes every row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

_TEXT_ROWS = 2_000  # rows whose formatted cells are kept (many screens' worth)
_CELL_ROWS = 300  # rows whose cells' answers by role are kept (several screens' worth)


class KeptCells:
    """Cell texts by (column, role) and cell answers by column then role, each by task uid."""

    __slots__ = ("_cells", "_texts", "lost")

    def __init__(self) -> None:
        self._texts: dict[int, dict[tuple[int, int], str | None]] = {}
        self._cells: dict[int, dict[int, dict[int, Any]]] = {}
        # True when kept answers were forgotten for room (not because they changed): the
        # rows on screen are then not all known here.
        self.lost = False

    def texts_of(self, uid: int) -> dict[tuple[int, int], str | None]:
        """A task's kept texts by (column, role), made empty when first asked for."""
        found = self._texts.get(uid)
        if found is None:
            if len(self._texts) >= _TEXT_ROWS:
                self._texts.clear()
            found = self._texts[uid] = {}
        return found

    def cell(self, uid: int, column: int) -> dict[int, Any]:
        """A task cell's kept answers by role (empty when first asked for)."""
        row = self._cells.get(uid)
        if row is None:
            if len(self._cells) >= _CELL_ROWS:
                self._cells.clear()
                self.lost = True
            row = self._cells[uid] = {}
        found = row.get(column)
        if found is None:
            found = row[column] = {}
        return found

    def painted_uids(self) -> list[int]:
        """The tasks whose cells' answers are kept: every row shown since they were last
        dropped (all of them unless :attr:`lost`)."""
        return list(self._cells)

    def answers_stand(self, uid: int, answer: Callable[[int, int, int], Any]) -> bool:
        """Ask a kept row's cells again, role by role as they were asked (``answer(uid,
        column, role)``), and keep the new answers; whether every one is as it was (a
        reschedule that moved only a row's late dates changes nothing its painted cells
        show unless the Late or Slack columns are among them)."""
        row = self._cells.pop(uid, None)
        self._texts.pop(uid, None)
        if row is None:
            return False
        same = True
        fresh_row: dict[int, dict[int, Any]] = {}
        for column, roles in row.items():
            fresh = fresh_row[column] = {}
            for role, value in roles.items():
                now = fresh[role] = answer(uid, column, role)
                if same and now != value:
                    same = False
        self._cells[uid] = fresh_row
        return same

    def drop_unpainted(self) -> None:
        """Forget the texts of the rows whose cells are not kept (not on screen)."""
        painted = self._cells
        for uid in [u for u in self._texts if u not in painted]:
            del self._texts[uid]

    def drop(self, uids: Iterable[int]) -> None:
        """Forget what is kept of these tasks."""
        cells, texts = self._cells, self._texts
        for uid in uids:
            cells.pop(uid, None)
            texts.pop(uid, None)

    def clear(self) -> None:
        """Forget everything kept (every cell changed); the rows are known again."""
        self._texts.clear()
        self._cells.clear()
        self.lost = False
