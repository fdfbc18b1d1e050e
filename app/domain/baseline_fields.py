"""MS Project's numbered baseline fields and interim plan fields of one task, as sheet columns:
Baseline1..10 Start, Finish, Duration, Work and Cost, and Start1..10/Finish1..10; and
Baseline (0..10) Fixed Cost (:data:`FIXED_COST_KEYS`).

Each field has a key ("baseline3_cost", "start2") the sheet, the printout and the workbook
know it by, and MS Project's name ("Baseline3 Cost", "Start2"). A field reads the task's
own entry in that baseline or interim plan: a summary's entry holds what was saved for it
(its roll-up, as Baseline (0)'s does). A date the plan does not hold is MS Project's "NA";
a figure it does not hold is blank, as Baseline (0)'s figures are.

:func:`typed_baseline` and :func:`typed_interim` give the baseline or interim plan with one
task's value typed in (app/ui/models/task_model_baselines.py makes it one undo step), for
Baseline (0) too: MS Project lets a PM type any baseline value. The fields are kept
independent as MS Project keeps them: a typed Baseline Start moves no Baseline Finish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from app.domain.baseline import Baseline, BaselineEntry, baseline_label
from app.domain.cost_tracking import Figure, Kind
from app.domain.errors import InputError
from app.domain.interim_plan import INTERIM_COUNT, InterimEntry, InterimPlan
from app.domain.plan import Plan

E = TypeVar("E", BaselineEntry, InterimEntry)

NUMBERED = range(1, 11)  # Baseline1..Baseline10 (Baseline (0) has its own columns)
PARTS = ("start", "finish", "duration", "work", "cost")
FIXED_COST = "fixed_cost"  # Baseline (0..10) Fixed Cost: the task's own Fixed Cost then
_PART_TITLES = {**{p: p.capitalize() for p in PARTS}, FIXED_COST: "Fixed Cost"}
DATE_PARTS = frozenset({"start", "finish"})
NOT_AVAILABLE = "NA"  # MS Project's word for a date field without a date

# Every field's key in a fixed order: the sheet numbers its columns by it, so fields are
# only ever appended (a saved header state keeps its numbers).
FIELD_KEYS: tuple[str, ...] = (
    *(f"baseline{n}_{part}" for n in NUMBERED for part in PARTS),
    *(f"{end}{n}" for n in range(1, INTERIM_COUNT + 1) for end in ("start", "finish")),
)
# Baseline Fixed Cost and Baseline1..10 Fixed Cost: apart from FIELD_KEYS, whose order
# numbers the sheet's columns up to Earned Value Method; these are numbered after it.
FIXED_COST_KEYS: tuple[str, ...] = (
    "baseline_fixed_cost",
    *(f"baseline{n}_fixed_cost" for n in NUMBERED),
)


@dataclass(frozen=True, slots=True)
class FieldRef:
    """Which value a field key names: ``part`` of baseline ``baseline`` (0..10), or the
    start or finish of interim plan ``interim`` (1..10)."""

    part: str
    baseline: int | None = None
    interim: int | None = None

    @property
    def is_date(self) -> bool:
        """Whether the field holds a date (NA without one)."""
        return self.part in DATE_PARTS

    def title(self) -> str:
        """MS Project's field name: "Baseline3 Cost", "Baseline Start", "Start2"."""
        if self.interim is not None:
            return f"{_PART_TITLES[self.part]}{self.interim}"
        number = "" if not self.baseline else str(self.baseline)
        return f"Baseline{number} {_PART_TITLES[self.part]}"


def field_ref(key: str) -> FieldRef | None:
    """The value ``key`` names ("baseline3_cost", "baseline_start", "start2"); None for a key
    naming none."""
    for end in ("start", "finish"):
        number = key.removeprefix(end)
        if number != key and number.isdigit() and 1 <= int(number) <= INTERIM_COUNT:
            return FieldRef(end, interim=int(number))
    head, _, part = key.partition("_")
    if not head.startswith("baseline") or (part not in PARTS and part != FIXED_COST):
        return None
    number = head.removeprefix("baseline")
    if number == "":
        return FieldRef(part, baseline=0)
    if number.isdigit() and int(number) in NUMBERED:
        return FieldRef(part, baseline=int(number))
    return None


def _ref(key: str) -> FieldRef:
    found = field_ref(key)
    if found is None:
        raise KeyError(key)
    return found


TITLES: dict[str, str] = {key: _ref(key).title() for key in (*FIELD_KEYS, *FIXED_COST_KEYS)}
DATE_KEYS = frozenset(key for key in FIELD_KEYS if _ref(key).is_date)


