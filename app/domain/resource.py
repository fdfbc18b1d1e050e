"""People, materials and cost items, and their assignments to tasks."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from itertools import pairwise

from app.domain.contours import WorkContour
from app.domain.edited_work import EditedWork
from app.domain.errors import InputError
from app.domain.plural_words import counted
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import CostAccrual, DurationUnit


class ResourceType(Enum):
    """MSPDI's resource Type codes: 0=material, 1=work, 2=cost."""

    MATERIAL = 0
    WORK = 1
    COST = 2


class RateUnit(Enum):
    """The time unit a person's rate is shown and typed in, as MS Project's Std. Rate shows
    "$1,200.00/d". Only the display: the rate itself is kept per hour whatever the unit, so
    costs never depend on it (MSPDI's <StandardRateFormat> 1=m 2=h 3=d 4=w 5=mo 7=y)."""

    MINUTE = "m"
    HOUR = "h"
    DAY = "d"
    WEEK = "w"
    MONTH = "mo"
    YEAR = "y"


def rate_unit_minutes(unit: RateUnit, project: Project) -> int:
    """Working minutes in one rate unit, by the project's minutes per day and week and days
    per month, as MS Project converts a rate; a year is 52 weeks (MS Project's own count:
    50/y is 0.024/h on 40-hour weeks, 2,080 hours)."""
    if unit is RateUnit.MINUTE:
        return 1
    if unit is RateUnit.HOUR:
        return 60
    if unit is RateUnit.DAY:
        return project.minutes_per_day
    if unit is RateUnit.WEEK:
        return project.minutes_per_week
    if unit is RateUnit.MONTH:
        return project.minutes_per_day * project.days_per_month
    return 52 * project.minutes_per_week


def rate_in_unit(hourly: float, unit: RateUnit, project: Project) -> float:
    """An hourly rate as shown per ``unit``: 150/h is 1,200/d on 8-hour days."""
    return hourly * rate_unit_minutes(unit, project) / 60


def hourly_rate(amount: float, unit: RateUnit, project: Project) -> float:
    """A rate typed per ``unit`` as the hourly rate kept: 1,200/d is 150/h on 8-hour days
    (InputError when the plan has no working time in that unit)."""
    minutes = rate_unit_minutes(unit, project)
    if minutes <= 0:
        raise InputError(f"this plan has no working time per {unit.value}: type the rate per h")
    return amount * 60 / minutes


@dataclass(frozen=True, slots=True)
class RateEntry:
    """One row of a cost-rate table, effective from ``start`` (None = always). Rates per hour.

    The units are how each rate is shown (1,200/d); they stay out of the repr, by which
    ``gantry diff`` compares rate tables: a unit alone is how a rate is shown, not a change
    a user reviews (as a task's duration unit).
    """

    start: datetime | None
    standard_rate: float = 0.0
    overtime_rate: float = 0.0
    cost_per_use: float = 0.0
    standard_rate_unit: RateUnit = field(default=RateUnit.HOUR, repr=False)
    overtime_rate_unit: RateUnit = field(default=RateUnit.HOUR, repr=False)


@dataclass(frozen=True, slots=True)
class Availability:
    """Max units in force between two moments (None = open-ended)."""

    start: datetime | None
    finish: datetime | None
    units: float = 1.0


@dataclass(frozen=True, slots=True)
class Resource:
    """A person (work), a consumable (material) or a cost item.

    ``max_units`` 1.0 means 100 %. Work rates are per hour; material rates per
    unit. ``standard_rate_unit`` and ``overtime_rate_unit``: the unit a person's rates are
    shown in (1,200/d), the rates themselves staying per hour.
    ``rate_tables[0]`` is table A (the default), up to five tables.
    ``can_level``: MS Project's Can Level; leveling never delays tasks to resolve
    a person whose flag is off (their over-allocation stays, and is named).
    ``is_budget``: MS Project's Budget box (Resource Information > General): the
    resource holds the project's Budget Cost (a cost resource) or Budget Work (work,
    material) on the project summary and takes no work on tasks
    (app/domain/budget_resources.py).
    """

    uid: int
    name: str
    type: ResourceType = ResourceType.WORK
    initials: str = ""
    role: str = ""
    email: str = ""
    skills: tuple[str, ...] = ()
    max_units: float = 1.0
    standard_rate: float = 0.0
    overtime_rate: float = 0.0
    cost_per_use: float = 0.0
    accrue_at: CostAccrual = CostAccrual.PRORATED
    material_label: str = ""
    calendar_uid: int | None = None
    availability: tuple[Availability, ...] = ()
    rate_tables: tuple[tuple[RateEntry, ...], ...] = ()
    notes: str = ""
    can_level: bool = True
    standard_rate_unit: RateUnit = RateUnit.HOUR
    overtime_rate_unit: RateUnit = RateUnit.HOUR
    is_budget: bool = False
    budget_cost: float = 0.0  # Budget Cost on the project summary (a budget cost resource)
    budget_work_minutes: int = 0  # Budget Work (units for a material) on the project summary


