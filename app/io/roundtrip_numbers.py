"""A returned Plan sheet's # column retyped by the client: told, not read (a task's # is its
row in the plan). Read by :class:`app.io.roundtrip_plan_sheet.PlanSheetEditor`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task
from app.io.sheet_values import is_blank, ref_text

if TYPE_CHECKING:
    from app.io.roundtrip_plan_sheet import PlanSheetEditor

_NUMBERS_TOLD = 3  # rows whose # was retyped told one by one; more: the column renumbered


def retyped_numbers(
    sheet: PlanSheetEditor,
    rows: Sequence[Sequence[object]],
    known: Mapping[int, int],
    by_uid: Mapping[int, Task],
) -> list[str]:
    """A note for each row of a task whose # the client retyped (its UID matched it): a
    # is the task's row in the plan, so the cell is not read."""
    if "#" not in sheet.cols or "UID" not in sheet.cols:
        return []
    out: list[str] = []
    retyped: list[int] = []
    for uid, i in known.items():
        number = sheet.get(rows[i], "#")
        exported = sheet.number_of.get(uid)
        if exported is None or is_blank(number) or ref_text(number) == str(exported):
            continue
        retyped.append(i)
        out.append(
            f"{sheet.where(i, '#')}: # {ref_text(number)} typed for "
            f"{quoted(by_uid[uid].name, NAME_LIMIT)} (# {exported}) is not read; a task's # "
            "is its row in the plan (move the row to change it)"
        )
    if len(out) > _NUMBERS_TOLD:  # the column renumbered: one note
        return [
            f"{sheet.where(retyped[0], '#')}: the # column was retyped on {len(out)} rows; "
            "a task's # is its row in the plan, so those cells are not read (move a row "
            "to change its #)"
        ]
    return out
