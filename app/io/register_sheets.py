"""The Team and Risks sheets of the client workbook: their columns and their read-back.

Both sheets carry the person's or risk's uid in a hidden first column, like
the Plan sheet. On import a cell counts as the client's edit only when its
text differs from what the exported plan (the snapshot) would have written,
so a re-saved workbook gives no change. A row without a known uid is a
person or risk the client added; a uid that is gone, one they deleted.
Workbooks exported before these sheets had a uid column are read as before:
their Team and Risks edits are ignored. Their bad cells are told together, as the Plan
sheet's (:mod:`app.io.roundtrip_refusals`): the read goes on past a refused cell, and
nothing changes.

A person's Std. rate is written in the unit the plan shows it in: the number 1,200
formatted "$1,200.00/d". The cell stays a number a client can add up; read back, a number
is per the person's unit (text may name one: "1,300/h"). Workbooks exported before wrote
"Rate / h", which is read per hour as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from app.domain.errors import FileFormatError, InputError
from app.domain.first_rate import with_first_rate
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import (
    MAX_UNITS,
    RateUnit,
    Resource,
    ResourceType,
    check_name_length,
    check_rate,
    hourly_rate,
    people_cell_name,
    rate_in_unit,
)
from app.domain.risk import (
    Risk,
    RiskStatus,
    non_negative,
)
from app.io.risk_cells import sheet_probability, task_uids_cell
from app.io.roundtrip_refusals import Refusals
from app.io.sheet_mapping import column_letter
from app.io.sheet_percent import PercentCell, percent_text, shown_value
from app.io.sheet_values import CellError, is_blank, plan_currency, read_number
from app.io.workbook_cells import cell_text
from app.io.workbook_number_formats import PlainCell

TEAM_SHEET = "Team"
RISK_SHEET = "Risks"
_HOURLY = "Rate / h"  # the rate column of workbooks exported before rates kept their unit

TEAM_COLUMNS: tuple[str, ...] = (
    "UID",
    "Name",
    "Role",
    "Type",
    "Max units",
    "Std. rate",
    "Ovt. rate",  # as the Team view: a person's, in its unit; none for a material
    "Cost/use",  # none for a cost item
    "Work",  # a person's hours ("8 h"), a material's quantity in its label ("14.5 m³")
    "Cost",
    "Over-allocated",
)
RISK_COLUMNS: tuple[str, ...] = (
    "UID",
    "Risk",
    "Probability",
    "Impact",
    "Exposure",
    "Owner",
    "Mitigation",
    "Contingency",
    "Status",
    "Tasks",
    "Description",
)

# column title -> the Resource / Risk field it edits
_TEAM_FIELDS = {
    "Name": "name",
    "Role": "role",
    "Max units": "max_units",
    "Std. rate": "standard_rate",
    _HOURLY: "standard_rate",
}
# read back where the sheet has them (an older Team sheet has neither column)
_TEAM_RATES = {"Ovt. rate": "overtime_rate", "Cost/use": "cost_per_use"}
_RATE_FIELDS = ("standard_rate", "standard_rate_unit", *_TEAM_RATES.values(), "overtime_rate_unit")
_RISK_FIELDS = {
    "Risk": "title",
    "Probability": "probability",
    "Impact": "impact",
    "Owner": "owner",
    "Mitigation": "mitigation",
    "Contingency": "contingency",
    "Status": "status",
    "Tasks": "task_uids",
    "Description": "description",
}
_STATUSES = {s.value: s for s in RiskStatus}  # read in any case: "Open", "open", "OPEN"


def status_shown(status: RiskStatus) -> str:
    """A risk's Status cell as the Risks view shows it: ``Open``, ``Mitigating``..."""
    return status.label


def team_cells(res: Resource, project: Project) -> dict[str, object]:
    """The editable cells of a Team row, as the writer puts them (an older workbook's
    ``Rate / h`` too)."""
    return {
        "Name": res.name,
        "Role": res.role,
        # a material or cost item has none: its cell is left blank
        "Max units": res.max_units if res.type is ResourceType.WORK else None,
        "Std. rate": None if res.type is ResourceType.COST else shown_rate(res, project),
        _HOURLY: res.standard_rate,
        "Ovt. rate": shown_rate(res, project, "overtime")
        if res.type is ResourceType.WORK
        else None,
        "Cost/use": None if res.type is ResourceType.COST else res.cost_per_use,
    }


