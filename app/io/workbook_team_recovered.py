"""The Team sheet of a client workbook whose hidden ``_gantry`` sheet is gone: the people
(:mod:`app.io.workbook_registers_recovered` reads the rest).

Read as any client's sheet, every person came back at a rate of 0. The Team sheet still
shows each person's role, type, max units and rates (the number, in the unit its cell's
format shows: ``$1,200.00/d``; :mod:`app.io.workbook_number_formats`), a material's label
in its Work cell (``14.5 m³``), a cost item's amount in its Cost cell and, hidden, the UID
each person had in the plan. They are read with the cell rules of a returned workbook
(:mod:`app.io.register_sheets`), a bad cell refused by name with the workbook's others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from app.domain.plan import Plan
from app.domain.plural_words import joined_list
from app.domain.quoting import quoted
from app.domain.resource import RateUnit, Resource, ResourceType
from app.io.register_cell_values import HOURLY, TEAM_RATES, team_value
from app.io.register_sheets import TEAM_COLUMNS, TEAM_FIELDS, Register
from app.io.roundtrip_refusals import Refusals
from app.io.sheet_values import CellError, is_blank, read_number
from app.io.workbook_number_formats import column_formats

OLD_WORK = "Work (h)"  # the Work column's title before it said "8 h" and "14.5 m³"
_TYPES = {t.name.casefold(): t for t in ResourceType}
_TYPE_NAMES = "Work, Material, Cost"
# the rate unit a Std. rate format shows after its slash: "$"#,##0.00\/\d -> d
_RATE_UNIT = re.compile(r"/(mo|m|h|d|w|y)\s*$")

Team = tuple[str, Sequence[Sequence[object]]]  # (sheet, rows)


def team_people(
    path: Path,
    team: Team,
    plan: Plan,
    refused: Refusals,
    item_costs: dict[str, float],
    team_uids: dict[int, int],
) -> list[Resource]:
    """The people of ``plan`` as the Team sheet ``team`` of the workbook at ``path`` gives
    them, those it adds after (bad cells kept in ``refused``); each cost item's Cost cell
    kept in ``item_costs`` by casefolded name, each person's hidden UID in ``team_uids``."""
    sheet, rows = team
    reader = Register(sheet, rows, (*TEAM_COLUMNS, HOURLY, OLD_WORK), "Name", refused)
    if "Name" not in reader.cols:
        return list(plan.resources)
    units = _rate_units(path, sheet, reader)
    overtime_units = _rate_units(path, sheet, reader, "Ovt. rate")
    fields = {**TEAM_FIELDS, **TEAM_RATES}  # Ovt. rate and Cost/use, where the sheet has them
    by_name = {r.name.casefold(): r for r in plan.resources}
    listed: dict[int, Resource] = {}
    next_uid = max((r.uid for r in plan.resources), default=0) + 1
    project = plan.project

    def convert(title: str, value: object, res: Resource) -> object:
        return team_value(title, value, res, project)

    for i, row in enumerate(rows[1:], start=1):
        if is_blank(reader.get(row, "Name")):
            continue
        name = str(reader.get(row, "Name")).strip()
        person = by_name.get(name.casefold())
        if person is None:
            person = Resource(next_uid, name)
            next_uid += 1
        person = _typed(reader, i, row, person, units.get(i), overtime_units.get(i))
        edits = reader.filled(row, {t: f for t, f in fields.items() if t != "Name"})
        listed[person.uid] = reader.apply(i, person, edits, fields, convert)
        if person.type is ResourceType.COST:  # its Cost cell: what the item costs in all
            amount = _number(reader.get(row, "Cost"))
            if amount is not None:
                item_costs[name.casefold()] = amount
        uid = reader.get(row, "UID")  # the hidden id the person had in the plan
        if isinstance(uid, int | float) and not isinstance(uid, bool) and uid == int(uid):
            team_uids[person.uid] = int(uid)
    kept = [listed.pop(r.uid, r) for r in plan.resources]
    return kept + list(listed.values())


def rates_read(team: Team | None) -> list[str]:
    """What the Team sheet gives of people's rates: an older one shows no overtime rate
    and no cost per use."""
    if team is None:
        return []
    header = {str(c).strip() for c in (team[1][0] if team[1] else ())}
    shown = {"Ovt. rate": "overtime rates", "Cost/use": "costs per use"}
    return ["rates", *(w for t, w in shown.items() if t in header)]


def _rate_units(
    path: Path, sheet: str, reader: Register, title: str = "Std. rate"
) -> dict[int, RateUnit]:
    """The rate unit each Std. rate cell's format shows (``title``'s: Ovt. rate), by row."""
    col = reader.cols.get(title)
    formats = column_formats(path, sheet, col) if col is not None else None
    out: dict[int, RateUnit] = {}
    for row, code in (formats or {}).items():
        m = _RATE_UNIT.search(code.replace("\\", "").replace('"', ""))
        if m is not None:
            out[row] = RateUnit(m.group(1))
    return out


