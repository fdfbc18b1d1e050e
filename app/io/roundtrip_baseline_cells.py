"""Baseline cells a client typed into a returned workbook's Plan sheet: said, not taken.

The Plan sheet shows Baseline Start and Finish (and the numbered baselines' and interim
plans' dates a plan holds) so a client can compare the plan with what was agreed. They are
the PM's record of that agreement, saved in Gantry (Project > Set Baseline), so the import
takes nothing from them; a date a client typed there went without a word, and they believed
it sent. The review's notes now name the cells whose value is not the one exported.
The variances beside them are worked out from the dates: one typed over is said too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from app.domain.baseline_fields import DATE_KEYS, TITLES, BaselineFieldValues
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.io.roundtrip_sheet_cells import SheetCells
from app.io.roundtrip_variance_cells import typed_variance_notes
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import is_blank
from app.io.workbook_baseline_dates import BASELINE_FINISH_TITLE, BASELINE_START_TITLE

_NAMED = 3  # cells named in the note; the rest counted

# Baseline (0)'s own titles, beside the numbered fields' ("Baseline3 Start", "Start2")
_KEYS: dict[str, str] = {
    BASELINE_START_TITLE: "baseline_start",
    BASELINE_FINISH_TITLE: "baseline_finish",
    **{TITLES[key]: key for key in DATE_KEYS},
}


def _same(value: object, held: datetime | None) -> bool:
    """Whether a cell still holds the date exported (to the minute; blank for none)."""
    if is_blank(value):
        return held is None
    if held is None or not isinstance(value, date):
        return False
    if not isinstance(value, datetime):
        return value == held.date()
    return value.replace(second=0, microsecond=0) == held.replace(second=0, microsecond=0)


def typed_baseline_notes(
    cells: SheetCells, plan: Plan, exported: Mapping[str, Mapping[str, str]] | None = None
) -> list[str]:
    """One note naming the baseline date cells (among ``cells``' columns) whose value is not
    the date ``plan`` holds for its row's task; none when every one is as exported. With
    ``exported`` (the editable cells' texts as exported, by uid), then one note per
    variance column whose value is not the one exported
    (app/io/roundtrip_variance_cells.py)."""
    variances: list[str] = []
    if exported is not None:
        variances = typed_variance_notes(cells, plan, exported)
    header, sheet = cells.header, cells.sheet
    dated = {col: _KEYS[header[col]] for col in sorted(cells.columns) if header[col] in _KEYS}
    if not dated:
        return variances
    values = BaselineFieldValues(plan)
    typed: list[tuple[int, int, int]] = []  # (row, column, uid)
    for uid, i, row in cells.task_rows():
        for col, key in dated.items():
            if not _same(cells.value(row, col), values.date(key, uid)):
                typed.append((i, col, uid))
    if not typed:
        return variances
    named = ", ".join(
        f"{sheet}!{column_letter(col)}{i + 1} ({header[col]} of "
        f"{quoted(plan.task(uid).name, NAME_LIMIT)})"
        for i, col, uid in typed[:_NAMED]
    )
    more = len(typed) - _NAMED
    also = f" and {counted(more, 'more cell')}" if more > 0 else ""
    return [
        f"{named}{also}: a baseline is not read from the workbook (it is what was agreed, "
        "saved in Gantry with Project > Set Baseline), so the dates typed there are not "
        "taken; type the new dates in Start and Finish",
        *variances,
    ]