def shown_rate(res: Resource, project: Project, which: str = "standard") -> float:
    """The Std. rate cell's number (``which`` "overtime": the Ovt. rate's): a person's rate
    in its unit (1,200 for 150/h shown per 8-hour day), a material's per its label as kept."""
    rate: float = getattr(res, f"{which}_rate")
    if res.type is not ResourceType.WORK:
        return rate
    return round(rate_in_unit(rate, getattr(res, f"{which}_rate_unit"), project), 6)


def rate_unit_shown(res: Resource) -> RateUnit | None:
    """The unit the Std. rate cell names (None: a material's or cost item's rate)."""
    return res.standard_rate_unit if res.type is ResourceType.WORK else None


def risk_cells(risk: Risk, numbers: Mapping[int, int]) -> dict[str, object]:
    """The editable cells of a Risks row, as the writer puts them.

    ``numbers``: each task's ``#`` on the Plan sheet, by uid; the Tasks cell names
    the risk's tasks by it, as the Risks view names them by row ID.
    """
    return {
        "Risk": risk.title,
        "Probability": risk.probability,
        "Impact": risk.impact,
        "Owner": risk.owner,
        "Mitigation": risk.mitigation,
        "Contingency": risk.contingency,
        "Status": status_shown(risk.status),
        "Tasks": task_numbers_text(risk.task_uids, numbers),
        "Description": risk.description,
    }


def task_numbers_text(uids: Sequence[int], numbers: Mapping[int, int]) -> str:
    """Task uids as their Plan sheet ``#``: ``3, 7``."""
    return ", ".join(str(numbers[u]) for u in uids if u in numbers)


def plan_numbers(plan: Plan) -> dict[int, int]:
    """Each task's ``#`` as the Plan sheet writes it (its row in outline order, from 1)."""
    return {t.uid: i + 1 for i, t in enumerate(plan.tasks)}


def read_team(
    plan: Plan,
    rows: Sequence[Sequence[object]],
    sheet: str = TEAM_SHEET,
    refused: Refusals | None = None,
) -> None:
    """Apply the client's Team sheet edits to ``plan`` (people added, changed, removed).

    Every bad cell is told: without ``refused`` they are raised together (CellRefusals, one
    alone a FileFormatError) and ``plan`` is left as it was; with it they are gathered
    there, for the caller to raise with the other sheets' (``plan`` then holds the rows as
    far as they read, a copy the caller does not keep).
    """
    own, refused = refused is None, Refusals() if refused is None else refused
    reader = _Register(sheet, rows, (*TEAM_COLUMNS, _HOURLY), "Name", refused)
    if not reader.usable:
        return
    project = plan.project
    before = {r.uid: r for r in plan.resources}

    def convert(title: str, value: object, person: Resource) -> object:
        return _team_value(title, value, person, project)

    fields = {**_TEAM_FIELDS, **_TEAM_RATES}
    merged = reader.merged(before, _new_person, lambda r: team_cells(r, project), fields, convert)
    kept: list[Resource] = [_rate_table_follows(before.get(res.uid), res) for _, res, _ in merged]
    # names the client typed -> sheet row
    named = {
        res.name.casefold(): i
        for i, res, edits in merged
        if "Name" in edits and (i, "Name") not in reader.bad  # a refused name is not typed
    }
    _refuse_same_names(reader, kept, named)
    if own:
        refused.raise_any()  # nothing changes when a cell was refused
    gone = set(before) - {r.uid for r in kept}
    plan.resources = kept
    plan.assignments = [a for a in plan.assignments if a.resource_uid not in gone]


