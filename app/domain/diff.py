"""What a user changed between two plans, field by field.

Only what a user enters is compared (names, durations, links, people,
costs...), never what the scheduler computes, so that the same plan saved in
two formats gives an empty list. Values are normalised before comparing:
datetimes to the minute and as ISO text, floats rounded, text stripped.
Tasks, resources and risks are matched by uid; links by their pair of tasks;
assignments by their task and resource. A value is compared as the user sees it where
the plan keeps more than it shows: % complete as the sheet rounds it, a lag's unit as
it is written (``diff_plans(exact=True)`` compares what is kept, for undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from app.domain.cost_pricing import assignment_work_minutes
from app.domain.custom_fields import CustomValues, describe, field_order
from app.domain.diff_actual_dates import held_actual_changes
from app.domain.diff_fields import (
    ACTUAL_WORK,
    ASSIGNMENT_FIELDS,
    EV_PROJECT_FIELDS,
    LINK_FIELD_ATTRS,
    LINK_FIELDS,
    RESOURCE_FIELD_ATTRS,
    RESOURCE_FIELDS,
    RISK_FIELDS,
    TASK_FIELD_ATTRS,
    TASK_FIELDS,
    Scalar,
    TaskField,
    norm,
)
from app.domain.diff_lags import unit_seen_changed
from app.domain.diff_typed_work import actual_days_text, typed_work_text
from app.domain.link import Link
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.splits import normalized
from app.domain.task import Task

__all__ = [  # re-exported: the field tables and norm moved to app/domain/diff_fields.py
    "ACTUAL_WORK",
    "ASSIGNMENT_FIELDS",
    "EV_PROJECT_FIELDS",
    "LINK_FIELDS",
    "LINK_FIELD_ATTRS",
    "RESOURCE_FIELDS",
    "RESOURCE_FIELD_ATTRS",
    "RISK_FIELDS",
    "TASK_FIELDS",
    "TASK_FIELD_ATTRS",
    "Held",
    "PlanChange",
    "Scalar",
    "TaskField",
    "diff_plans",
    "done_work",
    "norm",
    "splits_text",
    "task_values",
]


@dataclass(frozen=True, slots=True)
class PlanChange:
    """One difference. ``field``/``old``/``new`` are set for ``kind == "changed"``.

    ``entity`` is task, link, resource, assignment, risk or project; ``uid``
    is the entity's uid (for links ``"3->5"``, for assignments ``"task:resource"``).
    """

    entity: str
    uid: int | str
    name: str
    kind: str
    field: str | None = None
    old: Scalar = None
    new: Scalar = None

    def as_dict(self) -> dict[str, Scalar]:
        """The JSON shape of ``gantry diff --json``."""
        out: dict[str, Scalar] = {
            "entity": self.entity,
            "uid": self.uid,
            "name": self.name,
            "kind": self.kind,
        }
        if self.kind == "changed":
            out.update(field=self.field, old=self.old, new=self.new)
        elif self.kind == "more":  # a baseline's tasks not listed: how many
            out.update(tasks=self.new)
        return out


def task_values(plan: Plan, task: Task, summary: bool, parent: int | None) -> dict[str, Scalar]:
    """Normalised user-entered values of one task (``parent`` is the summary's uid)."""
    values = {name: norm(get(task, summary)) for name, get in TASK_FIELDS.items()}
    values["parent"] = parent
    return values


def _summaries(plan: Plan) -> set[int]:
    tasks = plan.tasks
    return {
        t.uid
        for i, t in enumerate(tasks)
        if i + 1 < len(tasks) and tasks[i + 1].outline_level > t.outline_level
    }


def _assignment_key(a: Assignment) -> str:
    return f"{a.task_uid}:{a.resource_uid}"


def _link_key(lk: Link) -> str:
    return f"{lk.predecessor}->{lk.successor}"


# --------------------------------------------------------------------- diff


def splits_text(task: Task, summary: bool) -> str | None:
    """A task's pauses as diff compares them; None for a task without any (or a summary).

    ``"960/1440, 2400/480"``: for each pause, the work done before it stops and
    how long it lasts, in working minutes (as the task stores them).
    """
    if summary or not task.splits:
        return None
    found = normalized(task.splits, task.duration_minutes)
    return ", ".join(f"{s.after_minutes}/{s.gap_minutes}" for s in found) or None


@dataclass(frozen=True, slots=True)
class Held:
    """What both plans' files can hold: a field one side's format drops is not compared.

    ``task_fields`` None means every task field; ``people_by_name``: one side's
    format keeps people as names only (its uids are numbered as read), so
    people and their assignments are matched by name, and a person on no task
    (whom such a file cannot list) is not reported removed.
    """

    risks: bool = True
    # custom_fields: the aliases of custom task fields ("Text1=Owner"); ev_baseline and
    # ev_method: the baseline earned value reads and the tasks' default method
    project_fields: tuple[str, ...] = ("name", "start", "custom_fields", *EV_PROJECT_FIELDS)
    task_fields: frozenset[str] | None = None
    resource_fields: tuple[str, ...] = RESOURCE_FIELDS
    assignment_fields: tuple[str, ...] = ASSIGNMENT_FIELDS
    people_by_name: bool = False
    # both files keep days off as typed (.gantry, MS Project XML, our workbooks)
    calendars: bool = False
    lag_units: bool = True  # both keep the unit a lag was typed in (not .gan: days only)
    # both keep the status date, the baselines and the interim plans
    # (app/domain/diff_baselines.py); off by default: the import review
    # (app/domain/merge.py) applies task changes, not these
    tracking: bool = False
    # one side's file shows the baselines' and interim plans' start and finish alone (a Plan
    # sheet without round-trip data): those are compared, not their duration, work and cost
    # nor the status date
    baseline_dates_only: bool = False
    # ... save that the read takes its status date (its About sheet's): compared then
    sheet_status_date: bool = False


def diff_plans(
    old: Plan,
    new: Plan,
    *,
    splits: bool = False,
    held: Held | None = None,
    exact: bool = False,
    typed_work: bool = False,
) -> list[PlanChange]:
    """Every user-visible difference from ``old`` to ``new``, in a stable order.

    ``splits``: compare the tasks' pauses too (field ``splits``, see
    :func:`splits_text`). Only when both plans come from formats that can hold
    them: a workbook or a CSV read back has none, and would look changed.
    ``typed_work``: compare the work typed into Usage periods too (an assignment's field
    ``edited_work``, :func:`app.domain.diff_typed_work.typed_work_text`), likewise only
    when both formats keep it (.gantry, MS Project XML).
    ``held``: what else both files can hold (default: everything but days off, which
    only ``held.calendars`` compares: see :mod:`app.domain.diff_calendars`).
    ``exact``: compare what the plans keep rather than what a user sees (% complete
    unrounded, a lag's unit as kept, no actual date stood in for), so that applying the
    changes makes ``old`` hold what ``new`` holds (undo of a merge). Otherwise a task's
    actual dates compare as MS Project holds them (app/domain/diff_actual_dates.py): a
    task tracked by % complete and its MS Project XML's scheduled actual start are alike.
    """
    held = held or Held()
    changes: list[PlanChange] = []
    changes.extend(_diff_project(old, new, held.project_fields))
    tasks = _diff_tasks(old, new, splits, exact)
    if not exact:  # a date one side holds and the other's MS Project XML would: no change
        tasks = held_actual_changes(tasks, old, new)
    if held.task_fields is not None:
        keep = held.task_fields
        tasks = (c for c in tasks if c.field is None or c.field in keep)
    changes.extend(tasks)
    changes.extend(_diff_links(old, new, held, exact))
    if held.people_by_name:
        new = _people_renumbered(old, new)
    changes.extend(_diff_resources(old, new, held))
    changes.extend(_diff_assignments(old, new, held.assignment_fields, typed_work, exact))
    if held.risks:
        changes.extend(_diff_risks(old, new))
    if held.calendars:
        from app.domain.diff_calendars import calendar_changes  # it builds on this module

        changes.extend(calendar_changes(old, new))
    if held.tracking:
        from app.domain.diff_baselines import tracking_changes  # it builds on this module

        dated = not held.baseline_dates_only or held.sheet_status_date
        changes.extend(
            tracking_changes(old, new, dates_only=held.baseline_dates_only, status_date=dated)
        )
    return changes


def _people_renumbered(old: Plan, new: Plan) -> Plan:
    """A copy of ``new`` whose people carry the uids of ``old``'s people of the same name.

    A person ``old`` does not have gets a uid ``old`` does not use.
    """
    by_name = {r.name.strip().casefold(): r.uid for r in old.resources}
    spare = max([r.uid for r in old.resources] + [r.uid for r in new.resources] + [0]) + 1
    uids: dict[int, int] = {}
    for r in new.resources:
        found = by_name.get(r.name.strip().casefold())
        if found is None:
            found, spare = spare, spare + 1
        uids[r.uid] = found
    return Plan(
        project=new.project,
        tasks=list(new.tasks),
        links=list(new.links),
        calendars=new.calendars,
        resources=[replace(r, uid=uids[r.uid]) for r in new.resources],
        assignments=[
            replace(a, resource_uid=uids.get(a.resource_uid, a.resource_uid))
            for a in new.assignments
        ],
        risks=list(new.risks),
        baselines=new.baselines,
        interims=new.interims,
    )


def _project_value(plan: Plan, attr: str) -> Scalar:
    if attr == "custom_fields":  # "Text1=Owner, Flag1=Client-facing"; None: no field renamed
        return describe(plan.project.custom_fields) or None  # value lists in [A|B]
    if attr == "leveling":  # "Standard, splits in remaining work, Day by Day, ..., Automatic"
        from app.domain.leveling_options_text import leveling_options_text

        return leveling_options_text(plan.project.leveling)
    return norm(getattr(plan.project, attr))


def _diff_project(old: Plan, new: Plan, fields: tuple[str, ...]) -> Iterator[PlanChange]:
    for attr in fields:
        a, b = _project_value(old, attr), _project_value(new, attr)
        if a != b:
            yield PlanChange("project", 0, str(new.project.name), "changed", attr, a, b)


def _field_changes(
    entity: str,
    uid: int | str,
    name: str,
    before: dict[str, Scalar],
    after: dict[str, Scalar],
) -> Iterator[PlanChange]:
    for key, value in after.items():
        if before.get(key) != value:
            yield PlanChange(entity, uid, name, "changed", key, before.get(key), value)


def _diff_tasks(
    old: Plan, new: Plan, splits: bool = False, exact: bool = False
) -> Iterator[PlanChange]:
    old_by_uid = {t.uid: t for t in old.tasks}
    new_uids = {t.uid for t in new.tasks}
    old_sum, new_sum = _summaries(old), _summaries(new)
    old_parents, new_parents = old.parent_uids(), new.parent_uids()
    for t in new.tasks:
        before = old_by_uid.get(t.uid)
        if before is None:
            yield PlanChange("task", t.uid, t.name, "added")
            continue
        summary = before.uid in old_sum
        if (
            before == t
            and summary == (t.uid in new_sum)
            and old_parents[t.uid] == new_parents[t.uid]
        ):
            continue  # the same task: nothing to compare field by field
        a = task_values(old, before, summary, old_parents[before.uid])
        b = task_values(new, t, t.uid in new_sum, new_parents[t.uid])
        if not exact:  # as the sheet shows it: 22.22 % kept is the 22 % a CSV keeps
            a[PERCENT], b[PERCENT] = _shown(a[PERCENT]), _shown(b[PERCENT])
            a[EV_METHOD], b[EV_METHOD] = _own_method(old, before), _own_method(new, t)
            # money as the currency keeps it: 1,000.005 read back is the 1,000.00 shown
            digits = _digits(old, new)
            a[FIXED_COST] = norm(round(before.fixed_cost, digits))
            b[FIXED_COST] = norm(round(t.fixed_cost, digits))
        if splits:
            a["splits"] = splits_text(before, summary)
            b["splits"] = splits_text(t, t.uid in new_sum)
        if before.custom or t.custom:  # custom fields by MS Project name ("Text1", "Flag2")
            _add_custom(a, b, before.custom, t.custom)
        yield from _field_changes("task", t.uid, t.name, a, b)
    for t in old.tasks:
        if t.uid not in new_uids:
            yield PlanChange("task", t.uid, t.name, "removed")


PERCENT = "percent_complete"
EV_METHOD = "ev_method"


def _own_method(plan: Plan, task: Task) -> Scalar:
    """A task's Earned Value method where it departs from the project's (None: it follows
    the project's): MS Project XML writes every task's method, the project's included."""
    own = task.ev_method
    return None if own is None or own is plan.project.ev_method else norm(own)


def _shown(percent: Scalar) -> Scalar:
    """A normalised % complete as the sheet shows it (whole: 22 for 22.2222)."""
    if isinstance(percent, int | float) and not isinstance(percent, bool):
        return shown_percent(percent)
    return percent


def _add_custom(
    a: dict[str, Scalar], b: dict[str, Scalar], old: CustomValues, new: CustomValues
) -> None:
    """Both sides' custom values under their field names (None where a side has none)."""
    olds, news = dict(old), dict(new)
    for name in sorted({*olds, *news}, key=field_order):
        a[name] = norm(olds.get(name))
        b[name] = norm(news.get(name))


def _task_name(plan: Plan, other: Plan, uid: int) -> str:
    for p in (plan, other):
        if p.has_task(uid):
            return p.task(uid).name
    return str(uid)


def _link_name(new: Plan, old: Plan, lk: Link) -> str:
    return f"{_task_name(new, old, lk.predecessor)} -> {_task_name(new, old, lk.successor)}"


def _values(obj: object, fields: Iterable[str]) -> dict[str, Scalar]:
    return {f: norm(getattr(obj, f)) for f in fields}


FIXED_COST = "fixed_cost"
# A person's or material's money compared at the currency's decimals (their hourly rates
# are kept finer: 1,000/w is 25/h, 1/w 0.025/h)
RESOURCE_MONEY = ("cost_per_use", "budget_cost")


def _digits(old: Plan, new: Plan) -> int:
    """The decimals money is compared at: the currency's (the finer of both plans')."""
    return max(old.project.currency_digits, new.project.currency_digits)


def _money_at(
    a: dict[str, Scalar],
    b: dict[str, Scalar],
    objs: tuple[object, object],
    fields: Iterable[str],
    digits: int,
) -> None:
    """``a`` and ``b``'s money ``fields`` (those compared) rounded to ``digits``, as the
    views show them: an amount kept to a tenth of a cent is no change to review."""
    for f in fields:
        if f in a:
            a[f] = norm(round(getattr(objs[0], f), digits))
            b[f] = norm(round(getattr(objs[1], f), digits))


def _diff_links(
    old: Plan, new: Plan, held: Held | None = None, exact: bool = False
) -> Iterator[PlanChange]:
    before = {lk.key: lk for lk in old.links}
    after = {lk.key: lk for lk in new.links}
    held = held or Held()
    for key, lk in after.items():
        name = _link_name(new, old, lk)
        if key not in before:
            yield PlanChange("link", _link_key(lk), name, "added")
        else:
            a, b = _values(before[key], LINK_FIELDS), _values(lk, LINK_FIELDS)
            if a["lag_minutes"] == b["lag_minutes"] and _unit_alone(
                old, before[key], new, lk, held, exact
            ):
                a["lag_unit"], b["lag_unit"] = norm(before[key].lag_unit), norm(lk.lag_unit)
            yield from _field_changes("link", _link_key(lk), name, a, b)
    for key, lk in before.items():
        if key not in after:
            yield PlanChange("link", _link_key(lk), _link_name(old, new, lk), "removed")


def _unit_alone(
    old_plan: Plan, old: Link, new_plan: Plan, new: Link, held: Held, exact: bool
) -> bool:
    """Whether the same lag was retyped in a unit that shows (+5d made +1w, MS Project's
    LagFormat; +5d with no unit, picked from its length, typed +1w): MS Project shows a
    lag as typed, so a change a user sees is a change. +2d with no unit typed +2d is none.
    ``exact``: any other unit kept is a change."""
    if exact:
        return old.lag_unit != new.lag_unit
    if not held.lag_units:
        return False
    return unit_seen_changed(old, old_plan.project, new, new_plan.project)


def _diff_resources(old: Plan, new: Plan, held: Held) -> Iterator[PlanChange]:
    before: dict[int, Resource] = {r.uid: r for r in old.resources}
    after = {r.uid for r in new.resources}
    fields = held.resource_fields
    for r in new.resources:
        if r.uid not in before:
            yield PlanChange("resource", r.uid, r.name, "added")
        else:
            a, b = _values(before[r.uid], fields), _values(r, fields)
            _money_at(a, b, (before[r.uid], r), RESOURCE_MONEY, _digits(old, new))
            yield from _field_changes("resource", r.uid, r.name, a, b)
    assigned = {a.resource_uid for a in old.assignments}
    for r in old.resources:
        if r.uid not in after and (r.uid in assigned or not held.people_by_name):
            yield PlanChange("resource", r.uid, r.name, "removed")


def _assignment_name(new: Plan, old: Plan, a: Assignment) -> str:
    person = str(a.resource_uid)
    for p in (new, old):
        found = next((r for r in p.resources if r.uid == a.resource_uid), None)
        if found is not None:
            person = found.name
            break
    return f"{person} on {_task_name(new, old, a.task_uid)}"


def done_work(plan: Plan, a: Assignment, entered: set[int]) -> float:
    """A person's actual work as Assignment Information shows it: their own when typed
    (or a file gave it), else their share of the task's % complete (``entered``: the tasks
    where someone's actual work is typed, so a 0 there is none done), as the cost model
    reads it: a plan tracked by % and the same plan written to MS Project XML (which writes
    each person's Actual Work) read alike."""
    if a.actual_work_minutes or a.task_uid in entered or not plan.has_task(a.task_uid):
        return a.actual_work_minutes
    task = plan.task(a.task_uid)
    work = assignment_work_minutes(a, task.duration_minutes)
    return round(work * task.percent_complete / 100.0)


def _diff_assignments(
    old: Plan,
    new: Plan,
    fields: tuple[str, ...] = ASSIGNMENT_FIELDS,
    typed_work: bool = False,
    exact: bool = False,
) -> Iterator[PlanChange]:
    done = ACTUAL_WORK in fields and not exact  # exact: as kept, for undo
    digits = _digits(old, new)
    entered = {
        id(p): {a.task_uid for a in p.assignments if a.actual_work_minutes} if done else set()
        for p in (old, new)
    }

    def values(a: Assignment, plan: Plan, typed: bool) -> dict[str, Scalar]:
        out = _values(a, fields)  # exact: actual work as kept
        if not exact and "cost" in out:  # a cost item's amount, as the currency keeps it
            out["cost"] = norm(round(a.cost, digits))
        if done and typed:  # typed on either side: as each side reads it
            out[ACTUAL_WORK] = done_work(plan, a, entered[id(plan)])
        elif done:  # read from % complete on both sides: the task's change says it
            del out[ACTUAL_WORK]
        if typed_work:  # the days and hours typed, not the pieces as kept
            out["edited_work"] = typed_work_text(a)
            out["actual_days"] = actual_days_text(a)  # hours done day by day
        return out

    before = {_assignment_key(a): a for a in old.assignments}
    after = {_assignment_key(a): a for a in new.assignments}
    for key, a in after.items():
        name = _assignment_name(new, old, a)
        if key not in before:
            yield PlanChange("assignment", key, name, "added")
        else:
            was = before[key]
            typed = was.task_uid in entered[id(old)] or a.task_uid in entered[id(new)]
            then, now = values(was, old, typed), values(a, new, typed)
            if not exact and then.get("delay_minutes") != now.get("delay_minutes"):
                # the Delay's change says it: "Delay 3d -> 2ed", not Elapsed delay again
                then.pop("delay_elapsed", None)
                now.pop("delay_elapsed", None)
            yield from _field_changes("assignment", key, name, then, now)
    for key, a in before.items():
        if key not in after:
            # named from the plan it was in: the task's uid may now be another task's
            yield PlanChange("assignment", key, _assignment_name(old, new, a), "removed")


def _diff_risks(old: Plan, new: Plan) -> Iterator[PlanChange]:
    before: dict[int, Risk] = {r.uid: r for r in old.risks}
    after = {r.uid for r in new.risks}
    for r in new.risks:
        if r.uid not in before:
            yield PlanChange("risk", r.uid, r.title, "added")
        else:
            yield from _field_changes(
                "risk",
                r.uid,
                r.title,
                _values(before[r.uid], RISK_FIELDS),
                _values(r, RISK_FIELDS),
            )
    for r in old.risks:
        if r.uid not in after:
            yield PlanChange("risk", r.uid, r.title, "removed")
