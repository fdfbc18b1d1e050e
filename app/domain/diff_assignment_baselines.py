"""Each person's baseline between two plans (MS Project's assignment Baseline Start, Finish,
Work and Cost), for :func:`app.domain.diff_baselines.tracking_changes`.

Told as changes of the assignment (entity ``assignment``, its key ``"12:3"``: task and
person), field ``baseline_work_minutes`` for Baseline, ``baseline1_cost`` for Baseline1 and
so on (:data:`BASELINE_ASSIGNMENT_FIELDS`), so a baseline saved again after a person's work
was re-estimated names who: ``Ben on ID 1 'Write': Baseline Work 40h -> 48h``. Only a
baseline both files keep people for is compared: a file before Gantry kept them (or a
.gan/.csv) says nothing of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.baseline import AssignmentBaselineEntry, Baseline
from app.domain.diff import PlanChange, Scalar, norm

_PARTS = (("start", "Start"), ("finish", "Finish"), ("work_minutes", "Work"), ("cost", "Cost"))


def field_name(index: int, part: str) -> str:
    """``baseline_cost`` (Baseline), ``baseline3_work_minutes`` (Baseline3)."""
    return f"baseline{'' if index == 0 else index}_{part}"


# field -> title, as MS Project names the assignment fields ("Baseline1 Work")
BASELINE_ASSIGNMENT_FIELDS: dict[str, str] = {
    field_name(index, part): f"Baseline{'' if index == 0 else index} {title}"
    for index in range(11)
    for part, title in _PARTS
}
DATE_FIELDS = frozenset(f for f in BASELINE_ASSIGNMENT_FIELDS if f.endswith(("_start", "_finish")))
WORK_FIELDS = frozenset(f for f in BASELINE_ASSIGNMENT_FIELDS if f.endswith("_work_minutes"))
COST_FIELDS = frozenset(f for f in BASELINE_ASSIGNMENT_FIELDS if f.endswith("_cost"))


def assignment_baseline_changes(before: Baseline, after: Baseline) -> Iterator[PlanChange]:
    """Each person's baseline values that differ between ``before`` and ``after`` (one
    baseline number), in ``after``'s order then those only ``before`` holds; nothing when
    either holds no people."""
    if not before.assignments or not after.assignments:
        return
    was = {e.assignment_uid: e for e in before.assignments}
    now = {e.assignment_uid: e for e in after.assignments}
    order = [*now, *(uid for uid in was if uid not in now)]
    for uid in order:
        a, b = was.get(uid), now.get(uid)
        held = b or a
        assert held is not None
        key = f"{held.task_uid}:{held.resource_uid}"
        for (part, _), x, y in zip(_PARTS, _values(a), _values(b), strict=True):
            if x != y:
                field = field_name(after.index, part)
                yield PlanChange("assignment", key, "", "changed", field, x, y)


def _values(entry: AssignmentBaselineEntry | None) -> tuple[Scalar, ...]:
    """An entry's start, finish, work and cost as diff compares them (cost to the cent)."""
    if entry is None:
        return (None, None, None, None)
    cost = norm(round(entry.cost, 2))
    return (norm(entry.start), norm(entry.finish), entry.work_minutes, cost)