def read_risks(
    plan: Plan,
    rows: Sequence[Sequence[object]],
    sheet: str = RISK_SHEET,
    exported: Plan | None = None,
    refs: Mapping[str, int] | None = None,
    refused: Refusals | None = None,
) -> None:
    """Apply the client's Risks sheet edits to ``plan`` (risks added, changed, removed).

    ``exported``: the plan as exported (default ``plan``), whose task numbers the
    Tasks cells were written with; ``refs``: the uid of each ``#`` the client's Plan
    sheet holds (default: ``plan``'s own numbers). A Tasks cell naming a ``#`` that is
    not a task of ``plan`` is refused, naming the cell. ``refused``: as read_team's.
    """
    own, refused = refused is None, Refusals() if refused is None else refused
    reader = _Register(sheet, rows, RISK_COLUMNS, "Risk", refused)
    if not reader.usable:
        return
    base = plan if exported is None else exported
    written_numbers = plan_numbers(base)
    base_risks = {r.uid: r for r in base.risks}
    if refs is None:
        refs = {str(n): uid for uid, n in plan_numbers(plan).items()}

    def cells(risk: Risk) -> dict[str, object]:
        # the Tasks text as exported: a task the client deleted from the Plan sheet
        # has left the risk's list since, which is no edit of this cell
        written = risk_cells(base_risks.get(risk.uid, risk), written_numbers)
        return {**risk_cells(risk, written_numbers), "Tasks": written["Tasks"]}

    def convert(title: str, value: object, risk: Risk) -> object:
        if title == "Tasks":
            return task_uids_cell(plan, refs, value)
        return _risk_value(title, value, plan.project)

    before = {r.uid: r for r in plan.risks}
    merged = reader.merged(before, _new_risk, cells, _RISK_FIELDS, convert)
    if own:
        refused.raise_any()
    plan.risks = [risk for _, risk, _ in merged]


def _rate_table_follows(old: Resource | None, res: Resource) -> Resource:
    """A person whose rates the client changed, those rates in table A's first rate too
    (which prices the work once there is one), as the Team view changes them."""
    if old is None or not old.rate_tables:
        return res
    changed = {f: getattr(res, f) for f in _RATE_FIELDS if getattr(res, f) != getattr(old, f)}
    return with_first_rate(res, changed) if changed else res


def _new_person(uid: int) -> Resource:
    return Resource(uid, "")


def _new_risk(uid: int) -> Risk:
    return Risk(uid, "")


