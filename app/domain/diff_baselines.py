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
``"i1:12"``): one set, one cleared, each task's Start N and Finish N that moved.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.diff import PlanChange, Scalar, norm
from app.domain.plan import Plan

STATUS_DATE = "status_date"
ENTRY_FIELDS = ("start", "finish", "duration_minutes", "work_minutes", "cost")


def tracking_changes(old: Plan, new: Plan) -> Iterator[PlanChange]:
    """The status date (entity ``project``, field ``status_date``), then each baseline set,
    cleared or whose tasks' dates moved, in baseline order."""
    a, b = norm(old.project.status_date), norm(new.project.status_date)
    if a != b:
        yield PlanChange("project", 0, str(new.project.name), "changed", STATUS_DATE, a, b)
    for index in sorted({*old.baselines, *new.baselines}):
        before, after = old.baselines.get(index), new.baselines.get(index)
        if before is None and after is not None:
            yield PlanChange("baseline", index, after.label(), "added")
        elif after is None and before is not None:
            yield PlanChange("baseline", index, before.label(), "removed")
        elif before is not None and after is not None:
            yield from _entry_changes(old, before, new, after)
    yield from _interim_changes(old, new)


def _interim_changes(old: Plan, new: Plan) -> Iterator[PlanChange]:
    """Interim plans set, cleared, or whose tasks' Start N/Finish N differ, by number."""
    for n in sorted({*old.interims, *new.interims}):
        before, after = old.interims.get(n), new.interims.get(n)
        if before is None and after is not None:
            yield PlanChange("baseline", f"i{n}", after.label(), "added")
        elif after is None and before is not None:
            yield PlanChange("baseline", f"i{n}", before.label(), "removed")
        elif before is not None and after is not None and before != after:
            was = {e.task_uid: (norm(e.start), norm(e.finish)) for e in before.entries}
            now = {e.task_uid: (norm(e.start), norm(e.finish)) for e in after.entries}
            order = [t.uid for t in new.tasks]
            order += [t.uid for t in old.tasks if not new.has_task(t.uid)]
            for uid in order:
                a, b = was.get(uid, (None, None)), now.get(uid, (None, None))
                if a == b:
                    continue
                plan = new if new.has_task(uid) else old
                name = f"{after.label()}: {plan.task(uid).name}"
                for field, x, y in zip(("start", "finish"), a, b, strict=True):
                    if x != y:
                        yield PlanChange("baseline", f"i{n}:{uid}", name, "changed", field, x, y)


def _entry_changes(old: Plan, before: Baseline, new: Plan, after: Baseline) -> Iterator[PlanChange]:
    """Each task's baseline start, finish, duration, work and cost that differ, in ``new``'s
    task order, then the tasks only ``old`` has."""
    was = {e.task_uid: e for e in before.entries}
    now = {e.task_uid: e for e in after.entries}
    order = [t.uid for t in new.tasks] + [t.uid for t in old.tasks if not new.has_task(t.uid)]
    for uid in order:
        a, b = _values(was.get(uid)), _values(now.get(uid))
        if a == b:
            continue
        plan = new if new.has_task(uid) else old
        name = f"{after.label()}: {plan.task(uid).name}"
        for field, x, y in zip(ENTRY_FIELDS, a, b, strict=True):
            if x != y:
                yield PlanChange("baseline", f"{after.index}:{uid}", name, "changed", field, x, y)


def _values(entry: BaselineEntry | None) -> tuple[Scalar, ...]:
    """An entry's :data:`ENTRY_FIELDS` as diff compares them (all None: no entry)."""
    if entry is None:
        return (None,) * len(ENTRY_FIELDS)
    cost = norm(round(entry.cost, 2))
    return norm(entry.start), norm(entry.finish), entry.duration_minutes, entry.work_minutes, cost
