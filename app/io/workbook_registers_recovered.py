"""The Team and Risks sheets of a client workbook whose hidden ``_gantry`` sheet is gone.

Without the snapshot the workbook is read as any client sheet, from its Plan sheet: every
person came back at a rate of 0 and every risk was lost, without a word. The Team sheet
still shows each person's role, type, max units and rate (the number, in the unit its
cell's format shows: ``$1,200.00/d``; :mod:`app.io.workbook_number_formats`) and each
material's label in its Work cell (``14.5 m³``); the Risks sheet each risk, its tasks by
the ``#`` of the Plan sheet (the people are read in :mod:`app.io.workbook_team_recovered`).
They are read with the cell rules of a returned workbook (:mod:`app.io.register_sheets`),
and one note says what the workbook no longer holds. Every
bad cell of the workbook is refused by name at once, as a returned workbook's: the Plan
sheet's (:mod:`app.io.plan_sheet_refusals`), then the Team, Risks and About sheets'.

A material's People cell (``Concrete[12.5 m³]``) holds a quantity, not a percentage: its
quantity is taken out of the cell before the sheet is read and put on the assignment after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import pairwise
from pathlib import Path

from app.domain.assigning import typed_range
from app.domain.cost_accrual import parse_accrual
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list, noun, verb
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.risk import Risk
from app.domain.task import ConstraintType, CostAccrual
from app.io.plan_sheet_refusals import (
    built_past_refusals,
    in_cell_order,
    recurrence_unsure,
    recurring_rows,
)
from app.io.register_sheets import (
    RISK_COLUMNS,
    RISK_FIELDS,
    TEAM_COLUMNS,
    Register,
    risk_value,
)
from app.io.risk_cells import task_uids_cell
from app.io.roundtrip_refusals import Refusals
from app.io.sheet_currency import StatedCurrency, workbook_currency
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_uids import file_uids, uid_column
from app.io.sheet_values import (
    CellError,
    is_blank,
    people_parts,
    read_amount,
    read_date,
    read_decimal,
    read_number,
    read_people,
    ref_text,
)
from app.io.workbook_about_sheet import (
    ABOUT_SHEET,
    CURRENCY,
    CURRENCY_SYMBOL,
    MANAGER,
    PROJECT,
    PROJECT_START,
    STATUS_DATE,
    about_facts,
)
from app.io.workbook_accrual import ACCRUAL_TITLE, accrual_column
from app.io.workbook_cells import cell_text
from app.io.workbook_recovered_costs import cost_cells_note
from app.io.workbook_team_recovered import (
    item_amounts,
    people_work,
    rates_read,
    team_people,
    team_uids,
)

# a quantity in a People cell, as Gantry writes a material's: Concrete[12.5 m³], Sand[3]
_QUANTITY = re.compile(
    r"^\s*(?P<name>[^\[\]]+?)\s*\[\s*(?P<number>[\d.,]+)\s*(?P<label>[^\]%]*)\]\s*$"
)


@dataclass
class RegisterRecovery:
    """What a workbook without its snapshot still says of its people and risks."""

    path: Path
    team: tuple[str, Sequence[Sequence[object]]] | None  # (sheet, rows)
    risks: tuple[str, Sequence[Sequence[object]]] | None
    quantities: dict[int, dict[str, float]] = field(default_factory=dict)  # row -> material
    team_uids: dict[int, int] = field(default_factory=dict)  # uid as read -> the Team UID
    ranges: dict[int, str] = field(default_factory=dict)  # row -> its first range (Bob[25-75%])
    about: Sequence[Sequence[object]] = ()  # the About sheet's rows: the plan's name, currency
    refused: Refusals = field(default_factory=Refusals)  # every sheet's bad cells, told at once
    blanked: set[tuple[int, int]] = field(default_factory=set)  # the Plan sheet's, built blank
    item_costs: dict[str, float] = field(default_factory=dict)  # a cost item's Team Cost, by name
    start_read: bool = False  # the plan's start taken from the About sheet (built)

    def materials(self) -> set[str]:
        """The casefolded names the Team sheet lists as materials."""
        if self.team is None:
            return set()
        sheet, rows = self.team
        reader = Register(sheet, rows, TEAM_COLUMNS, "Name")
        return {
            str(reader.get(row, "Name")).strip().casefold()
            for row in rows[1:]
            if not is_blank(reader.get(row, "Name"))
            and str(reader.get(row, "Type") or "").strip().casefold() == "material"
        }

    def plan_rows(self, data: SheetRows, mapping: ColumnMapping) -> SheetRows:
        """``data`` with each material's quantity taken out of the People cells (kept, by
        row, for :meth:`apply`): read as a person's, ``[12.5 m³]`` was refused. A range of
        units (``Bob[25-75%]``) on a row that may be a recurring task's summary is taken
        out too (see :meth:`_ranges`); elsewhere it stays, refused in row order. A cost
        cell in the plan's own currency (``1 300 Kčs``, as the About sheet names it) is
        read as its number: the sheet's read knows that currency not. A quantity that is
        none is refused (kept in :attr:`refused`), its material left in the cell alone."""
        data = self._own_costs(data, mapping)
        col = mapping.columns.get("resources")
        materials = self.materials()
        if col is None:
            return data
        rows = list(data.rows)
        summaries = _maybe_recurring(data, mapping)
        for i in range(mapping.header_row + 1, len(rows)):
            row = rows[i]
            value = row[col] if col < len(row) else None
            if not isinstance(value, str) or "[" not in value:
                continue
            parts: list[str] = []
            # cut as the People reader cuts it: Bob[12,5-50%] is one person, not "Bob[12"
            for part in people_parts(value, strict=False):
                if typed_range(part) is not None:  # Bob[25-75%]: see _ranges
                    if i in summaries:
                        self.ranges.setdefault(i, part.strip())
                    else:  # refused in row order by the People reader
                        parts.append(part)
                    continue
                m = _QUANTITY.match(part)
                name = m.group("name") if m else ""
                if m is None or name.casefold() not in materials:
                    parts.append(part)
                    continue
                number = self._quantity(data.where(i, col), m.group("number"), part)
                if number is not None:
                    self.quantities.setdefault(i, {})[name.casefold()] = number
                parts.append(f" {name}" if part[:1] == " " else name)
            cells = list(row)
            cells[col] = "".join(parts)
            rows[i] = cells
        return replace(data, rows=rows)

    def _quantity(self, where: str, number: str, part: str) -> float | None:
        """The quantity ``number`` of a material's People cell ``part``; None, refused,
        when it is none."""
        try:
            return read_decimal(number, part)
        except CellError as exc:  # 1,200: a thousand and two hundred, or 1.2?
            self.refused.add(f"{where}: {exc}")
        except ValueError:
            self.refused.add(f"{where}: {quoted(part.strip())} is no quantity")
        return None

    def built(self, data: SheetRows, build: Callable[[SheetRows], Plan]) -> Plan:
        """The plan ``build`` makes of the Plan sheet's rows ``data``, each bad cell of theirs
        kept in :attr:`refused` and built blank (app.io.plan_sheet_refusals), for
        :meth:`apply` to raise with the other sheets'; when the sheet does not build even
        so, every refusal so far is raised now. The plan starts at the About sheet's
        Project start where no task starts before it: read as any client's sheet it started
        with its first task (a plan whose first task waits on another project started 8
        days late, one without tasks today), and a task later than it is held there. Tasks
        before it, none linked, are held at their Starts (MS Project's Start No Earlier Than
        before the project's start, a task started early): the plan keeps its start."""
        plan = built_past_refusals(data, build, self.refused, self.blanked)
        start = self._project_start(plan.project)
        if start is not None and (
            not plan.tasks or start <= plan.project.start or _held_before(plan, start)
        ):
            self.start_read = start != plan.project.start or not plan.tasks
            plan.set_project(replace(plan.project, start=start))
        return plan

    def _own_costs(self, data: SheetRows, mapping: ColumnMapping) -> SheetRows:
        """``data`` with each cost cell that reads only in the plan's own currency as the
        amount it gives (any other cell as it is, for the sheet's read to take or refuse)."""
        facts = about_facts(self.about)
        own = (facts.get(CURRENCY_SYMBOL, ""), facts.get(CURRENCY, ""))
        col = mapping.columns.get("cost")
        if col is None or not any(own):
            return data
        rows = list(data.rows)
        for i in range(mapping.header_row + 1, len(rows)):
            value = rows[i][col] if col < len(rows[i]) else None
            if not isinstance(value, str) or is_blank(value):
                continue
            try:
                read_number(value)
                continue  # read as any sheet's (and its currency stated by it)
            except CellError:
                pass
            try:
                amount = read_amount(value, own)
            except CellError:
                continue
            cells = list(rows[i])
            cells[col] = amount
            rows[i] = cells
        return replace(data, rows=rows)

    def apply(self, plan: Plan, data: SheetRows, mapping: ColumnMapping) -> list[str]:
        """Read the people and risks into ``plan``; the note to tell. Every bad cell is told
        at once, as a returned workbook's (CellRefusals, one alone a FileFormatError): the
        Plan sheet's (:meth:`plan_rows`, :meth:`built`, a range of units), then the Team,
        Risks and About sheets', as the workbook orders them; nothing is read then."""
        refused = self.refused
        skipped = self._ranges(plan, data, mapping)
        in_cell_order(data, refused)
        about_refused = Refusals()  # the About sheet is the workbook's last
        about = self._about(plan, about_refused)  # first: the people's rates may show its Kčs
        people = (
            team_people(self.path, self.team, plan, refused, self.item_costs, self.team_uids)
            if self.team is not None
            else None
        )
        risks = self._risks(plan, data, mapping, refused) if self.risks is not None else None
        accruals = _accruals(data, mapping, refused)
        refused.take(about_refused)
        refused.raise_any()
        if accruals:  # the Plan sheet's Fixed cost accrual column: Start, Prorated, End
            plan.update_tasks(
                replace(plan.task(uid), fixed_cost_accrual=accrual)
                for uid, accrual in accruals.items()
                if plan.has_task(uid) and plan.task(uid).fixed_cost_accrual is not accrual
            )
        if people is not None:
            plan.resources, uids = team_uids(people, self.team_uids)
            plan.assignments = [
                a
                if a.resource_uid == uids[a.resource_uid]
                else replace(a, resource_uid=uids[a.resource_uid])
                for a in plan.assignments
            ]
            self._quantities(plan, data, mapping)
        people_work(plan)
        unread_items = item_amounts(plan, self.item_costs)
        if risks is not None:
            plan.risks = risks
        rates = rates_read(self.team)
        read = [
            about,
            "tasks' fixed cost accruals from the Plan sheet" if accruals is not None else "",
            f"people's {joined_list(['roles', 'types', *rates])} from the {self.team[0]} sheet"
            if self.team is not None
            else "",
            f"the risks from the {self.risks[0]} sheet" if self.risks is not None else "",
        ]
        lost = [
            "calendars, holidays and days off, baselines, interim plans, constraints (a Start later "
            "than the links and the project's start give is read as 'Start No Earlier Than'), manual "
            "scheduling, deadlines, task types, people's work other than their task's "
            "duration at their units in People (work typed on assignments, work contours), "
            "people's initials, e-mail, skills",
            *(w for w in ("overtime rates", "costs per use") if w not in rates),
            # what a bill is made of that no sheet shows: named, not lost without a word
            "overtime work, people's dated rates and cost rate tables B-E, the cost rate "
            "table each assignment uses, people's Accrue At",
            *unread_items,
        ]
        return [
            f"{self.path.name}: the hidden _gantry sheet Gantry keeps the plan in is gone; "
            f"read {joined_list([r for r in read if r])}; not recovered: {', '.join(lost)}, "
            "and the plan's settings",
            *skipped,
            *filter(None, [cost_cells_note(plan, data, mapping, _body(data, mapping))]),
        ]

    def _ranges(self, plan: Plan, data: SheetRows, mapping: ColumnMapping) -> list[str]:
        """The note on the ranges of units (``Bob[25-75%]``) taken out of People cells by
        :meth:`plan_rows`: on a recurring task's summary row (found again from its
        occurrences' rows, which give each occurrence's units) they are left out; on a row
        shaped as one that is none after all, the first is refused as the People reader
        refuses a range, each kept in :attr:`refused` (any other row's range never left its
        cell: refused with the sheet's other cells)."""
        if not self.ranges:
            return []
        col = mapping.columns["resources"]
        uid_of = dict(_body(data, mapping))
        for i, part in sorted(self.ranges.items()):
            rows = recurring_rows(data, mapping.columns["name"], i)  # not refused when a blank
            if uid_of.get(i) not in plan.recurrences and not recurrence_unsure(  # made it none
                plan, uid_of.get(i), rows, self.blanked
            ):
                try:
                    read_people(part)
                except CellError as exc:
                    self.refused.add(f"{data.where(i, col)}: {exc}")
        i, part = min(self.ranges.items())
        n = len(self.ranges)
        return [
            f"{data.where(i, col)}: {noun(n, 'the range', 'the ranges')} of units on "
            f"{counted(n, 'recurring task')} ({quoted(part)} on "
            f"{quoted(plan.task(uid_of[i]).name)}{', the first' if n > 1 else ''}) "
            f"{verb(n, 'is', 'are')} left out: the occurrences' rows give each occurrence's "
            "own units"
        ]

    def _about(self, plan: Plan, refused: Refusals) -> str:
        """The plan's name, currency, status date and manager as the About sheet gives them,
        put on ``plan`` (read as any client's sheet, the plan was named after its Plan sheet,
        a currency whose symbol money knows not, such as Kčs, was lost, and so were the
        status date progress is measured to and who manages the plan); what was read, for
        the note."""
        facts = about_facts(self.about)
        read: list[str] = []
        project = plan.project
        name = facts.get(PROJECT, "")
        if name:
            project = replace(project, name=name)
            read.append("name")
        code, symbol = facts.get(CURRENCY, ""), facts.get(CURRENCY_SYMBOL, "")
        if code and symbol and not (project.currency_stated and project.currency == code):
            stated = workbook_currency(self.path, {symbol: code})  # where the symbol stands
            if stated is None or stated.code != code:
                stated = StatedCurrency(code, symbol, project.currency_symbol_position)
            project = stated.apply(project)
            read.append("currency")
        if self.start_read:
            read.append("start")
        status = self._status_date(project, refused)
        if status is not None:
            project = replace(project, status_date=status)
            read.append("status date")
        manager = facts.get(MANAGER, "")  # the line is there only when a manager is given
        if manager and manager != project.manager:
            project = replace(project, manager=manager)
            read.append("manager")
        if project is not plan.project:
            plan.set_project(project)
        return f"the plan's {joined_list(read)} from the About sheet" if read else ""

    def _status_date(self, project: Project, refused: Refusals) -> datetime | None:
        """The About sheet's Status date (what progress is measured to; None: blank or no
        such row), a date alone at the project's default finish time as MS Project reads
        one; refused in ``refused``, naming its cell, when it is no date."""
        for i, row in enumerate(self.about):
            if len(row) < 2 or not isinstance(row[0], str) or row[0].strip() != STATUS_DATE:
                continue
            if is_blank(row[1]):
                return None
            try:
                return read_date(row[1], project.default_finish_time)
            except CellError as exc:
                refused.add(f"{ABOUT_SHEET}!B{i + 1}: {exc}")
            return None
        return None

    def _project_start(self, project: Project) -> datetime | None:
        """The About sheet's Project start (None: none, or no date: the Plan sheet's first
        Start stands, as before the About sheet was read for it)."""
        for row in self.about:
            if len(row) < 2 or not isinstance(row[0], str) or row[0].strip() != PROJECT_START:
                continue
            try:
                return None if is_blank(row[1]) else read_date(row[1], project.default_start_time)
            except CellError:
                return None
        return None

    def _quantities(self, plan: Plan, data: SheetRows, mapping: ColumnMapping) -> None:
        """Each material's assignment at the quantity its People cell gave."""
        if not self.quantities:
            return
        names = {r.uid: r.name.casefold() for r in plan.resources}
        row_of = _task_rows(data, mapping)
        out = []
        for a in plan.assignments:
            got = self.quantities.get(row_of.get(a.task_uid, -1), {}).get(names[a.resource_uid])
            out.append(a if got is None else replace(a, units=got))
        plan.assignments = out

    # ------------------------------------------------------------------ risks

    def _risks(
        self, plan: Plan, data: SheetRows, mapping: ColumnMapping, refused: Refusals
    ) -> list[Risk]:
        assert self.risks is not None
        sheet, rows = self.risks
        reader = Register(sheet, rows, RISK_COLUMNS, "Risk", refused)
        if "Risk" not in reader.cols:
            return list(plan.risks)
        refs = _refs(data, mapping)

        def convert(title: str, value: object, risk: Risk) -> object:
            if title == "Tasks":
                return task_uids_cell(plan, refs, value)
            return risk_value(title, value, plan.project)

        out: list[Risk] = []
        used: set[int] = set()
        for i, row in enumerate(rows[1:], start=1):
            if is_blank(reader.get(row, "Risk")):
                continue
            value = reader.get(row, "UID")
            uid = int(value) if isinstance(value, int | float) and value == int(value) else 0
            if uid < 1 or uid in used:
                uid = max(used, default=0) + 1
            used.add(uid)
            edits = reader.filled(row, RISK_FIELDS)
            out.append(reader.apply(i, Risk(uid, ""), edits, RISK_FIELDS, convert))
        return out


def _accruals(
    data: SheetRows, mapping: ColumnMapping, refused: Refusals
) -> dict[int, CostAccrual] | None:
    """Each task's Fixed cost accrual cell of the Plan sheet, by task uid (None: no such
    column); a blank cell is left out, a bad one refused in ``refused`` naming it."""
    col = accrual_column(list(mapping.titles), {c for c, _name in mapping.custom})
    if col is None:
        return None
    out: dict[int, CostAccrual] = {}
    for i, uid in _body(data, mapping):
        row = data.rows[i]
        value = row[col] if col < len(row) else None
        if is_blank(value):
            continue
        try:
            out[uid] = parse_accrual(cell_text(value), ACCRUAL_TITLE)
        except InputError as exc:
            refused.add(f"{data.where(i, col)}: {exc}")
    return out


def _maybe_recurring(data: SheetRows, mapping: ColumnMapping) -> set[int]:
    """The sheet rows that may be a recurring task's summary: a row named N whose next task
    row is named "N 1", as Gantry writes an occurrence (recognise_recurring tells which are,
    once the plan is built). A range of units on any other row is no recurring task's: it
    is left in its cell, for the People reader to refuse in row order with the other cells."""
    col = mapping.columns["name"]
    named = [
        (i, str(data.rows[i][col]).strip())
        for i in range(mapping.header_row + 1, len(data.rows))
        if col < len(data.rows[i]) and not is_blank(data.rows[i][col])
    ]
    return {i for (i, name), (_j, after) in pairwise(named) if after == f"{name} 1"}


def _body(data: SheetRows, mapping: ColumnMapping) -> list[tuple[int, int]]:
    """The sheet rows build_plan makes tasks of (a name), in order, each with its task's
    uid: the one its UID column gives (the Plan sheet's hidden column), else n + 1."""
    col = mapping.columns["name"]
    rows = [
        i
        for i in range(mapping.header_row + 1, len(data.rows))
        if col < len(data.rows[i]) and not is_blank(data.rows[i][col])
    ]
    uid_col = uid_column(mapping.titles, list(mapping.columns.values()))
    if uid_col is None:
        return [(i, n + 1) for n, i in enumerate(rows)]
    uids = file_uids([(i, data.rows[i]) for i in rows], uid_col, data.where)
    return [(i, uids[n + 1]) for n, i in enumerate(rows)]


def _task_rows(data: SheetRows, mapping: ColumnMapping) -> Mapping[int, int]:
    """The sheet row of each task, by task uid."""
    return {uid: i for i, uid in _body(data, mapping)}


def _refs(data: SheetRows, mapping: ColumnMapping) -> dict[str, int]:
    """The task uid of each ``#`` of the Plan sheet (a row number without that column)."""
    col = mapping.columns.get("id")
    out: dict[str, int] = {}
    for n, (i, uid) in enumerate(_body(data, mapping)):
        row = data.rows[i]
        value = row[col] if col is not None and col < len(row) else None
        out.setdefault(str(n + 1) if is_blank(value) else ref_text(value), uid)
    return out


def _held_before(plan: Plan, start: datetime) -> bool:
    """Whether every task whose Start (read as Start No Earlier Than) is before ``start`` has
    no predecessor: its own date alone holds it there, and the read keeps that date
    (app/io/sheet_uids.py). A linked one is placed by its links where it starts earlier than
    they allow, and the project's start would then move it on (a manually scheduled plan)."""
    return all(
        not plan.links_into(t.uid)
        for t in plan.tasks
        if t.constraint_type is ConstraintType.SNET
        and t.constraint_date is not None
        and t.constraint_date < start
    )
