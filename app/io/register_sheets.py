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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from app.domain.errors import FileFormatError, InputError
from app.domain.first_rate import with_first_rate
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import (
    RateUnit,
    Resource,
    ResourceType,
    rate_in_unit,
)
from app.domain.risk import (
    Risk,
    RiskStatus,
)
from app.domain.risk_fields import parse_risk_day, shown_day
from app.domain.risk_typing import parse_response
from app.io.register_cell_values import (
    HOURLY,
    TEAM_RATES,
    Fields,
    money_amount,
    plain_text,
    team_value,
)
from app.io.risk_cells import sheet_probability, task_uids_cell
from app.io.roundtrip_refusals import Refusals
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import CellError, is_blank
from app.io.workbook_cells import cell_text

TEAM_SHEET = "Team"
RISK_SHEET = "Risks"

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
    # a register's own fields (s29rk): dates written as YYYY-MM-DD text
    "Category",
    "Response",
    "Raised",
    "Next review",
    "Closed",
    "Residual prob.",
    "Residual impact",
    # what tells the team the risk is happening, and the day to look for it by (s31rk)
    "Trigger",
    "Trigger date",
)

# column title -> the Resource / Risk field it edits
TEAM_FIELDS = {
    "Name": "name",
    "Role": "role",
    "Max units": "max_units",
    "Std. rate": "standard_rate",
    HOURLY: "standard_rate",
}
_RATE_FIELDS = ("standard_rate", "standard_rate_unit", *TEAM_RATES.values(), "overtime_rate_unit")
RISK_FIELDS = {
    "Risk": "title",
    "Probability": "probability",
    "Impact": "impact",
    "Owner": "owner",
    "Mitigation": "mitigation",
    "Contingency": "contingency",
    "Status": "status",
    "Tasks": "task_uids",
    "Description": "description",
    "Category": "category",
    "Response": "response",
    "Raised": "raised",
    "Next review": "next_review",
    "Closed": "closed_on",
    "Residual prob.": "residual_probability",
    "Residual impact": "residual_impact",
    "Trigger": "trigger",
    "Trigger date": "trigger_date",
}
_DATE_TITLES = ("Raised", "Next review", "Closed", "Trigger date")
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
        HOURLY: res.standard_rate,
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
        "Category": risk.category,
        "Response": "" if risk.response is None else risk.response.label,
        "Raised": shown_day(risk.raised),
        "Next review": shown_day(risk.next_review),
        "Closed": shown_day(risk.closed_on),
        "Residual prob.": risk.residual_probability,
        "Residual impact": risk.residual_impact,
        "Trigger": risk.trigger,
        "Trigger date": shown_day(risk.trigger_date),
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
    removed: dict[int, Resource] | None = None,
) -> None:
    """Apply the client's Team sheet edits to ``plan`` (people added, changed, removed).

    Every bad cell is told: without ``refused`` they are raised together (CellRefusals, one
    alone a FileFormatError) and ``plan`` is left as it was; with it they are gathered
    there, for the caller to raise with the other sheets' (``plan`` then holds the rows as
    far as they read, a copy the caller does not keep). ``removed``: where the people whose
    row was deleted go, by uid; they then stay in ``plan`` with their assignments, after
    the people listed, for the caller to take off once the Plan sheet is read
    (:func:`app.io.workbook_team_removed.check_removed_people`).
    """
    own, refused = refused is None, Refusals() if refused is None else refused
    reader = Register(sheet, rows, (*TEAM_COLUMNS, HOURLY), "Name", refused)
    if not reader.usable:
        return
    project = plan.project
    before = {r.uid: r for r in plan.resources}

    def convert(title: str, value: object, person: Resource) -> object:
        return team_value(title, value, person, project)

    fields = {**TEAM_FIELDS, **TEAM_RATES}
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
    if removed is not None:
        removed.update((uid, before[uid]) for uid in gone)
        plan.resources = [*kept, *(r for r in before.values() if r.uid in gone)]
        return
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
    reader = Register(sheet, rows, RISK_COLUMNS, "Risk", refused)
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
        return risk_value(title, value, plan.project)

    before = {r.uid: r for r in plan.risks}
    merged = reader.merged(before, _new_risk, cells, RISK_FIELDS, convert)
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


class Register:
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
        :class:`Fields` when one cell sets more than one field (a rate and its unit)."""
        changes: dict[str, object] = {}
        for title, value in edits.items():
            try:
                read = convert(title, value, item)
            except CellError as exc:
                self.refuse(i, title, str(exc))
                continue  # the next cells are read too: all bad ones told
            if isinstance(read, Fields):
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


def risk_value(title: str, value: object, project: Project | None = None) -> object:
    """A Risks sheet cell's value; ``project``: the plan's (its currency, see amount)."""
    if title == "Risk":
        name = plain_text(value)
        if not name:
            raise CellError("a risk needs a title")
        return name
    if title in ("Owner", "Mitigation", "Description", "Category", "Trigger"):
        return plain_text(value)
    if title in _DATE_TITLES or title in ("Response", "Residual prob.", "Residual impact"):
        return _register_value(title, value, project)
    if title == "Probability":
        return sheet_probability(value)
    if title == "Status":
        status = _STATUSES.get(plain_text(value).casefold())
        if status is None:
            shown = ", ".join(status_shown(s) for s in RiskStatus)
            raise CellError(f"{quoted(value)} is not a status ({shown})")
        return status
    return money_amount(value, f"the {title.lower()}", project)  # Impact, Contingency


def _register_value(title: str, value: object, project: Project | None) -> object:
    """A register field's cell: blank clears it; a date cell or YYYY-MM-DD / DD.MM.YYYY text."""
    if is_blank(value):
        return None
    if title in _DATE_TITLES:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
    try:
        if title in _DATE_TITLES:
            return parse_risk_day(plain_text(value))
        if title == "Response":
            return parse_response(plain_text(value))
    except InputError as exc:
        raise CellError(str(exc)) from None
    if title == "Residual prob.":
        return sheet_probability(value)
    return money_amount(value, "the residual impact", project)


def _refuse_same_names(reader: Register, people: list[Resource], named: dict[str, int]) -> None:
    """A name the client typed that another person has: People cells would be ambiguous."""
    count: dict[str, int] = {}
    for res in people:
        count[res.name.casefold()] = count.get(res.name.casefold(), 0) + 1
    for key, i in named.items():
        if count[key] > 1:
            name = next(r.name for r in people if r.name.casefold() == key)
            reader.refuse(i, "Name", f"another person is named {quoted(name, NAME_LIMIT)}")
