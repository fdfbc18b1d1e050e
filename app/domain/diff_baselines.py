"""Tracking differences between two plans: the status date and the baselines, for
:func:`app.domain.diff.diff_plans` when both files keep them (``Held.tracking``).

Setting a baseline again, clearing one or moving the status date changes what the
Tracking table, the variances and earned value read, yet no task field says so.
Each baseline is matched by its number: one only ``new`` holds was set (``added``),
one only ``old`` holds was cleared (``removed``); in one both hold, each task's
baseline start and finish are compared (entity ``baseline``, uid ``"0:12"``: the
baseline's number and the task's uid), so a baseline saved again after a slip
lists the tasks whose baseline dates moved; and their baseline duration and work
(working minutes) and cost (to the cent, as the Cost table shows it), so one saved
again after a re-estimate lists the tasks whose baseline work or cost changed. Every
baseline is compared, 0 (Baseline) to 10 (Baseline10). Interim plans follow, told as
baselines named as MS Project names them ("Start1/Finish1", uid ``"i1"``, a task's
``"i1:12"``): one set, one cleared, one set again (``saved_at`` old and new, when both files
know it), each task's Start N and Finish N that moved.

A baseline or interim plan set (or cleared) is followed by what it holds (or held): each
task's saved values as changes from none (to none), so an auditor sees what was saved or
lost, every task of it. What a reader reads (the text, a printout) lists the first tasks
and then one ``more`` change (:data:`MORE`: ``old`` the tasks in all, ``new`` those not
listed), app/cli/diff_listed.py; a CSV, a workbook and ``--json`` hold every one.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.diff import PlanChange, Scalar, norm
from app.domain.diff_assignment_baselines import assignment_baseline_changes
from app.domain.interim_plan import InterimPlan
from app.domain.plan import Plan

STATUS_DATE = "status_date"
ENTRY_FIELDS = ("start", "finish", "duration_minutes", "work_minutes", "cost", "fixed_cost")
INTERIM_SAVED = "saved_at"  # an interim plan's change of when it was set (uid "i1")
MORE = "more"  # the kind of the change counting the tasks not listed (``new``; ``old``: all)


def tracking_changes(
    old: Plan, new: Plan, dates_only: bool = False, status_date: bool | None = None
) -> Iterator[PlanChange]:
    """The status date (entity ``project``, field ``status_date``), then each baseline set,
    cleared or whose tasks' dates moved, in baseline order. ``dates_only``: the baselines'
    start and finish alone (one side's file holds no more: no duration, work or cost, and
    unless ``status_date`` says so, no status date; None: as ``dates_only`` goes)."""
    a, b = norm(old.project.status_date), norm(new.project.status_date)
    compared = not dates_only if status_date is None else status_date
    if a != b and compared:
        yield PlanChange("project", 0, str(new.project.name), "changed", STATUS_DATE, a, b)
    for index in sorted({*old.baselines, *new.baselines}):
        before, after = old.baselines.get(index), new.baselines.get(index)
        if before is None and after is not None:
            yield PlanChange("baseline", index, after.label(), "added")
            empty = Baseline(index, None)
            yield from _entry_changes(old, empty, new, after, dates_only)
        elif after is None and before is not None:
            yield PlanChange("baseline", index, before.label(), "removed")
            empty = Baseline(index, None)
            yield from _entry_changes(old, before, new, empty, dates_only)
        elif before is not None and after is not None:
            yield from _entry_changes(old, before, new, after, dates_only)
            if not dates_only:  # each person's, when both files keep them
                yield from assignment_baseline_changes(before, after)
    yield from _interim_changes(old, new)


def _interim_changes(old: Plan, new: Plan) -> Iterator[PlanChange]:
    """Interim plans set, cleared, or whose tasks' Start N/Finish N differ, by number."""
    for n in sorted({*old.interims, *new.interims}):
        before, after = old.interims.get(n), new.interims.get(n)
        if before is None and after is not None:
            yield PlanChange("baseline", f"i{n}", after.label(), "added")
        elif after is None and before is not None:
            yield PlanChange("baseline", f"i{n}", before.label(), "removed")
        elif before is not None and after is not None:
            yield from _interim_saved(n, before, after)
        if before != after:
            held = after or before
            assert held is not None
            was = (
                {e.task_uid: (norm(e.start), norm(e.finish)) for e in before.entries}
                if before
                else {}
            )
            now = (
                {e.task_uid: (norm(e.start), norm(e.finish)) for e in after.entries}
                if after
                else {}
            )
            differ = [
                u for u in _order(old, new) if was.get(u, (None,) * 2) != now.get(u, (None,) * 2)
            ]
            for uid in differ:
                a, b = was.get(uid, (None, None)), now.get(uid, (None, None))
                plan = new if new.has_task(uid) else old
                name = f"{held.label()}: {plan.task(uid).name}"
                for field, x, y in zip(("start", "finish"), a, b, strict=True):
                    if x != y:
                        yield PlanChange("baseline", f"i{n}:{uid}", name, "changed", field, x, y)