# Past any real rate, and small enough that a plan's sums stay finite and readable: a rate
# of 1e307 made every cost 'inf' (and `schedule --json` print Infinity).
MAX_RATE = 1_000_000_000.0
MAX_NAME_LENGTH = 255  # as MS Project keeps a resource name


def check_name_length(name: str) -> None:
    """Refuse a name longer than MS Project keeps (InputError)."""
    if len(name) > MAX_NAME_LENGTH:
        raise InputError(
            f"a name of {len(name):,} characters is too long: keep it to {MAX_NAME_LENGTH}"
        )


def check_rate(value: float, typed: str, what: str) -> None:
    """Refuse a rate or cost per use past :data:`MAX_RATE`; ``typed`` as the user wrote it."""
    if value > MAX_RATE:
        raise InputError(f"{what}: {quoted(typed)} is more than {MAX_RATE:,.0f}, the largest rate")


# The most Max units takes: 10,000 units (1,000,000 %), MS Project's own bound for a
# resource's units ("Units must be a positive number between 0 and 10,000 (or 1,000,000
# percent)", Microsoft KB 177026). Past it a typo (50000 for 50 %) is no team of people.
MAX_UNITS = 10_000.0


def check_max_units(units: float, typed: str, what: str = "Max units") -> None:
    """Refuse max units below 0 or past :data:`MAX_UNITS`; ``typed`` as the user wrote it."""
    if not 0 <= units <= MAX_UNITS:
        raise InputError(f"{what}: {quoted(typed)} is not between 0% and {MAX_UNITS * 100:,.0f}%")


def check_rate_dates(entries: tuple[RateEntry, ...], what: str) -> None:
    """Refuse two rates of one table in force from the same moment (which would apply?)."""
    seen: set[datetime | None] = set()
    for entry in entries:
        if entry.start in seen:
            day = "the start" if entry.start is None else f"{entry.start:%Y-%m-%d}"
            raise InputError(f"{what}: two rates from {day}; give each rate a date of its own")
        seen.add(entry.start)


def check_availability(periods: tuple[Availability, ...]) -> None:
    """Refuse periods that overlap: max units would be two numbers at once."""
    earliest, latest = datetime.min, datetime.max
    spans = sorted(periods, key=lambda p: p.start or earliest)
    for first, second in pairwise(spans):
        if (second.start or earliest) <= (first.finish or latest):
            when = "the start" if second.start is None else f"{second.start:%Y-%m-%d}"
            raise InputError(
                f"availability: the period from {when} overlaps the one before it; "
                "let each period end before the next begins"
            )


@dataclass(frozen=True, slots=True)
class Assignment:
    """A resource working on a task.

    ``units`` 1.0 = 100 % (for material: units per task). ``work_minutes`` is
    the planned work; ``cost`` is only used for cost resources. As in MS
    Project, ``overtime_work_minutes`` is part of ``work_minutes`` and
    ``actual_overtime_work_minutes`` part of ``actual_work_minutes``: the
    overtime share is priced at the overtime rate. The two actual figures may hold fractions
    of a minute, as MS Project keeps work done (``PT2H0M5.07S``). ``contour`` shapes the work over
    the assignment's time (:mod:`app.domain.contours`); ``units`` is then the peak.
    ``notes``: the assignment's own notes (MS Project's Assignment Information > Notes).
    ``delay_minutes``: MS Project's Delay, the person starting that long after the task.
    """

    uid: int
    task_uid: int
    resource_uid: int
    units: float = 1.0
    work_minutes: int = 0
    actual_work_minutes: float = 0
    overtime_work_minutes: int = 0
    cost: float = 0.0
    rate_table: int = 0
    actual_overtime_work_minutes: float = 0
    # a material used at a rate (MS Project's variable consumption, ``Concrete[12 m³/d]``):
    # the rate per ``rate_scale`` ("h", "d", "w", ...; "" a fixed quantity), ``units``
    # being the quantity it makes over the task's duration (app.domain.material_rates)
    material_rate: float = 0.0
    rate_scale: str = ""
    contour: WorkContour = WorkContour.FLAT
    notes: str = ""
    edited_work: EditedWork = ()  # work typed period by period (Contoured: app.domain.edited_work)
    # MS Project's assignment Delay: how long after its task's start this person begins, in
    # working minutes of their calendar (elapsed minutes when ``delay_elapsed``, typed "1ed"):
    # app.domain.assignment_delay
    delay_minutes: int = 0
    delay_elapsed: bool = False
    # the unit the Delay was typed in (1w stays 1w, as MS Project shows it; None: shown in
    # days or hours as it falls, app.domain.notation.auto_unit)
    delay_unit: DurationUnit | None = None
    # actual work typed day by day (MS Project's timephased Actual Work): app.domain.actual_days
    actual_days: EditedWork = ()
    # MS Project's assignment Leveling Delay: how much later leveling made this person start
    # ("Leveling can adjust individual assignments on a task"), working minutes of their
    # calendar, apart from the typed Delay; Clear Leveling takes it out
    # (app.domain.leveling_assignments)
    leveling_delay_minutes: int = 0

    @property
    def laid_delay(self) -> int:
        """How long after its task's start the person begins, as their work is laid: the
        typed Delay and leveling's together (minutes; elapsed ones when the Delay is)."""
        return self.delay_minutes + self.leveling_delay_minutes