class _Register:
    """One register sheet: its header, its rows matched by uid, and cell messages.

    ``refused``: where a bad cell's message goes, the next cells read too (None: the first
    bad cell raises FileFormatError).
    """

    def __init__(
        self,
        sheet: str,
        rows: Sequence[Sequence[object]],
        columns: tuple[str, ...],
        key: str,
        refused: Refusals | None = None,
    ) -> None:
        self.sheet = sheet
        self.refused = refused
        self.bad: set[tuple[int, str]] = set()  # (sheet row, column title) of refused cells
        self.data = rows
        self.key = key
        header = [cell_text(c) for c in rows[0]] if rows else []
        self.cols = {t: header.index(t) for t in columns if t in header}
        self.usable = "UID" in self.cols and key in self.cols

    def where(self, row: int, title: str) -> str:
        return f"{self.sheet}!{column_letter(self.cols[title])}{row + 1}"

    def get(self, row: Sequence[object], title: str) -> object:
        col = self.cols.get(title)
        return None if col is None or col >= len(row) else row[col]

    def rows(self, known: dict[int, Any]) -> list[tuple[int, Sequence[object], int | None]]:
        """(sheet row, cells, uid or None for a new row) of every row that names something."""
        out: list[tuple[int, Sequence[object], int | None]] = []
        seen: set[int] = set()
        for i, row in enumerate(self.data[1:], start=1):
            value = self.get(row, "UID")
            uid = int(value) if isinstance(value, int | float) and value == int(value) else None
            if uid is not None and uid in known and uid not in seen:
                seen.add(uid)
                out.append((i, row, uid))
            elif not is_blank(self.get(row, self.key)):
                out.append((i, row, None))
        return out

    def edited(
        self, row: Sequence[object], written: dict[str, object], fields: dict[str, str]
    ) -> dict[str, object]:
        """The cells whose text differs from what was exported."""
        return {
            title: self.get(row, title)
            for title in fields
            if title in self.cols and cell_text(self.get(row, title)) != cell_text(written[title])
        }

    def filled(self, row: Sequence[object], fields: dict[str, str]) -> dict[str, object]:
        """The non-empty cells of a new row (the key cell always)."""
        return {
            title: self.get(row, title)
            for title in fields
            if title in self.cols and (title == self.key or not is_blank(self.get(row, title)))
        }

    def merged(
        self,
        before: dict[int, Any],
        blank: Callable[[int], Any],
        cells: Callable[[Any], dict[str, object]],
        fields: dict[str, str],
        convert: Callable[[str, object, Any], object],
    ) -> list[tuple[int, Any, dict[str, object]]]:
        """(sheet row, item, cells the client edited) of every row, in sheet order.

        A row with a known uid gives that item with the client's edits; any other
        row a ``blank`` item under the next free uid, filled from its cells.
        """
        out: list[tuple[int, Any, dict[str, object]]] = []
        next_uid = max(before, default=0) + 1
        for i, row, uid in self.rows(before):
            old = before.get(uid) if uid is not None else None
            if old is None:
                old = blank(next_uid)
                next_uid += 1
                edits = self.filled(row, fields)
            else:
                edits = self.edited(row, cells(old), fields)
            out.append((i, self.apply(i, old, edits, fields, convert), edits))
        return out

    def apply(
        self,
        i: int,
        item: Any,
        edits: dict[str, object],
        fields: dict[str, str],
        convert: Callable[[str, object, Any], object],
    ) -> Any:
        """``item`` with the ``edits`` read by ``convert`` (title, cell, item): a value, or
        :class:`_Fields` when one cell sets more than one field (a rate and its unit)."""
        changes: dict[str, object] = {}
        for title, value in edits.items():
            try:
                read = convert(title, value, item)
            except CellError as exc:
                self.refuse(i, title, str(exc))
                continue  # the next cells are read too: all bad ones told
            if isinstance(read, _Fields):
                changes.update(read)
            else:
                changes[fields[title]] = read
        return replace(item, **changes) if changes else item

    def refuse(self, i: int, title: str, reason: str) -> None:
        """Tell the cell of row ``i`` under ``title`` refused: gathered, or raised at once."""
        message = f"{self.where(i, title)}: {reason}"
        if self.refused is None:
            raise FileFormatError(message)
        self.bad.add((i, title))
        self.refused.add(message)


class _Fields(dict[str, object]):
    """Fields one cell sets together: a rate and the unit it was typed in."""


def _text(value: object) -> str:
    return "" if is_blank(value) else str(value).strip()


def _amount(value: object, what: str, project: Project | None) -> float:
    """A money cell's amount, not below zero, to the cent or the currency's finer decimals
    (dinars' fils: 3); ``project``: the plan's, whose own currency symbol and code the cell
    may show (``150 Kčs``), whatever they are."""
    amount = 0.0 if is_blank(value) else read_number(value, _own(project))
    digits = 2 if project is None else max(2, project.currency_digits)
    try:
        return round(non_negative(what, amount), digits)
    except InputError as exc:
        raise CellError(str(exc)) from None


def _own(project: Project | None) -> tuple[str, ...]:
    return () if project is None else plan_currency(project)


def _max_units(value: object) -> float:
    """A Max units cell as the client meant it: text ``50%`` or ``50`` a percent, as the
    Team view takes it; a percent cell's number the fraction it shows (1.5: 150 %); a
    number in a cell known not to show a percentage (a :class:`PlainCell`, General) a
    percent from 10 on (50: 50 %), refused above 1 and under 10, which could be either
    (1.5: 150 % or 1.5 %?); any other number the fraction it holds (up to 1 in a plain
    cell: the fraction the column showed)."""
    if is_blank(value):
        return 0.0
    if isinstance(value, str):
        number = read_number(value.strip().rstrip("%")) / 100.0
    else:
        number = read_number(value)
        if isinstance(value, PlainCell):
            if number < _SURELY_PERCENT:
                shown = cell_text(value)
                fraction = percent_text(number)  # as the column showed it: 1.5 is 150 %
                raise CellError(
                    f"{quoted(shown)} could be {fraction} or {shown}%: type {fraction} or {shown}%"
                )
            number /= 100.0
    if number < 0:
        shown = (
            shown_value(value) if isinstance(value, PercentCell | str) else quoted(cell_text(value))
        )
        raise CellError(f"{shown} cannot be negative")
    return round(number, 6)


