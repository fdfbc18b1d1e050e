"""Cells of the Risks sheet that are not plain text or money: a risk's probability and the
tasks it threatens (read by :mod:`register_sheets` and, without the snapshot,
:mod:`workbook_registers_recovered`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.risk import probability_of_number, read_probability
from app.io.sheet_percent import PercentCell, shown_value
from app.io.sheet_values import CellError, is_blank, ref_text


def sheet_probability(value: object) -> float:
    """The Risks view's rule (app.domain.risk.read_probability): a number cell up to 1 is
    a fraction (a percentage cell holds 40 % as 0.4), above 1 percent; text as typed in
    the view, so "0,4" is 40 % in both places. A cell known to show a percentage holds its
    fraction whatever its size: 1.5 there is 150 %, refused."""
    if is_blank(value):
        return 0.0
    if isinstance(value, PercentCell):  # a percent cell's number is the fraction it shows
        if not 0.0 <= value <= 1.0:
            raise CellError(f"{shown_value(value)} is not between 0 and 100 %")
        return round(float(value), 6)
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return round(probability_of_number(float(value)), 6)
        return round(read_probability(str(value)), 6)
    except InputError as exc:
        raise CellError(str(exc)) from None


# one part of a Tasks cell: a # or a range of them (3-5; "3 - 5" and an en dash are made so)
_TASK_PART = re.compile(r"^(\d+)(?:-(\d+))?$")


def task_uids_cell(plan: Plan, refs: Mapping[str, int], value: object) -> tuple[int, ...]:
    """A Tasks cell (``3, 7``, ``3-5``, ``3 7``, a number) as the uids of those tasks."""
    if is_blank(value):
        return ()
    text = ref_text(value) if isinstance(value, int | float) else str(value)
    text = re.sub(r"\s*[-\u2013]\s*", "-", text.strip())
    uids: dict[int, None] = {}  # in the order named, once each
    for part in re.split(r"[;,\s]+", text):
        if not part:
            continue
        m = _TASK_PART.match(part)
        if m is None:
            raise CellError(f"{quoted(part)} is not a task # (write 3, 5-7)")
        first = int(m.group(1))
        last = first if m.group(2) is None else int(m.group(2))
        if first > last:
            raise CellError(f"{quoted(part)} runs backwards: write {last}-{first}")
        _task_uid(plan, refs, last)  # a range's far end before the rows between it
        for number in range(first, last + 1):
            uids[_task_uid(plan, refs, number)] = None
    return tuple(uids)


def _task_uid(plan: Plan, refs: Mapping[str, int], number: int) -> int:
    uid = refs.get(str(number))
    if uid is None or not plan.has_task(uid):
        raise CellError(f"no task with # {number} on the Plan sheet")
    return uid
