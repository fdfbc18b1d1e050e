"""MS Project XML: the resources (rates, availability, skills) and assignments of a file."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.contours import WorkContour
from app.domain.errors import FileFormatError, InputError
from app.domain.notation import LONGEST_MINUTES
from app.domain.quoting import clipped, quoted
from app.domain.resource import (
    MAX_NAME_LENGTH,
    MAX_RATE,
    MAX_UNITS,
    Assignment,
    Availability,
    RateEntry,
    RateUnit,
    Resource,
    ResourceType,
    check_rate,
    with_safe_names,
)
from app.domain.task import CostAccrual
from app.io.mspdi_assignment_leveling import assignment_leveling_delay
from app.io.mspdi_budgets import as_budget, read_budgets
from app.io.mspdi_long_texts import NOTES_LIMIT
from app.io.mspdi_values import Q, Reader
from app.io.negative_uids import negative_uid

UNASSIGNED_RESOURCE = -65535  # MS Project's "no resource" on assignment rows
_OPEN_START = datetime(1984, 1, 2)
_OPEN_END = datetime(2049, 12, 31)

# <StandardRateFormat> and <OvertimeRateFormat>: the unit MS Project shows a rate in (the
# rate itself is per hour in the file, as in the plan). 8 is a material's rate, per its own
# label; any other code is read as per hour, the display being all it changes.
RATE_UNIT_OF_FORMAT = {
    1: RateUnit.MINUTE,
    2: RateUnit.HOUR,
    3: RateUnit.DAY,
    4: RateUnit.WEEK,
    5: RateUnit.MONTH,
    7: RateUnit.YEAR,
}
RATE_FORMAT_OF_UNIT = {unit: code for code, unit in RATE_UNIT_OF_FORMAT.items()}


def _rate_unit(r: Reader, name: str) -> RateUnit:
    code = r.integer(name, 2)
    return RATE_UNIT_OF_FORMAT.get(2 if code is None else code, RateUnit.HOUR)


def read_resources(
    root: Element, calendars: dict[int, Any], source: str = "the MS Project file"
) -> list[Resource]:
    """The plan's people, materials and cost items (blank and null rows left out).

    A name holding , ; [ ] is made one the People column can hold; the resource's
    notes say what ``source`` called it.
    """
    container = root.find(Q + "Resources")
    if container is None:
        return []
    out: list[Resource] = []
    seen: set[int] = set()
    skills_field = _skills_field(root)
    budgets = read_budgets(root)
    for n, elem in enumerate(container.findall(Q + "Resource"), start=1):
        r = Reader(elem, f"Resource #{n}")
        uid = r.uid()
        if uid < 0:
            raise negative_uid(f"Resources/Resource[{n}]/UID", uid)
        r.where = f"Resource #{n} (UID {uid})"
        name = r.string("Name")
        if r.flag("IsNull") or (uid == 0 and not name):
            continue
        if uid in seen:
            raise FileFormatError(f"{r.where}: <UID> {uid} is used twice")
        seen.add(uid)
        code = r.integer("Type", 1)
        rtype = ResourceType.COST if r.flag("IsCostResource") else ResourceType.WORK
        if code == 0 and rtype is not ResourceType.COST:
            rtype = ResourceType.MATERIAL
        elif code == 2:
            rtype = ResourceType.COST
        cal_uid = r.integer("CalendarUID", -1)
        accrue = r.integer("AccrueAt", 3) or 3
        person = f"Resource {quoted(name or f'Resource {uid}')} (UID {uid})"
        max_units = r.amount("MaxUnits", 1.0)
        _check_units(r, "MaxUnits", max_units, f"{r.where} {quoted(name)}")
        out.append(
            Resource(
                uid=uid,
                name=name or f"Resource {uid}",
                type=rtype,
                initials=r.string("Initials"),
                role=r.string("Group"),
                email=r.string("EmailAddress"),
                max_units=max_units,
                standard_rate=r.amount("StandardRate"),
                overtime_rate=r.amount("OvertimeRate"),
                cost_per_use=r.amount("CostPerUse") / 100,
                accrue_at=CostAccrual(accrue) if accrue in (1, 2, 3) else CostAccrual.PRORATED,
                material_label=r.string("MaterialLabel"),
                calendar_uid=cal_uid if cal_uid is not None and cal_uid in calendars else None,
                availability=_availability(elem, person),
                rate_tables=_rate_tables(elem, person),
                notes=r.string("Notes"),
                skills=_skills(elem, skills_field),
                can_level=r.flag("CanLevel", True),
                standard_rate_unit=_rate_unit(r, "StandardRateFormat"),
                overtime_rate_unit=_rate_unit(r, "OvertimeRateFormat"),
            )
        )
        if r.flag("IsBudget"):  # its Budget Cost/Work sit on the project summary (task 0)
            out[-1] = as_budget(out[-1], budgets)
        if max(out[-1].standard_rate, out[-1].overtime_rate, out[-1].cost_per_use) > MAX_RATE:
            _refuse_rate(r, out[-1], f"{r.where} {quoted(out[-1].name)}")
        if len(out[-1].name) > MAX_NAME_LENGTH:
            out[-1] = _trimmed_name(out[-1], source)
    return with_safe_names(_can_level_default(out), source)


def _can_level_default(resources: list[Resource]) -> list[Resource]:
    """``resources``, every person leveled when the file says no person can be.

    MS Project saves Can Level on for people unless the user turns it off (off only
    for materials and cost items in the XML it saved in the shared test set), while
    MPXJ's conversion of a .mpp writes <CanLevel>0 on every resource, people of MS
    Project's own templates included: a file in which no person can be leveled is
    read as that converter's default, and its people are leveled.
    """
    people = [r for r in resources if r.type is ResourceType.WORK]
    if not people or any(r.can_level for r in people):
        return resources
    return [replace(r, can_level=True) if r.type is ResourceType.WORK else r for r in resources]


def _trimmed_name(res: Resource, source: str) -> Resource:
    """``res`` with its name cut to MS Project's 255 characters (a 10,000-character name
    filled every People cell and undo text), its notes keeping the whole name first, as
    .gantry files trim older over-long texts on load rather than refusing the file."""
    said = (
        f"Named with {len(res.name):,} characters in {source}; trimmed to the first "
        f"{MAX_NAME_LENGTH}, the longest name a person can have."
    )
    if len(res.name) <= NOTES_LIMIT:  # past what a note keeps: damage, not a name
        said += f" The whole name: {res.name}"
    name = res.name[:MAX_NAME_LENGTH].strip()
    return replace(res, name=name, notes=f"{said}\n\n{res.notes}" if res.notes else said)


def _refuse_rate(r: Reader, rates: Resource | RateEntry, where: str) -> None:
    """Refuse the first rate or cost per use past MAX_RATE (the Team member dialog's limit),
    naming its element: 1e307 read as it is made costs infinite and JSON output invalid."""
    for name, value in (
        ("StandardRate", rates.standard_rate),
        ("OvertimeRate", rates.overtime_rate),
    ):
        _checked(value, clipped(r.text(name) or ""), f"{where} <{name}>")
    # the file keeps cost per use in hundredths: quote it as the plan holds it
    _checked(rates.cost_per_use, f"{rates.cost_per_use:.15g}", f"{where} <CostPerUse>")


def _check_units(r: Reader, name: str, units: float, where: str) -> None:
    """Refuse max units past :data:`MAX_UNITS` (10,000, which MS Project shows as 1,000,000 %),
    naming the element: 1e300 read as it is made every person look free."""
    if units > MAX_UNITS:
        raise FileFormatError(
            f"{where} <{name}>: {quoted(clipped(r.text(name) or ''))} ({units:,.0%}) is past "
            f"the largest max units, {MAX_UNITS:,.0f} ({MAX_UNITS:,.0%})"
        )


def _checked(value: float, typed: str, what: str) -> None:
    try:
        check_rate(value, typed, what)
    except InputError as exc:
        raise FileFormatError(str(exc)) from None


def _skills_field(root: Element) -> str | None:
    """FieldID of the resource text field aliased "Skills" (how we export skills), if any."""
    container = root.find(Q + "ExtendedAttributes")
    for attr in container.findall(Q + "ExtendedAttribute") if container is not None else ():
        alias = (attr.findtext(Q + "Alias") or "").strip().lower()
        field = (attr.findtext(Q + "FieldID") or "").strip()
        if alias == "skills" and field.startswith("2055"):  # resource fields: 205520896+
            return field
    return None


def _skills(elem: Element, field: str | None) -> tuple[str, ...]:
    if field is None:
        return ()
    for attr in elem.findall(Q + "ExtendedAttribute"):
        if (attr.findtext(Q + "FieldID") or "").strip() == field:
            value = attr.findtext(Q + "Value") or ""
            return tuple(part.strip() for part in value.split(",") if part.strip())
    return ()


def skipped_resource_uids(root: Element) -> set[int]:
    """UIDs of resource rows the reader leaves out (blank UID 0, IsNull rows, budget resources)."""
    container = root.find(Q + "Resources")
    out: set[int] = set()
    for elem in container.findall(Q + "Resource") if container is not None else ():
        r = Reader(elem, "Resource")
        uid = r.integer("UID")
        blank = uid == 0 and not r.string("Name")
        if uid is not None and (r.flag("IsNull") or blank or r.flag("IsBudget")):
            out.add(uid)
    return out


def _open(moment: datetime | None, start: bool) -> datetime | None:
    if moment is None:
        return None
    if start and moment <= _OPEN_START:
        return None
    if not start and moment >= _OPEN_END:
        return None
    return moment


def _availability(elem: Element, person: str) -> tuple[Availability, ...]:
    """``person``: "Resource 'Ann Lee' (UID 4)", as a message names them."""
    container = elem.find(Q + "AvailabilityPeriods")
    if container is None:
        return ()
    out = []
    for n, p in enumerate(container.findall(Q + "AvailabilityPeriod"), start=1):
        r = Reader(p, f"{person}: availability period {n}")
        units = r.amount("AvailableUnits", 1.0)
        _check_units(r, "AvailableUnits", units, r.where)
        out.append(
            Availability(
                _open(r.date("AvailableFrom"), True),
                _open(r.date("AvailableTo"), False),
                units,
            )
        )
    return tuple(out)


def _rate_tables(elem: Element, person: str) -> tuple[tuple[RateEntry, ...], ...]:
    """``person``: "Resource 'Ann Lee' (UID 4)"; a message names them and the table
    ("Resource 'Ann Lee' (UID 4): cost rate table B <StandardRate>: ...")."""
    container = elem.find(Q + "Rates")
    if container is None:
        return ()
    tables: dict[int, list[RateEntry]] = {}
    for rate in container.findall(Q + "Rate"):
        r = Reader(rate, f"{person}: <Rate>")
        table = r.integer("RateTable", 0) or 0
        if not 0 <= table <= 4:
            raise FileFormatError(f"{r.where} <RateTable> {table} is not 0..4 (tables A to E)")
        r.where = f"{person}: cost rate table {'ABCDE'[table]}"
        entry = RateEntry(
            _open(r.date("RatesFrom"), True),
            r.amount("StandardRate"),
            r.amount("OvertimeRate"),
            r.amount("CostPerUse") / 100,
            _rate_unit(r, "StandardRateFormat"),
            _rate_unit(r, "OvertimeRateFormat"),
        )
        if max(entry.standard_rate, entry.overtime_rate, entry.cost_per_use) > MAX_RATE:
            _refuse_rate(r, entry, r.where)
        tables.setdefault(table, []).append(entry)
    if not tables:
        return ()
    width = max(tables) + 1
    return tuple(
        tuple(sorted(tables.get(k, []), key=lambda e: e.start or datetime.min))
        for k in range(width)
    )


# ---------------------------------------------------------------------- assignments


def read_assignments(
    root: Element,
    tasks: set[int],
    resources: set[int],
    skipped_resources: set[int],
    cost_items: set[int],
    minutes_per_day: int = 480,
) -> list[Assignment]:
    """Who works on what; rows on left-out tasks or resources are skipped.

    ``cost_items``: the UIDs of the cost resources, whose assignment's <Cost> is the amount
    typed in and is kept; a person's or a material's is worked out from rates (the cost
    report), so a stale one is not kept (0). ``minutes_per_day``: the project's, for an
    elapsed leveling delay (mspdi_assignment_leveling).
    """
    container = root.find(Q + "Assignments")
    if container is None:
        return []
    out: list[Assignment] = []
    seen: set[int] = set()
    for n, elem in enumerate(container.findall(Q + "Assignment"), start=1):
        r = Reader(elem, f"Assignment #{n}")
        uid = r.uid()
        if uid < 0:
            raise negative_uid(f"Assignments/Assignment[{n}]/UID", uid)
        r.where = f"Assignment #{n} (UID {uid})"
        task_uid = r.uid("TaskUID")
        resource_uid = r.uid("ResourceUID")
        if resource_uid == UNASSIGNED_RESOURCE or task_uid not in tasks:
            continue  # "no resource" placeholders, and rows on skipped tasks
        if resource_uid in skipped_resources:
            continue  # the blank resource row (UID 0) or a null resource
        if resource_uid not in resources:
            raise FileFormatError(f"{r.where}: <ResourceUID> {resource_uid} names no resource")
        if uid in seen:
            raise FileFormatError(f"{r.where}: <UID> {uid} is used twice")
        seen.add(uid)
        code = r.integer("WorkContour", 0) or 0
        try:
            contour = WorkContour.from_code(code)
        except ValueError:  # MS Project's schema allows 0..8 only: it refuses such a file too
            raise FileFormatError(
                f"{r.where}: <WorkContour> {code} is not a work contour (0 Flat .. 8 Contoured)"
            ) from None
        cost = r.amount("Cost") / 100  # checked on every row, kept on a cost item's only
        delay = r.integer("Delay", 0) or 0  # tenths of a working minute, as MS Project keeps it
        if delay < 0:
            raise FileFormatError(f"{r.where}: <Delay> {delay} is negative")
        out.append(
            Assignment(
                uid=uid,
                task_uid=task_uid,
                resource_uid=resource_uid,
                units=r.amount("Units", 1.0),
                work_minutes=r.duration("Work") or 0,
                # work done as MS Project keeps it, to fractions of a minute (PT2H0M5.07S)
                actual_work_minutes=r.exact_duration("ActualWork") or 0,
                overtime_work_minutes=r.duration("OvertimeWork") or 0,
                cost=cost if resource_uid in cost_items else 0.0,
                rate_table=r.integer("CostRateTable", 0) or 0,
                actual_overtime_work_minutes=r.exact_duration("ActualOvertimeWork") or 0,
                contour=contour,
                notes=r.string("Notes"),
                delay_minutes=min(round(delay / 10), LONGEST_MINUTES),
                leveling_delay_minutes=assignment_leveling_delay(r, minutes_per_day),
            )
        )
    return out