# What the People column reads as a separator (", ;") or as units ("[ ]"): a name holding
# one would be read as two people, or as a person with units, on the next edit.
NAME_SEPARATORS = ",;[]"
_BRACKETS = str.maketrans({"[": "(", "]": ")", ",": " ", ";": " "})


def people_cell_name(name: str) -> str:
    """``name`` as the People column can hold it: ``Doe, Jane`` -> ``Doe Jane``,
    ``Crane [50 t]`` -> ``Crane (50 t)``.

    The words keep their order: turning "Doe, Jane" round to "Jane Doe" would be a
    guess that a firm ("Smith, Jones") or a material ("Gravel, 20 mm") gets wrong.
    """
    return " ".join(name.translate(_BRACKETS).split())


def _unsafe(name: str) -> bool:
    return any(c in name for c in NAME_SEPARATORS)


def with_safe_names(resources: list[Resource], source: str) -> list[Resource]:
    """The resources, each whose name holds , ; [ ] renamed by :func:`people_cell_name`,
    and each whose name an earlier one has (any case: MS Project allows twins) renamed too.

    A new name another resource already has gets " (2)", " (3)"...; the renamed
    resource's notes say what ``source`` (a file name) called it, so nothing the file
    said is lost. Two people of one name would be one in the People column: the
    second's tasks, typed again, went to the first. Resources with safe names of their
    own come back unchanged, in the same order.
    """
    taken: set[str] = set()
    kept: set[int] = set()
    for i, r in enumerate(resources):
        key = r.name.casefold()
        if not r.name.strip() or (not _unsafe(r.name) and key not in taken):
            taken.add(key)
            kept.add(i)
    if len(kept) == len(resources):
        return resources
    out: list[Resource] = []
    for i, r in enumerate(resources):
        if i in kept:
            out.append(r)
            continue
        twin = not _unsafe(r.name)
        base = r.name.strip() if twin else people_cell_name(r.name) or f"Resource {r.uid}"
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base} ({n})"
        taken.add(name.casefold())
        why = _TWIN_WHY if twin else _RENAMED_WHY
        said = f"Named '{r.name}' in {source}; renamed '{name}'{why}"
        out.append(replace(r, name=name, notes=f"{said}\n\n{r.notes}" if r.notes else said))
    return out


# MS Project XML and .mpp readers name no file in the note (see app.io.mspdi_resources)
MSPDI_SOURCE = "the MS Project file"
_RENAMED_WHY = " because the People column separates people with , and ; and puts units in [ ]."
_TWIN_WHY = " because another person had that name and the People column finds people by name."


@dataclass(frozen=True, slots=True)
class Renamed:
    """A resource :func:`with_safe_names` renamed: what the file called it and its name now.

    ``twin``: renamed because an earlier person had the name (not for , ; [ ]).
    """

    old: str
    new: str
    twin: bool = False


def renamed_on_read(
    resources: list[Resource], sources: Collection[str] | None = None
) -> list[Renamed]:
    """The resources :func:`with_safe_names` renamed, told by the note it put first in their
    notes (whose name is still the one it gave), for the readers to report without
    changing how they call it. ``sources``: only the renames noted for those sources (a
    file name; the MS Project reader says "the MS Project file").
    """
    out: list[Renamed] = []
    for r in resources:
        first = r.notes.split("\n", 1)[0]
        for why, twin in ((_RENAMED_WHY, False), (_TWIN_WHY, True)):
            tail = f"; renamed '{r.name}'{why}"
            if not (first.startswith("Named '") and first.endswith(tail)):
                continue
            head = first[len("Named '") : len(first) - len(tail)]
            old, sep, where = head.rpartition("' in ")
            if sep and (sources is None or where in sources) and (twin or _unsafe(old)):
                out.append(Renamed(old, r.name, twin))
    return out


def renamed_notice(renames: list[Renamed], shown: int = 3) -> str:
    """One line for the status bar or the command line: ``2 people renamed: 'Doe, Jane' is
    'Doe Jane', ... (a comma would split the People cell)``; empty when none was renamed."""
    if not renames:
        return ""
    count = f"{counted(len(renames), 'person', 'people')} renamed"
    pairs = ", ".join(
        f"{quoted(r.old, NAME_LIMIT)} is {quoted(r.new, NAME_LIMIT)}" for r in renames[:shown]
    )
    if len(renames) > shown:
        pairs += f" and {len(renames) - shown} more"
    olds = "".join(r.old for r in renames)
    why = [
        text
        for marks, text in (
            (",", "a comma would split the People cell"),
            (";", "a semicolon would split the People cell"),
            ("[]", "brackets would read as units"),
        )
        if any(c in olds for c in marks)
    ]
    if any(r.twin for r in renames):
        why.append("another person had the same name")
    return f"{count}: {pairs} ({'; '.join(why)})"