class BaselineFieldValues:
    """The fields' values of a plan, each baseline and interim plan indexed by task when
    first asked and again only once it is replaced (a cell is then O(1)); kept as long as
    the plan is."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._baselines: dict[int, tuple[Baseline | None, dict[int, BaselineEntry]]] = {}
        self._interims: dict[int, tuple[InterimPlan | None, dict[int, InterimEntry]]] = {}

    def baseline_entry(self, index: int, uid: int) -> BaselineEntry | None:
        """Task ``uid``'s entry in baseline ``index`` (None: not saved for it)."""
        base = self.plan.baselines.get(index)
        kept = self._baselines.get(index)
        if kept is None or kept[0] is not base:
            table = {e.task_uid: e for e in base.entries} if base is not None else {}
            kept = self._baselines[index] = (base, table)
        return kept[1].get(uid)

    def interim_entry(self, number: int, uid: int) -> InterimEntry | None:
        """Task ``uid``'s entry in interim plan ``number`` (None: not set for it)."""
        interim = self.plan.interims.get(number)
        kept = self._interims.get(number)
        if kept is None or kept[0] is not interim:
            table = {e.task_uid: e for e in interim.entries} if interim is not None else {}
            kept = self._interims[number] = (interim, table)
        return kept[1].get(uid)

    def date(self, key: str, uid: int) -> datetime | None:
        """A date field's date (None: NA)."""
        ref = _ref(key)
        found: InterimEntry | BaselineEntry | None
        if ref.interim is not None:
            found = self.interim_entry(ref.interim, uid)
        else:
            found = self.baseline_entry(ref.baseline or 0, uid)
        if found is None:
            return None
        return found.start if ref.part == "start" else found.finish

    def figure(self, key: str, uid: int) -> Figure | None:
        """A figure field's value (None: blank, the baseline does not hold the task). A
        duration is read in the task's kind, as Baseline Duration is: an elapsed task's in
        elapsed minutes."""
        ref = _ref(key)
        entry = self.baseline_entry(ref.baseline or 0, uid)
        if entry is None:
            return None
        if ref.part == "duration":
            elapsed = self.plan.task(uid).elapsed and not self.plan.is_summary(uid)
            return Figure(entry.duration_minutes, Kind.SPAN, elapsed=elapsed)
        if ref.part == "work":
            return Figure(entry.work_minutes, Kind.WORK)
        if ref.part == FIXED_COST:
            return Figure(entry.fixed_cost, Kind.MONEY)
        return Figure(entry.cost, Kind.MONEY)


def date_text(moment: datetime | None, write: Callable[[datetime], str]) -> str:
    """A date field's text: ``write``'s of the date, else "NA"."""
    return NOT_AVAILABLE if moment is None else write(moment)


def typed_baseline(
    plan: Plan, ref: FieldRef, uid: int, value: datetime | float | None
) -> Baseline | None:
    """Baseline ``ref.baseline`` with task ``uid``'s ``ref.part`` set to ``value`` (a date or
    None for a date part; minutes of duration or work; an amount of cost or fixed cost).
    None when nothing changes. A baseline not saved yet is begun with this one value, as MS Project
    stores a typed baseline value; a task's entry left with nothing in it goes.
    """
    index = ref.baseline or 0
    base = plan.baselines.get(index) or Baseline(index, None)
    old = base.entry(uid)
    entry = old or BaselineEntry(uid, None, None)
    if isinstance(value, datetime) or value is None:
        if ref.part == "start":
            new = replace(entry, start=value)
        elif ref.part == "finish":
            new = replace(entry, finish=value)
        else:
            raise TypeError(value)
        # a start after its finish is taken, as MS Project takes and stores it (its own
        # baselines.xml has Baseline1-10 starting in 2001 and finishing in 2000)
    elif ref.part == "cost":
        new = replace(entry, cost=float(value))
    elif ref.part == FIXED_COST:  # MS Project takes it alone: Baseline Cost stays as saved
        new = replace(entry, fixed_cost=float(value))
    else:
        minutes = int(value)
        if minutes < 0:
            raise InputError(f"{ref.title()} cannot be negative")
        if ref.part == "duration":
            new = replace(entry, duration_minutes=minutes)
        else:
            new = replace(entry, work_minutes=minutes)
    if new == old or (old is None and _empty(new)):
        return None
    return replace(base, entries=_laid(plan, base.entries, uid, None if _empty(new) else new))


def typed_interim(
    plan: Plan, ref: FieldRef, uid: int, value: datetime | None
) -> InterimPlan | None:
    """Interim plan ``ref.interim`` with task ``uid``'s Start N or Finish N set to ``value``
    (None: NA). None when nothing changes; an entry left with neither date goes.
    """
    number = ref.interim or 1
    kept_plan = plan.interims.get(number) or InterimPlan(number)
    old = kept_plan.entry(uid)
    entry = old or InterimEntry(uid, None, None)
    new = replace(entry, start=value) if ref.part == "start" else replace(entry, finish=value)
    # Start N after Finish N is taken: MS Project's are two fields, checked against nothing
    if new == old or (old is None and new.start is None and new.finish is None):
        return None
    gone = new.start is None and new.finish is None
    return replace(kept_plan, entries=_laid(plan, kept_plan.entries, uid, None if gone else new))


def _laid(plan: Plan, entries: tuple[E, ...], uid: int, new: E | None) -> tuple[E, ...]:
    """``entries`` with task ``uid``'s entry put in, or taken out when ``new`` is None: in its
    place when it was there, the others left as they are (a cell typed on a 20k-task plan
    sorted them all, ~70 ms a cell, and the file wrote them all), else in the plan's order."""
    at = next((i for i, e in enumerate(entries) if e.task_uid == uid), -1)
    if at >= 0:
        put: tuple[E, ...] = () if new is None else (new,)
        return entries[:at] + put + entries[at + 1 :]
    kept: list[E] = list(entries)
    if new is not None:
        kept.append(new)
    order = {t.uid: i for i, t in enumerate(plan.tasks)}
    kept.sort(key=lambda e: order.get(e.task_uid, len(order)))
    return tuple(kept)


def _empty(entry: BaselineEntry) -> bool:
    return (
        entry.start is None
        and entry.finish is None
        and not entry.duration_minutes
        and not entry.work_minutes
        and not entry.cost
        and not entry.fixed_cost
    )


def label_of(ref: FieldRef) -> str:
    """The baseline or interim plan a field belongs to: "Baseline 3", "Start2/Finish2"."""
    if ref.interim is not None:
        return f"Start{ref.interim}/Finish{ref.interim}"
    return baseline_label(ref.baseline or 0)