# A number typed in a plain Max units cell at least this big is a percent (50: 50 %); one
# between 1 and this could be a fraction as the column showed (1.5: 150 %) or a percent.
_SURELY_PERCENT = 10.0


def _team_value(title: str, value: object, person: Resource, project: Project) -> object:
    if title == "Name":
        name = people_cell_name(_text(value))  # "Doe, Jane" would be two people in People
        if not name:
            raise CellError("a person needs a name")
        _refused_as_cell(check_name_length, name)
        return name
    if title == "Role":
        return _text(value)
    if title == "Max units":
        units = _max_units(value)
        if units <= 0:
            raise CellError("max units must be more than 0%")
        if units > MAX_UNITS:
            raise CellError(
                f"{quoted(cell_text(value))} ({units:,.0%}) is past the largest max units, "
                f"{MAX_UNITS:,.0%}"
            )
        return units
    if person.type is ResourceType.COST and title in ("Std. rate", _HOURLY):
        # the sheet leaves it blank, as MS Project has no rate for a cost resource (its
        # cost is typed on each assignment): a rate typed there would be kept unseen
        if is_blank(value) or _holds_rate(value, person, project):
            return _Fields()  # an older workbook wrote the rate the item holds: no change
        raise _no_such_cell(person, "rate")
    if title == _HOURLY:
        rate = _amount(value, "a rate", project)
        _refused_as_cell(check_rate, rate, cell_text(value), "a rate")
        return rate
    if title in _TEAM_RATES:
        return _overtime_or_per_use(title, value, person, project)
    return _rate(value, person, project)  # Std. rate


def _holds_rate(value: object, person: Resource, project: Project) -> bool:
    """Whether a cost item's rate cell holds the rate it has (as workbooks written before its
    cell was left blank did), so reading it changes nothing."""
    try:
        return abs(_amount(value, "a rate", project) - person.standard_rate) < 1e-9
    except CellError:
        return False


def _overtime_or_per_use(title: str, value: object, person: Resource, project: Project) -> object:
    """An Ovt. rate cell as a Std. rate one (in the person's overtime unit), or a Cost/use
    cell's amount; refused where the Team view has no such cell."""
    kind = person.type
    if kind is ResourceType.COST or (title == "Ovt. rate" and kind is ResourceType.MATERIAL):
        raise _no_such_cell(person, "overtime rate" if title == "Ovt. rate" else "cost per use")
    if title == "Ovt. rate":
        return _rate(value, person, project, "overtime")
    amount = _amount(value, "a cost per use", project)
    _refused_as_cell(check_rate, amount, cell_text(value), "a cost per use")
    return amount


def _no_such_cell(person: Resource, what: str) -> CellError:
    """The refusal of a cell the Team view has not for a material or cost item."""
    item = "a material" if person.type is ResourceType.MATERIAL else "a cost item"
    return CellError(f"{quoted(person.name)} is {item}: it has no {what}")