def _typed(
    reader: Register,
    i: int,
    row: Sequence[object],
    person: Resource,
    unit: RateUnit | None,
    overtime_unit: RateUnit | None = None,
) -> Resource:
    """``person`` with the type of its Type cell (a bad one refused through ``reader``,
    the person's type kept), the rate units its rates' formats show and, a material, the
    label of its Work cell."""
    value = reader.get(row, "Type")
    kind = person.type
    if not is_blank(value):
        found = _TYPES.get(str(value).strip().casefold())
        if found is None:
            reader.refuse(i, "Type", f"{quoted(value)} is not a type ({_TYPE_NAMES})")
        kind = found or kind
    changes: dict[str, object] = {"type": kind}
    if kind is ResourceType.WORK and unit is not None:
        changes["standard_rate_unit"] = unit
    if kind is ResourceType.WORK and overtime_unit is not None:
        changes["overtime_rate_unit"] = overtime_unit
    if kind is ResourceType.MATERIAL:
        work = reader.get(row, "Work")
        work = reader.get(row, OLD_WORK) if is_blank(work) else work
        if isinstance(work, str):  # "14.5 m³": the label after the quantity
            changes["material_label"] = re.sub(r"^[\s\d.,]+", "", work).strip()
    return replace(person, **changes)  # type: ignore[arg-type]


def item_amounts(plan: Plan, item_costs: Mapping[str, float]) -> list[str]:
    """Each cost item on one task at the amount its Team Cost cell gives (``item_costs``,
    by casefolded name: Travel's €2,400, which came back as 0); what stays unread, for the
    note: a cost item on several tasks, whose total the sheet does not split (or one
    without a Cost cell)."""
    unread: list[str] = []
    by_uid = {r.uid: r for r in plan.resources if r.type is ResourceType.COST}
    on: dict[int, list[int]] = {}
    for k, a in enumerate(plan.assignments):
        if a.resource_uid in by_uid:
            on.setdefault(a.resource_uid, []).append(k)
    rows = list(plan.assignments)
    for uid, found in on.items():
        amount = item_costs.get(by_uid[uid].name.casefold())
        if amount is not None and len(found) == 1:
            rows[found[0]] = replace(rows[found[0]], cost=amount)
        elif amount is None or amount:
            unread.append(by_uid[uid].name)
    if on:
        plan.assignments = rows
    if not unread:
        return []
    return [f"the amounts of {joined_list(unread)} on each task (the Team sheet gives the total)"]


def people_work(plan: Plan) -> None:
    """Each person's work on a task as the sheets hold it: the task's Duration at the
    units of the People cell (``Ana[50%]`` on a 10-day task: 40h; 3ed at 100 %: 72h, as
    MS Project counts an elapsed day's 24h), the work of each assignment read with none. It
    came back as 0h beside the plan exported, though the plan costs and schedules it so (a
    summary's people still follow its span: :func:`app.domain.assignment_work.planned_work`).
    A material keeps its quantity, a cost item its amount."""
    people = {r.uid for r in plan.resources if r.type is ResourceType.WORK}
    out = list(plan.assignments)
    for k, a in enumerate(out):
        if a.work_minutes or a.resource_uid not in people or not plan.has_task(a.task_uid):
            continue
        work = round(plan.task(a.task_uid).duration_minutes * a.units)
        if work:
            out[k] = replace(a, work_minutes=work)
    if out != plan.assignments:
        plan.assignments = out


def team_uids(
    people: list[Resource], wanted: Mapping[int, int]
) -> tuple[list[Resource], dict[int, int]]:
    """``people`` under the uids the Team sheet's hidden column gives them (so that the plan
    read compares with the plan exported person by person), the others after; and the new
    uid of each old one. The uids as read (in People cell order) when the column repeats one."""
    targets = [wanted[r.uid] for r in people if r.uid in wanted]
    if len(set(targets)) != len(targets) or any(t < 1 for t in targets):
        return people, {r.uid: r.uid for r in people}
    free = max(targets, default=0) + 1
    uids: dict[int, int] = {}
    for r in people:
        if r.uid in wanted:
            uids[r.uid] = wanted[r.uid]
        else:
            uids[r.uid], free = free, free + 1
    return [r if uids[r.uid] == r.uid else replace(r, uid=uids[r.uid]) for r in people], uids


def _number(value: object) -> float | None:
    """A cell's number (``2400``, ``€2,400.00``); None for a blank or other text."""
    if is_blank(value):
        return None
    try:
        return read_number(value)
    except CellError:
        return None
