"""The baselines' dates a Plan sheet shows, read back from a workbook without its
round-trip data (``gantry convert --client --no-roundtrip``: no ``_gantry`` sheet).

The Plan sheet shows Baseline Start and Finish (and each numbered baseline's and interim
plan's start and finish, "Baseline3 Start", "Start2") so a client can compare the plan
with what was agreed (app/io/workbook_baseline_dates.py). The comparison of such a
workbook with its plan (``gantry diff``, Compare with Plan) reads them here, by the rows'
hidden UIDs, so a baseline the client left alone shows no change and one whose dates
differ lists them.

They are not put into the plan that opening or converting such a workbook builds: the
sheet shows a baseline's dates alone, and a baseline without its duration, work and cost
would have the Budget and earned value read 0 (BAC 0, every task over its baseline cost).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import python_calamine as pc

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.baseline_fields import DATE_KEYS, TITLES, field_ref
from app.domain.errors import FileFormatError
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.domain.plan import Plan
from app.io.cell_error import CellError
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import is_blank, read_date
from app.io.workbook_baseline_dates import BASELINE_FINISH_TITLE, BASELINE_START_TITLE
from app.io.workbook_cells import PLAN_SHEET

_HEADER_ROWS = 5  # the header is the first row; a row or two typed above it is looked past

# title -> (baseline number, interim number, "start" or "finish"); one of the numbers None
_COLUMNS: dict[str, tuple[int | None, int | None, str]] = {
    BASELINE_START_TITLE: (0, None, "start"),
    BASELINE_FINISH_TITLE: (0, None, "finish"),
}
for _key in DATE_KEYS:
    _ref = field_ref(_key)
    assert _ref is not None
    _COLUMNS[TITLES[_key]] = (_ref.baseline, _ref.interim, _ref.part)


@dataclass(frozen=True, slots=True)
class SheetBaselines:
    """The baselines and interim plans whose columns a Plan sheet shows, with each task's
    start and finish (a blank cell: none for that task)."""

    baselines: tuple[Baseline, ...] = ()
    interims: tuple[InterimPlan, ...] = ()

    def apply(self, plan: Plan) -> None:
        """Set them in ``plan`` (a plan read from the sheet, which has none of its own)."""
        for base in self.baselines:
            plan.set_baseline(base)
        for interim in self.interims:
            plan.set_interim(interim)


def sheet_baselines(path: Path) -> SheetBaselines:
    """The baseline dates of the Plan sheet of the workbook at ``path``, by the hidden UID
    column (none without one); a cell holding no date is refused naming it."""
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        rows = book.get_sheet_by_name(PLAN_SHEET).to_python(skip_empty_area=False)
    except (pc.CalamineError, OSError, ValueError, KeyError):
        return SheetBaselines()  # its own read says what is wrong with it
    return _read(path.name, rows)


def _read(name: str, rows: Sequence[Sequence[object]]) -> SheetBaselines:
    top = next((i for i, row in enumerate(rows[:_HEADER_ROWS]) if "UID" in _titles(row)), None)
    if top is None:
        return SheetBaselines()
    titles = _titles(rows[top])
    uid_col = titles.index("UID")
    columns = {i: _COLUMNS[t] for i, t in enumerate(titles) if t in _COLUMNS}
    if not columns:
        return SheetBaselines()
    # (baseline or interim, number) -> uid -> [start, finish]
    found: dict[tuple[str, int], dict[int, list[datetime | None]]] = {}
    for base, interim, _part in columns.values():
        found.setdefault(_which(base, interim), {})
    for i in range(top + 1, len(rows)):
        row = rows[i]
        uid = _uid(row[uid_col] if uid_col < len(row) else None)
        if uid is None:
            continue
        for col, (base, interim, part) in columns.items():
            value = row[col] if col < len(row) else None
            if is_blank(value):
                continue
            moment = _moment(value, f"{name}: {PLAN_SHEET}!{column_letter(col)}{i + 1}")
            dates = found[_which(base, interim)].setdefault(uid, [None, None])
            dates[0 if part == "start" else 1] = moment
    baselines = tuple(
        Baseline(n, None, tuple(BaselineEntry(u, s, f) for u, (s, f) in by_uid.items()))
        for (kind, n), by_uid in sorted(found.items())
        if kind == "baseline"
    )
    interims = tuple(
        InterimPlan(n, tuple(InterimEntry(u, s, f) for u, (s, f) in by_uid.items()))
        for (kind, n), by_uid in sorted(found.items())
        if kind == "interim"
    )
    return SheetBaselines(baselines, interims)


def _titles(row: Sequence[object]) -> list[str]:
    return [str(v).strip() if isinstance(v, str) else "" for v in row]


def _which(base: int | None, interim: int | None) -> tuple[str, int]:
    if interim is not None:
        return "interim", interim
    assert base is not None
    return "baseline", base


def _uid(value: object) -> int | None:
    """A row's hidden UID (None: a row the client added, or no task's)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _moment(value: object, where: str) -> datetime:
    """A baseline date cell as the sheet wrote it (to the minute); text as a date cell reads."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    try:
        return read_date(value, time())
    except CellError as exc:
        raise FileFormatError(f"{where}: {exc}") from None