def _rate(value: object, person: Resource, project: Project, which: str = "standard") -> _Fields:
    """A Std. rate cell (``which`` "overtime": an Ovt. rate one): a number per the person's
    unit (as the cell shows it), or text that names one (``1,300/d``, ``90/h``); the rate
    kept per hour and the unit it shows in."""
    unit: RateUnit = getattr(person, f"{which}_rate_unit")
    amount_of: object = value
    if isinstance(value, str):
        _refuse_unit_without_slash(value)
    if isinstance(value, str) and "/" in value:
        amount_of, _, word = value.rpartition("/")
        if is_blank(amount_of.strip()):
            raise CellError(f"{quoted(value)}: no amount before the '/' (1,200/d)")
        word = word.strip().casefold()
        label = (person.material_label or "unit").casefold()
        if person.type is ResourceType.WORK:
            typed = _TYPED_UNITS.get(word if len(word) <= 2 else word.removesuffix("s"))
            if typed is None:
                raise CellError(f"{quoted(value)}: a rate is per m, h, d, w, mo or y (1,200/d)")
            unit = typed
        elif word not in (label, "unit"):
            raise CellError(f"{quoted(value)}: {quoted(person.name)}'s rate is per {label}")
    amount = _amount(amount_of, "a rate", project)
    if person.type is not ResourceType.WORK:
        _refused_as_cell(check_rate, amount, cell_text(value), "a rate")
        return _Fields({f"{which}_rate": amount})
    try:
        rate = hourly_rate(amount, unit, project)
    except InputError as exc:
        raise CellError(str(exc)) from None
    _refused_as_cell(check_rate, rate, cell_text(value), "a rate")
    return _Fields({f"{which}_rate": rate, f"{which}_rate_unit": unit})


# A time unit written after the amount without its slash: "1300h", "1,300 days".
_UNIT_WORD = re.compile(r"\d\s*([^\W\d_]+)\.?\s*$")


def _refuse_unit_without_slash(text: str) -> None:
    """Refuse a rate naming its time unit without a slash: read as a currency word, "1300h"
    would silently be 1,300 per the person's own unit (per day: eight times the rate meant).
    The roster refuses it too."""
    found = _UNIT_WORD.search(text) if "/" not in text else None
    if found is None:
        return
    word = found.group(1).casefold()
    if _TYPED_UNITS.get(word if len(word) <= 2 else word.removesuffix("s")) is None:
        return  # a currency word (EUR, kr): read as before
    amount = text[: found.start(1)].strip()
    raise CellError(f"{quoted(text)}: write the unit after a slash ({amount}/{found.group(1)})")


_TYPED_UNITS = {
    **{unit.value: unit for unit in RateUnit},
    "min": RateUnit.MINUTE,
    "minute": RateUnit.MINUTE,
    "hr": RateUnit.HOUR,
    "hour": RateUnit.HOUR,
    "day": RateUnit.DAY,
    "wk": RateUnit.WEEK,
    "week": RateUnit.WEEK,
    "mon": RateUnit.MONTH,
    "month": RateUnit.MONTH,
    "yr": RateUnit.YEAR,
    "year": RateUnit.YEAR,
}


def _refused_as_cell(check: Callable[..., None], *args: object) -> None:
    """Run one of the Team member dialog's checks; its refusal becomes the cell's message."""
    try:
        check(*args)
    except InputError as exc:
        raise CellError(str(exc)) from None


def _risk_value(title: str, value: object, project: Project | None = None) -> object:
    """A Risks sheet cell's value; ``project``: the plan's (its currency, see _amount)."""
    if title == "Risk":
        name = _text(value)
        if not name:
            raise CellError("a risk needs a title")
        return name
    if title in ("Owner", "Mitigation", "Description"):
        return _text(value)
    if title == "Probability":
        return sheet_probability(value)
    if title == "Status":
        status = _STATUSES.get(_text(value).casefold())
        if status is None:
            shown = ", ".join(status_shown(s) for s in RiskStatus)
            raise CellError(f"{quoted(value)} is not a status ({shown})")
        return status
    return _amount(value, f"the {title.lower()}", project)  # Impact, Contingency


def _refuse_same_names(reader: _Register, people: list[Resource], named: dict[str, int]) -> None:
    """A name the client typed that another person has: People cells would be ambiguous."""
    count: dict[str, int] = {}
    for res in people:
        count[res.name.casefold()] = count.get(res.name.casefold(), 0) + 1
    for key, i in named.items():
        if count[key] > 1:
            name = next(r.name for r in people if r.name.casefold() == key)
            reader.refuse(i, "Name", f"another person is named {quoted(name, NAME_LIMIT)}")
