"""Build a Plan from the rows of a client's sheet and a column mapping.

Outline comes from WBS numbers, else from leading spaces or cell indents in
the name column, else from section rows (a name without duration or dates
heads the rows below it). Dates become "Start No Earlier Than" constraints,
so that the plan schedules where the client put the work; predecessor cells
refer to the row id column, the WBS column or the row number.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from statistics import median
from typing import Any

from app.domain.errors import FileFormatError
from app.domain.material_rates import RatedUnits, quantity_for, rate_label
from app.domain.notation import Duration
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import ConstraintType, Task
from app.io.negative_uids import negative_uid
from app.io.sheet_columns_note import is_fixed_cost_title
from app.io.sheet_currency import sheet_currency
from app.io.sheet_custom import row_values, with_custom_fields
from app.io.sheet_date_order import mapped_date_order
from app.io.sheet_mapping import ColumnMapping, column_letter
from app.io.sheet_predecessors import _add_links
from app.io.sheet_predecessors import _find_cycle as _find_cycle  # imported from here elsewhere
from app.io.sheet_rows_build import CUSTOM_AT, assignments_of, task_tail, tasks_from
from app.io.sheet_summary_cost import summary_costs_read
from app.io.sheet_uids import file_uids, renumbered
from app.io.sheet_values import (
    CellError,
    check_people_cell,
    is_blank,
    people_parts,
    person_key,
    plan_currency,
    read_cost,
    read_date,
    read_duration_cell,
    read_people,
    read_percent,
    ref_text,
    typed_units,
)


@dataclass(frozen=True, slots=True)
class SheetRows:
    """The cell values of a sheet with where they sit, for messages naming cells."""

    sheet: str
    rows: Sequence[Sequence[object]]
    first_row: int = 0  # 0-based sheet row of rows[0]
    first_col: int = 0  # 0-based sheet column of rows[i][0]
    indents: dict[int, int] | None = None  # row index -> cell indent of the name cell

    def where(self, row: int, col: int) -> str:
        """``Plan!D7`` for a cell of ``rows``."""
        return f"{self.sheet}!{column_letter(col + self.first_col)}{row + self.first_row + 1}"


def unnamed_rows(data: SheetRows, mapping: ColumnMapping) -> list[str]:
    """The name cells (``Plan!A7``) of rows left out for want of a name though they hold a
    duration, a date or predecessors: a formula saved without its value reads as empty."""
    cols = mapping.columns
    name_col = cols["name"]
    others = [cols[f] for f in ("duration", "start", "finish", "predecessors") if f in cols]
    return [
        data.where(i, name_col)
        for i, row in enumerate(data.rows[mapping.header_row + 1 :], start=mapping.header_row + 1)
        if is_blank(_get(row, name_col)) and any(not is_blank(_get(row, c)) for c in others)
    ]


def left_out_note(data: SheetRows, mapping: ColumnMapping, formulas: bool = True) -> str | None:
    """``Rows with no task name are left out: Plan!A7, Plan!A9; give them a task name ...``
    for the rows :func:`unnamed_rows` finds (the first five named); None when every row with
    a value has a name. A sentence, as the command line and the window's Notes both say it.
    ``formulas``: the file can hold formulas, whose value may be missing."""
    skipped = unnamed_rows(data, mapping)
    if not skipped:
        return None
    cells = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
    why = " (a formula without a saved value reads as empty)" if formulas else ""
    if len(skipped) == 1:
        return (
            f"A row with no task name is left out{why}: {cells}; "
            "give it a task name in the file, or add the task by hand"
        )
    return (
        f"Rows with no task name are left out{why}: {cells}; "
        "give them a task name in the file, or add the tasks by hand"
    )


def _get(row: Sequence[object], col: int | None) -> object:
    if col is None or col >= len(row):
        return None
    return row[col]


def build_plan(
    data: SheetRows,
    mapping: ColumnMapping,
    project: Project | None = None,
    uid_col: int | None = None,
    listed_people: bool = False,
    team: Collection[str] = (),
    day_first: bool | None = None,
    progress: Progress | None = None,
    fresh_above: int = 0,
    empty_ok: bool = False,
    notes: list[str] | None = None,
) -> Plan:
    """A new Plan from the mapped rows; FileFormatError naming the cell on bad input.

    Tasks are numbered by row, unless ``uid_col`` holds their UIDs (see sheet_uids; a row
    without one numbered above them and ``fresh_above``).
    ``listed_people``: People cells separate people only as Gantry writes them
    (see :func:`app.io.sheet_values.read_people`). ``team``: the names of a Team sheet;
    with the other rows' People cells they tell "Ana & Ben" (two people named elsewhere)
    from "Smith & Jones" (one firm). ``day_first``: how text like 07/08/2023 reads
    (None: as the environment's locale writes dates). ``progress`` hears how far the build
    is, in steps of 1000 (every 4096 rows), and stops it with CancelledError. ``empty_ok``:
    a sheet without task rows is a plan with no task (Gantry's own Plan sheet of one), not
    refused. ``notes`` hears what the reader should check (a summary's Cost that is not its
    rows' total, app/io/sheet_summary_cost.py).
    """
    cols = mapping.columns
    order = mapped_date_order(data, mapping, day_first).day_first  # a date there may tell it
    name_col = cols["name"]
    body = [
        (i, row)
        for i, row in enumerate(data.rows[mapping.header_row + 1 :], start=mapping.header_row + 1)
        if name_col < len(row) and not is_blank(row[name_col])
    ]
    report(progress, 15, _STEPS)
    if project is None:
        project = _sheet_project(data, mapping, body)

    def fail(i: int, field: str, message: str) -> FileFormatError:
        return FileFormatError(f"{data.where(i, cols[field])}: {message}")

    unit = mapping.duration_unit or _infer_unit(body, cols, project, order)
    report(progress, 30, _STEPS)
    levels = _fixed_levels(_levels(data, mapping, body))
    rows_part = None if progress is None else part(progress, _SORTED, _ROWS_BUILT, _STEPS)
    report(rows_part, 0, len(body))

    tasks: list[Task] = []
    names: list[str] = []  # the next tasks' names and values, built at once (sheet_rows_build)
    tails: list[tuple[Any, ...]] = []
    by_ref: dict[str, dict[str, int]] = {"id": {}, "wbs": {}, "row": {}}
    starts: list[datetime] = []
    fields = [
        (f, cols[f])
        for f in ("duration", "start", "finish", "percent", "cost", "notes")
        if f in cols
    ]
    seen: dict[tuple[str, object], object] = {}  # big sheets repeat the same durations and dates
    row_fields: dict[tuple[tuple[str, object], ...], tuple[Any, ...]] = {}  # and the same rows
    custom = mapping.custom  # columns kept as custom text fields (sheet_custom)
    ref_cols = [(key, cols[key]) for key in ("id", "wbs") if key in cols]
    row_refs = by_ref["row"]
    people_col = cols.get("resources")
    people_checked: set[str] = set()
    for n, (i, row) in enumerate(body):
        if not n & _EVERY:  # a block of tasks built, and the bar moved
            tasks += tasks_from(range(len(tasks) + 1, n + 1), names, levels[len(tasks) : n], tails)
            names.clear()
            tails.clear()
            report(rows_part, n, len(body))
        uid = n + 1
        values: dict[str, object] = {}
        field = "name"
        try:
            for field, col in fields:
                value = row[col] if col < len(row) else None
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue  # a blank cell (is_blank, inlined: this runs for every cell)
                memo = (field, value)
                try:
                    values[field] = seen[memo]
                except (KeyError, TypeError):
                    values[field] = seen[memo] = _read(field, value, project, unit, mapping, order)
            field = "finish"
            row_key = tuple(values.items())
            tail = row_fields.get(row_key)
            if tail is None:
                tail = row_fields[row_key] = task_tail(_task_fields(values, project))
            if custom:
                cut = CUSTOM_AT
                tail = (*tail[:cut], row_values(row, custom), *tail[cut + 1 :])
        except CellError as exc:
            raise fail(i, field, str(exc)) from None
        if people_col is not None:  # a range of units refused in row order, not after the build
            cell = row[people_col] if people_col < len(row) else None
            if isinstance(cell, str) and cell not in people_checked:
                try:
                    check_people_cell(cell)
                except CellError as exc:
                    raise FileFormatError(f"{data.where(i, people_col)}: {exc}") from None
                people_checked.add(cell)
        if isinstance(values.get("start"), datetime):
            starts.append(values["start"])  # type: ignore[arg-type]
        names.append(str(row[name_col]).strip())
        tails.append(tail)
        for key, col in ref_cols:
            ref = row[col] if col < len(row) else None
            if ref is not None and ref != "":
                text = ref_text(ref)
                if key == "id" and text[:1] == "-" and _is_negative_id(text):
                    raise negative_uid(data.where(i, col), int(float(text)), "row id")
                if key == "id" and text in by_ref["id"]:  # which row would '1' mean?
                    earlier = data.where(body[by_ref["id"][text] - 1][0], col)
                    raise FileFormatError(
                        f"{data.where(i, col)}: id {text} is on {earlier} too; "
                        "give each row its own id"
                    )
                by_ref[key].setdefault(text, uid)
        row_refs[str(uid)] = uid
    done = len(tasks)
    tasks += tasks_from(range(done + 1, len(body) + 1), names, levels[done:], tails)
    if not tasks and not empty_ok:
        raise FileFormatError(f"{mapping.sheet}: no task rows below the header")

    if starts:
        first = min(starts)
        project = replace(project, start=first)
    if mapping.custom:
        project = with_custom_fields(project, mapping.custom, mapping.titles)
    plan = Plan(project=project, tasks=tasks)
    if "cost" in cols and not _is_fixed_cost(mapping):  # a summary's Cost: MS Project's sense

        def cell(n: int) -> str:  # the n-th task's Cost cell
            return data.where(body[n][0], cols["cost"])

        said = summary_costs_read(plan, cell if len(body) == len(tasks) else None)
        if notes is not None:
            notes.extend(said)
    # predecessor cells name the row id when there is an id column (a row number is then no
    # reference: it named the wrong task once a row was left out), else the WBS or row number
    rows = {} if "id" in cols else by_ref["row"]
    refs = {**rows, **by_ref["wbs"], **by_ref["id"]}
    linking = None if progress is None else part(progress, _ROWS_BUILT, _LINKED, _STEPS)
    _add_links(plan, data, mapping, body, refs, linking)
    staffing = None if progress is None else part(progress, _LINKED, _STEPS, _STEPS)
    _add_people(plan, data, mapping, body, listed_people, team, staffing)
    if uid_col is not None:
        plan = renumbered(plan, file_uids(body, uid_col, data.where, fresh_above))
    return plan


# The progress of a build, in steps: the rows sorted into the outline, the tasks built,
# the links read, the people assigned; a report every 4096 rows (_EVERY + 1).
_STEPS = 1000
_SORTED = 60
_ROWS_BUILT = 650
_LINKED = 880
_EVERY = 4095


def _is_fixed_cost(mapping: ColumnMapping) -> bool:
    """Whether the cost column holds each row's own fixed cost (Gantry's CSV, MS Project's
    Fixed Cost), not what the row costs in all."""
    col = mapping.columns["cost"]
    return col < len(mapping.titles) and is_fixed_cost_title(mapping.titles[col])


def _sheet_project(
    data: SheetRows, mapping: ColumnMapping, body: list[tuple[int, Sequence[object]]]
) -> Project:
    """The project of a sheet: in the currency its cost column names, else marked as naming none."""
    project = Project(name=mapping.sheet, currency_stated=False)
    col = mapping.columns.get("cost")
    if col is None:
        return project
    title = mapping.titles[col] if col < len(mapping.titles) else ""
    stated = sheet_currency(title, (_get(row, col) for _i, row in body))
    return project if stated is None else stated.apply(project)


def _is_negative_id(text: str) -> bool:
    """Whether a row id cell holds a negative whole number (``-3``; ``-`` or ``-A`` are text)."""
    try:
        number = float(text)
    except ValueError:
        return False
    return number < 0 and number.is_integer()


def _read(
    field: str,
    value: object,
    project: Project,
    unit: str,
    mapping: ColumnMapping,
    day_first: bool = True,
) -> object:
    if field == "duration":
        return read_duration_cell(value, project, unit)
    if field == "start":
        return read_date(value, project.default_start_time, day_first)
    if field == "finish":
        return read_date(value, project.default_finish_time, day_first)
    if field == "percent":
        return read_percent(value, fractions=isinstance(value, float) and value <= 1.0)
    if field == "cost":
        # below zero a credit, as the task sheet takes it; 150 Kčs in a plan counting in Kčs
        return read_cost(value, plan_currency(project), project.currency_digits)
    return str(value).strip()


def _task_fields(values: dict[str, object], project: Project) -> dict[str, Any]:
    """Task fields from the cells read on one row."""
    changes: dict[str, Any] = {}
    duration = values.get("duration")
    if isinstance(duration, Duration):
        changes["duration_minutes"] = duration.minutes
        changes["milestone"] = duration.minutes == 0
        if duration.elapsed:  # "3ed": calendar time, as the sheet (Gantry's own CSV) says
            changes["elapsed"] = True
        if duration.estimated:  # "2d?"
            changes["estimated"] = True
    start, finish = values.get("start"), values.get("finish")
    if isinstance(start, datetime):
        changes["start"] = start
        changes["constraint_type"] = ConstraintType.SNET
        changes["constraint_date"] = start
    if isinstance(finish, datetime):
        changes["finish"] = finish
        if isinstance(start, datetime) and finish < start:
            raise CellError(f"finish {finish:%Y-%m-%d} is before start {start:%Y-%m-%d}")
    if "duration" not in values and isinstance(start, datetime) and isinstance(finish, datetime):
        days = sum(
            1
            for k in range((finish.date() - start.date()).days + 1)
            if (start.toordinal() + k) % 7 not in (6, 0)  # ordinal % 7: 0 is Sunday, 6 Saturday
        )
        changes["duration_minutes"] = max(days, 1) * project.minutes_per_day
    if "percent" in values:
        changes["percent_complete"] = values["percent"]
    if "cost" in values:
        changes["fixed_cost"] = values["cost"]
    if "notes" in values:
        changes["notes"] = values["notes"]
    return changes


def _infer_unit(
    body: list[tuple[int, Sequence[object]]],
    cols: dict[str, int],
    project: Project,
    day_first: bool = True,
) -> str:
    """Plain numbers are days unless start and finish show they count weeks."""
    if not {"duration", "start", "finish"} <= set(cols):
        return "d"
    ratios: list[float] = []
    for _, row in body:
        dur, start, finish = (_get(row, cols[f]) for f in ("duration", "start", "finish"))
        if isinstance(dur, int | float) and not isinstance(dur, bool) and dur > 0:
            try:
                a = read_date(start, project.default_start_time, day_first)
                b = read_date(finish, project.default_finish_time, day_first)
            except CellError:
                continue
            ratios.append(((b - a).days + 1) / float(dur))
    if ratios and median(ratios) >= 4.0:
        return "w"
    return "d"


def _levels(
    data: SheetRows, mapping: ColumnMapping, body: list[tuple[int, Sequence[object]]]
) -> list[int]:
    cols = mapping.columns
    wbs_col = cols.get("wbs")
    if wbs_col is not None:
        codes = [ref_text(_get(row, wbs_col)) for _, row in body]
        if sum(1 for c in codes if _WBS_CODE.fullmatch(c)) >= 0.8 * len(codes) and any(
            "." in c.rstrip(".") for c in codes
        ):
            return [len(c.rstrip(".").split(".")) if c else 1 for c in codes]
    name_col = cols["name"]  # every body row has its name cell
    spaces = [len(n) - len(n.lstrip(" \t\u00a0")) for n in (str(r[name_col]) for _, r in body)]
    if any(spaces):
        widths = sorted(set(spaces))
        return [widths.index(s) + 1 for s in spaces]
    if data.indents and any(data.indents.values()):
        indents = [data.indents.get(i, 0) for i, _ in body]
        widths = sorted(set(indents))
        return [widths.index(s) + 1 for s in indents]
    return _sections(mapping, body)


_WBS_CODE = re.compile(r"\d+(\.\d+)*\.?")


def _sections(mapping: ColumnMapping, body: list[tuple[int, Sequence[object]]]) -> list[int]:
    """A row with a name but no duration or dates heads the rows below it."""
    cols = mapping.columns
    data_cols = [cols[f] for f in ("duration", "start", "finish") if f in cols]
    heads = [_all_blank(row, data_cols) for _, row in body]
    if not any(heads) or all(heads):
        return [1] * len(body)
    levels: list[int] = []
    inside = False
    for head in heads:
        if head:
            levels.append(1)
            inside = True
        else:
            levels.append(2 if inside else 1)
    return levels


def _all_blank(row: Sequence[object], cols: list[int]) -> bool:
    """Whether the cells of ``cols`` are all blank (is_blank, inlined: once per row)."""
    width = len(row)
    for c in cols:
        value = row[c] if c < width else None
        if value is not None and (not isinstance(value, str) or value.strip()):
            return False
    return True


def _fixed_levels(levels: list[int]) -> list[int]:
    """Levels never jump by more than one; a section with no rows under it stays a task."""
    out: list[int] = []
    prev = 0
    for level in levels:
        prev = max(1, min(level, prev + 1))
        out.append(prev)
    return out


def _add_people(
    plan: Plan,
    data: SheetRows,
    mapping: ColumnMapping,
    body: list[tuple[int, Sequence[object]]],
    listed: bool = False,
    team: Collection[str] = (),
    progress: Progress | None = None,
) -> None:
    """One resource per distinct name (first spelling wins), assigned where named;
    ``progress`` hears ``(rows done, rows)`` every 4096 rows."""
    col = mapping.columns.get("resources")
    if col is None:
        return
    named = None if listed else _NamedElsewhere(body, col, team, progress)
    materials = _materials(body, col, team)  # Concrete[12.5 m³]: a quantity of a material
    by_name: dict[str, int] = {}
    cache: dict[str, list[tuple[int, float]]] = {}  # cell text -> (resource, units), resolved
    resources: list[Resource] = []
    assignments: list[Assignment] = []
    made: list[tuple[int, int, int, float]] = []  # the next ones, built at once (sheet_rows_build)
    for n, (i, row) in enumerate(body):
        if not n & _EVERY:  # a block of assignments built, and the bar moved
            assignments += assignments_of(made)
            made.clear()
            report(progress, (len(body) + 4 * n) // 5, len(body))  # after _NamedElsewhere's
        value = row[col] if col < len(row) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # a blank cell (is_blank, inlined)
        picks = cache.get(value) if isinstance(value, str) else None
        if picks is None:
            try:
                known = None if named is None else named.at(n)
                people = read_people(value, listed, known, materials)
            except CellError as exc:
                raise FileFormatError(f"{data.where(i, col)}: {exc}") from None
            picks = []
            for name, units in people:
                key = name.casefold()
                if key not in by_name:
                    by_name[key] = len(resources) + 1
                    label = materials.get(key)
                    resources.append(
                        Resource(len(resources) + 1, name)
                        if label is None
                        else Resource(
                            len(resources) + 1,
                            name,
                            type=ResourceType.MATERIAL,
                            material_label=label,
                        )
                    )
                res = by_name[key]
                if all(res != r for r, _ in picks):
                    picks.append((res, units))
            if isinstance(value, str):
                cache[value] = picks
        for res, units in picks:
            made.append((len(assignments) + len(made) + 1, n + 1, res, units))
    assignments += assignments_of(made)
    report(progress, len(body), len(body))
    plan.resources = resources
    plan.assignments = [_at_rate(plan, a) for a in assignments]


def _at_rate(plan: Plan, a: Assignment) -> Assignment:
    """``a`` with a material's rate read from its cell (``Concrete[12 m³/d]``) turned into the
    quantity its task uses, the rate kept, as the window's People cell does it."""
    if not isinstance(a.units, RatedUnits):
        return a
    rate, scale = float(a.units), a.units.scale
    used = quantity_for(rate, scale, plan.task(a.task_uid).duration_minutes, plan.project)
    return replace(a, units=used, material_rate=rate, rate_scale=scale)


def _materials(
    body: list[tuple[int, Sequence[object]]], col: int, team: Collection[str]
) -> dict[str, str]:
    """The label of each material the People cells give a quantity of (``Concrete[12.5 m³]``,
    as Gantry's CSV and MS Project write one), by casefolded name, the first label met; not
    a name given a percentage elsewhere (``Ana[50%]``), nor one on the Team sheet, whose
    Type column says what it is (workbook_registers_recovered)."""
    found: dict[str, str] = {}
    people = {t.casefold() for t in team}
    seen: set[str] = set()
    for _i, row in body:
        value = row[col] if col < len(row) else None
        if not isinstance(value, str) or value in seen:
            continue
        seen.add(value)
        for name, label in typed_units(value):
            if label is None:
                people.add(name.casefold())
            else:  # Concrete[12 m³/d]: a rate of a material counted in m³
                found.setdefault(name.casefold(), rate_label(label)[0])
    return {k: v for k, v in found.items() if k not in people}


class _NamedElsewhere:
    """The people a sheet names outside one row: in the People cells of the other rows
    (each person as , and ; separate them) or on its Team sheet; casefolded."""

    def __init__(
        self,
        body: list[tuple[int, Sequence[object]]],
        col: int,
        team: Collection[str],
        progress: Progress | None = None,
    ) -> None:
        self.rows: list[frozenset[str]] = []
        seen: dict[object, frozenset[str]] = {}
        count: dict[str, int] = {}
        rows = len(body)
        for n, (_i, row) in enumerate(body):
            if not n & _EVERY and progress is not None:  # a fifth of the people's part
                report(progress, n // 5, rows)
            value = row[col] if col < len(row) else None
            keys = seen.get(value) if isinstance(value, str) else None
            if keys is None:
                keys = frozenset(
                    person_key(p)
                    for p in people_parts(str(value or ""), strict=False)[::2]
                    if p.strip()
                )
                if isinstance(value, str):
                    seen[value] = keys
            self.rows.append(keys)
            for key in keys:
                count[key] = count.get(key, 0) + 1
        self.team = frozenset(t.casefold() for t in team)
        self.everywhere = self.team | {k for k, c in count.items() if c > 1}
        self.once = {k for k, c in count.items() if c == 1}

    def at(self, n: int) -> _KnownAt:
        """Who is named elsewhere than row ``n`` of the body."""
        return _KnownAt(self, self.rows[n])


@dataclass(frozen=True, slots=True)
class _KnownAt:
    """A Container of the names met outside one row (see :class:`_NamedElsewhere`)."""

    named: _NamedElsewhere
    own: frozenset[str]

    def __contains__(self, key: object) -> bool:
        return key in self.named.everywhere or (key in self.named.once and key not in self.own)