def _interim_saved(number: int, before: InterimPlan, after: InterimPlan) -> Iterator[PlanChange]:
    """Interim plan ``number`` set again (field :data:`INTERIM_SAVED`, old and new moments),
    when both files know when: a file that keeps no such time (an MS Project XML, a .gantry
    before v37) says nothing, as it is nothing a user changed."""
    was, now = before.saved_at, after.saved_at
    if was is not None and now is not None and norm(was) != norm(now):
        yield PlanChange(
            "baseline", f"i{number}", after.label(), "changed", INTERIM_SAVED, norm(was), norm(now)
        )


def _order(old: Plan, new: Plan) -> list[int]:
    """The tasks' uids in ``new``'s order, then those only ``old`` has."""
    return [t.uid for t in new.tasks] + [t.uid for t in old.tasks if not new.has_task(t.uid)]


def _entry_changes(
    old: Plan,
    before: Baseline,
    new: Plan,
    after: Baseline,
    dates_only: bool = False,
) -> Iterator[PlanChange]:
    """Each task's baseline start, finish, duration, work and cost that differ (``dates_only``:
    start and finish), in ``new``'s task order, then the tasks only ``old`` has."""
    was = {e.task_uid: _values(e, dates_only) for e in before.entries}
    now = {e.task_uid: _values(e, dates_only) for e in after.entries}
    held = after if after.entries or not before.entries else before
    none = _values(None)
    differ = [u for u in _order(old, new) if was.get(u, none) != now.get(u, none)]
    for uid in differ:
        a, b = was.get(uid, none), now.get(uid, none)
        plan = new if new.has_task(uid) else old
        name = f"{held.label()}: {plan.task(uid).name}"
        for field, x, y in zip(ENTRY_FIELDS, a, b, strict=True):
            if x != y:
                yield PlanChange("baseline", f"{after.index}:{uid}", name, "changed", field, x, y)


def _values(entry: BaselineEntry | None, dates_only: bool = False) -> tuple[Scalar, ...]:
    """An entry's :data:`ENTRY_FIELDS` as diff compares them (no entry: None but its fixed
    cost, 0; with ``dates_only`` its duration, work and cost None and its fixed cost 0)."""
    if entry is None or dates_only:
        dates = (None, None) if entry is None else (norm(entry.start), norm(entry.finish))
        # Baseline Fixed Cost without one (or not compared) is MS Project's $0.00
        return (*dates, None, None, None, 0.0)
    cost = norm(round(entry.cost, 2))
    fixed = norm(round(entry.fixed_cost, 2))
    return (
        norm(entry.start),
        norm(entry.finish),
        entry.duration_minutes,
        entry.work_minutes,
        cost,
        fixed,
    )
