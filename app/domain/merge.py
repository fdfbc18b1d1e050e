"""Three-way merge of a client's edited copy into the current plan.

``base`` is the plan as exported, ``theirs`` the plan as the client sent it
back and ``ours`` the plan as it is now. The client's changes are
``diff_plans(base, theirs)``; one of them is a *conflict* when the same thing
was also changed here since the export, to a different value. Accepted
changes are applied in one :meth:`Plan.batch` and return what undo needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.domain.assigning import (
    OWN_UNITS,
    format_one,
    format_range,
    occurrence_uids,
    rebalance_for_duration,
    staff_of,
    units_spread,
)
from app.domain.custom_fields import is_field_name, value_of, with_value
from app.domain.diff import (
    LINK_FIELD_ATTRS,
    RESOURCE_FIELD_ATTRS,
    TASK_FIELD_ATTRS,
    PlanChange,
    Scalar,
    diff_plans,
    norm,
)
from app.domain.diff_lags import LAG_FIELDS, link_of, same_lag
from app.domain.diff_order import PLACE, order_changes
from app.domain.errors import AppError, OutlineError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import TaskTimes
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import task_clock, typed_duration_progress
from app.domain.vacations import update_person


@dataclass(frozen=True, slots=True)
class MergeItem:
    """One change the client made, and whether it clashes with an edit made here."""

    change: PlanChange
    conflict: bool = False
    ours: Scalar = None  # the value here now, when it differs from both base and theirs
    reason: str = ""  # why it is a conflict, for the review dialog


def three_way(base: Plan, theirs: Plan, ours: Plan) -> list[MergeItem]:
    """The client's changes, each flagged when it conflicts with ours since the export."""
    our_changes = [] if ours is base else diff_plans(base, ours)  # the plan as exported
    our_fields = {(c.entity, c.uid, c.field): c for c in our_changes if c.kind == "changed"}
    our_kinds = {(c.entity, c.uid): c.kind for c in our_changes if c.kind != "changed"}
    touched = {(c.entity, c.uid) for c in our_changes}
    items: list[MergeItem] = []
    restated = _OccurrencePeople(theirs)
    differing = _differing(theirs, ours)
    for c in diff_plans(base, theirs):
        if restated.covers(c):
            continue  # the summary's People cell read back: already on every occurrence
        key = (c.entity, c.uid)
        if c.kind == "changed":
            mine = our_fields.get((c.entity, c.uid, c.field))
            if c.entity == "link" and any((c.entity, c.uid, f) in our_fields for f in LAG_FIELDS):
                clash = _lag_clash(c, theirs, ours)  # the lag was changed here too
                if clash is not None:
                    items.append(clash)
                continue  # else the same lag on both sides: nothing left to apply
            if our_kinds.get(key) == "removed":
                items.append(MergeItem(c, True, None, f"{c.entity} was deleted here"))
            elif mine is None:
                items.append(MergeItem(c))
            elif mine.new != c.new:
                items.append(MergeItem(c, True, mine.new, "also changed here"))
            # the same edit on both sides: nothing left to apply
        elif c.kind == "removed":
            if our_kinds.get(key) == "removed":
                continue
            conflict = key in touched
            items.append(MergeItem(c, conflict, None, "changed here" if conflict else ""))
        else:
            conflict = our_kinds.get(key) == "added"
            if conflict and key not in differing():
                continue  # added here the same (the workbook applied before): nothing to apply
            items.append(MergeItem(c, conflict, None, "added here too" if conflict else ""))
    # a row moved up or down (unless it stands so here already: the workbook applied before)
    here = None if ours is base else {c.uid for c in order_changes(ours, theirs)}
    items.extend(MergeItem(c) for c in order_changes(base, theirs) if here is None or c.uid in here)
    return items


def _lag_clash(c: PlanChange, theirs: Plan, ours: Plan) -> MergeItem | None:
    """The client's change of a lag (its length, or its unit alone) where the lag was
    changed here too, in either way: a conflict unless both now read the same (None).

    A lag is one value to a user (``+5d``): the client making it ``+10d`` and this plan
    retyping it ``+1w`` cannot both be taken, as MS Project keeps one lag, typed in one
    unit, per link; ``+2w`` is a third value neither side typed. So it is the user's
    choice, as for any field changed on both sides. ``ours``: the field's value here."""
    theirs_link, our_link = link_of(theirs, c.uid), link_of(ours, c.uid)
    if theirs_link is None or our_link is None:
        return None
    if same_lag(theirs_link, theirs.project, our_link, ours.project):
        return None
    return MergeItem(c, True, norm(getattr(our_link, str(c.field))), "also changed here")


def _differing(theirs: Plan, ours: Plan) -> Callable[[], set[tuple[str, object]]]:
    """The things (entity, uid) that ``theirs`` and ``ours`` hold differently or only one
    holds; computed once, when first asked (only a double addition needs it)."""
    found: list[set[tuple[str, object]]] = []

    def keys() -> set[tuple[str, object]]:
        if not found:
            found.append({(c.entity, c.uid) for c in diff_plans(theirs, ours)})
        return found[0]

    return keys


class _OccurrencePeople:
    """Whether a person the client's copy puts on a recurring summary itself only restates
    its People cell: they are on every occurrence already, at units that show the same.

    The summary's cell shows the people common to its occurrences (staff_of), someone
    whose units differ among them as the range (``Bob[25-75%]``, units_spread); a copy
    that reads that cell back as the summary's own assignment changes nothing. Units are
    compared as the cell shows them: ``Cleo[33.33%]`` read back is Cleo at 1/3, and
    the range read back (:data:`OWN_UNITS`) is the range, not the first occurrence's.
    """

    def __init__(self, theirs: Plan) -> None:
        self.theirs = theirs
        self.shown: dict[int, dict[int, tuple[str, bool]]] = {}  # summary -> resource -> item

    def covers(self, c: PlanChange) -> bool:
        """Whether ``c`` adds such an assignment."""
        if c.entity != "assignment" or c.kind != "added":
            return False
        task, res = (int(x) for x in str(c.uid).split(":"))
        theirs = self.theirs
        if task not in theirs.recurrences or not theirs.has_task(task):
            return False
        shown = self.shown.get(task)
        if shown is None:
            shown = self._shown(task)
            self.shown[task] = shown
        mine = [a for a in theirs.assignments_of_task(task) if a.resource_uid == res]
        if res not in shown or not mine:
            return False
        item, ranged = shown[res]
        if mine[0].units == OWN_UNITS:
            return ranged  # the range typed back as it reads
        return format_one(theirs.resource(res), mine[0].units) == item

    def _shown(self, task: int) -> dict[int, tuple[str, bool]]:
        """Each person of ``task``'s People cell as it shows them (the occurrences' units),
        and whether that is a range."""
        theirs = self.theirs
        if not occurrence_uids(theirs, task):
            return {}
        spread = units_spread(theirs, task)
        known = {r.uid: r for r in theirs.resources}
        out: dict[int, tuple[str, bool]] = {}
        for a in staff_of(theirs, task):
            res = known.get(a.resource_uid)
            if res is not None:
                item = format_range(res, *spread[res.uid])
                out[res.uid] = (item, item != format_one(res, spread[res.uid][0]))
        return out


def exported_from(base: Plan, ours: Plan) -> bool:
    """Whether a workbook's snapshot ``base`` was exported from this plan (most tasks match)."""
    if not base.tasks:
        return not ours.tasks
    same = sum(1 for t in base.tasks if ours.has_task(t.uid) and ours.task(t.uid).name == t.name)
    return same * 2 >= len(base.tasks)


@dataclass(frozen=True, slots=True)
class AppliedChanges:
    """What :func:`apply_changes` needs to be undone: the plan as it was."""

    before: Plan


def copy_plan(plan: Plan) -> Plan:
    """A detached copy sharing the (immutable) values, without subscribers; the sheet's view
    and the MS Project link marks (kept_links) go with it, so a copy writes what the plan
    writes."""
    return Plan(
        project=plan.project,
        tasks=list(plan.tasks),
        links=list(plan.links),
        calendars=dict(plan.calendars),
        resources=list(plan.resources),
        assignments=list(plan.assignments),
        baselines=dict(plan.baselines),
        interims=dict(plan.interims),
        risks=list(plan.risks),
        recurrences=dict(plan.recurrences),
        view=plan.view,
        kept_links=plan.kept_links,
    )


def apply_changes(
    plan: Plan,
    source: Plan,
    changes: list[PlanChange],
    scheduled: Callable[[int], TaskTimes | None] | None = None,
) -> AppliedChanges:
    """Make each listed change in ``plan`` by taking the value ``source`` has, as one batch.

    Either every change is made or, when the plan refuses one (AppError), none is.
    ``scheduled``: each task's current dates by uid (the window's schedule); with it a
    % complete taken back starts or finishes the task as typing it in the sheet does.
    """
    before = copy_plan(plan)
    with plan.batch():
        try:
            _Applier(plan, source, scheduled).run(changes)
        except AppError:
            # say, an accepted link that closes a cycle with a link added here: all or nothing
            _restore(plan, before)
            raise
    return AppliedChanges(before)


def revert(plan: Plan, applied: AppliedChanges) -> None:
    """Undo :func:`apply_changes`: put back every user-entered value it replaced."""
    with plan.batch():
        _restore(plan, applied.before)


def _restore(plan: Plan, before: Plan) -> None:
    """Make ``plan`` hold what ``before`` holds again: the changes back, the recurring
    patterns and the calendars a rename renamed (as they were, an older file's stale name
    too: :func:`~app.domain.vacations.undo_person_update`)."""
    _Applier(plan, before).run(diff_plans(plan, before, exact=True) + order_changes(plan, before))
    _restore_recurrences(plan, before)
    for calendar in before.calendars.values():
        if plan.calendars.get(calendar.uid) != calendar:
            plan.put_calendar(calendar)


def _restore_recurrences(plan: Plan, before: Plan) -> None:
    """Give each recurring summary back the pattern it had (a deleted one comes back plain)."""
    for uid in set(plan.recurrences) | set(before.recurrences):
        wanted = before.recurrences.get(uid)
        if plan.recurrences.get(uid) != wanted and plan.has_task(uid):
            plan.set_recurrence(uid, wanted)


_ORDER = {
    ("project", "changed"): 0,
    ("resource", "added"): 1,
    ("resource", "changed"): 2,
    ("task", "added"): 3,
    ("task", "changed"): 4,
    ("link", "removed"): 5,
    ("link", "added"): 6,
    ("link", "changed"): 7,
    ("assignment", "removed"): 8,
    ("assignment", "added"): 9,
    ("assignment", "changed"): 10,
    ("risk", "added"): 11,
    ("risk", "changed"): 12,
    ("risk", "removed"): 13,
    ("task", "removed"): 14,
    ("resource", "removed"): 15,
}


class _Applier:
    """Applies PlanChanges to a plan from a source plan, through the plan's own methods."""

    def __init__(
        self,
        plan: Plan,
        source: Plan,
        scheduled: Callable[[int], TaskTimes | None] | None = None,
    ) -> None:
        self.plan = plan
        self.source = source
        self.scheduled = scheduled
        self.task_map: dict[int, int] = {}  # source uid -> plan uid when a uid was taken here
        self.resource_map: dict[int, int] = {}
        # The source's assignments by the pair of uids a change names (the source does
        # not change while it is applied), and the plan's, kept as they are changed.
        self.source_assignments = {
            (a.task_uid, a.resource_uid): a for a in reversed(source.assignments)
        }
        self.here_assignments: dict[tuple[int, int], int] | None = None
        self.next_assignment_uid: int | None = None

    def run(self, changes: list[PlanChange]) -> None:
        ordered = sorted(changes, key=self._ordering())
        placed = [c for c in ordered if c.entity == "task" and c.field in ("parent", PLACE)]
        parents = sorted(placed, key=self._source_row)  # each after the row above it there
        new_links = [c for c in ordered if c.entity == "link" and c.kind == "added"]
        for c in ordered:
            if c.field in ("parent", PLACE):
                continue
            if c.entity == "link" and c.kind == "added":
                self._links_added(new_links)  # all at once, at the first of them
                new_links = []
                continue
            getattr(self, f"_{c.entity}_{c.kind}")(c)
        for c in parents:
            self._task_parent(c)

    def _source_row(self, c: PlanChange) -> int:
        uid = int(c.uid)
        return self.source.index_of(uid) if self.source.has_task(uid) else -1

    def _ordering(self) -> Callable[[PlanChange], tuple[int, int]]:
        """Sort key: the kinds of change in :data:`_ORDER`; links and assignments are
        removed from the back of the plan's lists forwards, so that each removal
        leaves the others where they are (app/domain/positions.py)."""
        links = {lk.key: i for i, lk in enumerate(self.plan.links)}
        assignments = {(a.task_uid, a.resource_uid): i for i, a in enumerate(self.plan.assignments)}

        def key(c: PlanChange) -> tuple[int, int]:
            kind = _ORDER.get((c.entity, c.kind), 99)
            if c.kind != "removed":
                return kind, 0
            if c.entity == "link":
                pred, succ = self._link_pair(c)
                return kind, -links.get((self._tid(pred), self._tid(succ)), -1)
            if c.entity == "assignment":
                task, res = (int(x) for x in str(c.uid).split(":"))
                return kind, -assignments.get((self._tid(task), self._rid(res)), -1)
            return kind, 0

        return key

    # ------------------------------------------------------------------ project

    def _project_changed(self, c: PlanChange) -> None:
        if c.field is None:
            return
        value = getattr(self.source.project, c.field)
        self.plan.set_project(replace(self.plan.project, **{c.field: value}))

    # ------------------------------------------------------------------ tasks

    def _tid(self, uid: int) -> int:
        return self.task_map.get(uid, uid)

    def _task_added(self, c: PlanChange) -> None:
        src = self.source.task(int(c.uid))
        uid = src.uid
        if self.plan.has_task(uid):
            uid = self.plan.next_task_uid()
            self.task_map[src.uid] = uid
        # after the nearest earlier source row that exists here
        i = self.source.index_of(src.uid)
        index = 0
        for prev in reversed(self.source.tasks[:i]):
            if self.plan.has_task(self._tid(prev.uid)):
                index = self.plan.index_of(self._tid(prev.uid)) + 1
                break
        above = self.plan.tasks[index - 1].outline_level if index else 0
        level = max(1, min(src.outline_level, above + 1))
        if index < len(self.plan.tasks):
            level = max(level, self.plan.tasks[index].outline_level - 1)
        self.plan.insert_tasks(index, [replace(src, uid=uid, outline_level=level)])

    def _task_changed(self, c: PlanChange) -> None:
        uid = self._tid(int(c.uid))
        if not self.plan.has_task(uid) or not self.source.has_task(int(c.uid)) or c.field is None:
            return
        src = self.source.task(int(c.uid))
        attrs = TASK_FIELD_ATTRS.get(c.field, (c.field,))
        task = self.plan.task(uid)
        if c.field == "percent_complete" and self.scheduled is not None:
            fields = typed_progress(task, self.scheduled(uid), src.percent_complete)
        elif is_field_name(c.field):  # one custom field ("Text1"): the others stay as here
            fields = {"custom": with_value(task.custom, c.field, value_of(src.custom, c.field))}
        else:
            fields = {a: getattr(src, a) for a in attrs}
        if c.field == "duration_minutes" and self.scheduled is not None:
            # the work done stays and % complete follows, as typing the duration does (a %
            # the client typed too is applied after this and wins)
            clock = task_clock(self.plan, task)
            fields.update(
                typed_duration_progress(task, self.scheduled(uid), src.duration_minutes, clock)
            )
        self.plan.update_task(replace(task, **fields))
        if "duration_minutes" in fields and fields["duration_minutes"] != task.duration_minutes:
            # stored work or units follow the task type, as a duration typed in the sheet makes
            # them (work not stored is the duration's already)
            stored = {a.uid for a in self.plan.assignments_of_task(uid) if a.work_minutes}
            for a in rebalance_for_duration(self.plan, uid, fields["duration_minutes"]):
                if a.uid in stored:
                    self.plan.update_assignment(a)

    def _task_parent(self, c: PlanChange) -> None:
        """Move the task (with its subtasks) under the parent the source gives it, after the
        nearest earlier source row that is here, as the client placed it."""
        uid = self._tid(int(c.uid))
        if not self.plan.has_task(uid) or not self.source.has_task(int(c.uid)):
            return
        src = self.source.task(int(c.uid))
        plan = self.plan
        i = plan.index_of(uid)
        moving = [t.uid for t in plan.tasks[i : plan.subtree_end(i)]]
        inside = set(moving)
        rest = [t.uid for t in plan.tasks if t.uid not in inside]
        at = 0
        j = self.source.index_of(src.uid)
        for prev in reversed(self.source.tasks[:j]):
            here = self._tid(prev.uid)
            if plan.has_task(here) and here not in inside:
                at = rest.index(here) + 1
                break
        shift = src.outline_level - plan.task(uid).outline_level
        levels = {u: plan.task(u).outline_level + shift for u in moving}
        try:
            plan.reorder([*rest[:at], *moving, *rest[at:]], levels)
        except OutlineError:
            return  # the rows around it moved too; keep the outline valid

    def _task_removed(self, c: PlanChange) -> None:
        uid = self._tid(int(c.uid))
        if not self.plan.has_task(uid):
            return
        # subtasks the source keeps move up instead of going with their summary
        kept = [t.uid for t in self.plan.children(uid) if self.source.has_task(t.uid)]
        if kept:
            self.plan.outdent(kept)
        self.plan.remove_tasks([uid])

    # ------------------------------------------------------------------ links

    def _link_pair(self, c: PlanChange) -> tuple[int, int]:
        pred, succ = str(c.uid).split("->")
        return int(pred), int(succ)

    def _links_added(self, changes: list[PlanChange]) -> None:
        """Add the links these changes name, with one check for cycles (Plan.add_links)."""
        links: dict[tuple[int, int], Link] = {}
        for c in changes:
            pred, succ = self._link_pair(c)
            src = self.source.find_link(pred, succ)
            a, b = self._tid(pred), self._tid(succ)
            if src is None or not (self.plan.has_task(a) and self.plan.has_task(b)):
                continue
            if self.plan.find_link(a, b) is None:
                links.setdefault((a, b), replace(src, predecessor=a, successor=b))
        if links:
            self.plan.add_links(list(links.values()))

    def _link_changed(self, c: PlanChange) -> None:
        pred, succ = self._link_pair(c)
        src = self.source.find_link(pred, succ)
        here = self.plan.find_link(self._tid(pred), self._tid(succ))
        if src is None or here is None or c.field is None:
            return
        attrs = LINK_FIELD_ATTRS.get(c.field, (c.field,))  # a new lag with its typed unit
        self.plan.update_link(replace(here, **{a: getattr(src, a) for a in attrs}))

    def _link_removed(self, c: PlanChange) -> None:
        pred, succ = self._link_pair(c)
        if self.plan.find_link(self._tid(pred), self._tid(succ)) is not None:
            self.plan.remove_link(self._tid(pred), self._tid(succ))

    # ------------------------------------------------------------------ resources

    def _rid(self, uid: int) -> int:
        return self.resource_map.get(uid, uid)

    def _resource_added(self, c: PlanChange) -> None:
        src = self.source.resource(int(c.uid))
        uid = src.uid
        if any(r.uid == uid for r in self.plan.resources):
            uid = self.plan.next_resource_uid()
            self.resource_map[src.uid] = uid
        self.plan.add_resource(replace(src, uid=uid))

    def _resource_changed(self, c: PlanChange) -> None:
        uid = self._rid(int(c.uid))
        if c.field is None or not any(r.uid == uid for r in self.plan.resources):
            return
        src = self.source.resource(int(c.uid))
        attrs = RESOURCE_FIELD_ATTRS.get(c.field, (c.field,))
        # as a rename in the window: the person's own calendar takes their new name
        update_person(
            self.plan, replace(self.plan.resource(uid), **{a: getattr(src, a) for a in attrs})
        )

    def _resource_removed(self, c: PlanChange) -> None:
        uid = self._rid(int(c.uid))
        if any(r.uid == uid for r in self.plan.resources):
            self.plan.remove_resource(uid)

    # ------------------------------------------------------------------ assignments

    def _assignment_keys(self, c: PlanChange) -> tuple[Assignment | None, Assignment | None]:
        task, res = (int(x) for x in str(c.uid).split(":"))
        src = self.source_assignments.get((task, res))
        uid = self._assignments_here().get((self._tid(task), self._rid(res)))
        return src, None if uid is None else self.plan.assignment(uid)

    def _assignments_here(self) -> dict[tuple[int, int], int]:
        """The plan's assignment uids by (task, resource), kept as this applier changes them."""
        if self.here_assignments is None:
            self.here_assignments = {
                (a.task_uid, a.resource_uid): a.uid for a in reversed(self.plan.assignments)
            }
        return self.here_assignments

    def _assignment_added(self, c: PlanChange) -> None:
        src, here = self._assignment_keys(c)
        if src is None or here is not None:
            return
        task, res = self._tid(src.task_uid), self._rid(src.resource_uid)
        if not self.plan.has_task(task) or not any(r.uid == res for r in self.plan.resources):
            return
        if self.next_assignment_uid is None:
            self.next_assignment_uid = self.plan.next_assignment_uid()
        uid = self.next_assignment_uid
        self.next_assignment_uid += 1
        at = self._place_of(src, task)  # 'Bob, Alice' stays so where Alice was on it
        self.plan.add_assignment(replace(src, uid=uid, task_uid=task, resource_uid=res), at)
        self._assignments_here()[(task, res)] = uid

    def _place_of(self, src: Assignment, task: int) -> int | None:
        """The row an added person goes to: before the first of the task's people whom the
        source names after them, as its People cell orders them (None: at the end)."""
        here = self._assignments_here()
        later = self.source.assignments_of_task(src.task_uid)
        for a in later[next(i for i, b in enumerate(later) if b.uid == src.uid) + 1 :]:
            uid = here.get((task, self._rid(a.resource_uid)))
            if uid is not None:
                return next(i for i, b in enumerate(self.plan.assignments) if b.uid == uid)
        return None

    def _assignment_changed(self, c: PlanChange) -> None:
        src, here = self._assignment_keys(c)
        if src is None or here is None or c.field is None:
            return
        self.plan.update_assignment(replace(here, **{c.field: getattr(src, c.field)}))

    def _assignment_removed(self, c: PlanChange) -> None:
        _, here = self._assignment_keys(c)
        if here is not None:
            self.plan.remove_assignment(here.uid)
            self._assignments_here().pop((here.task_uid, here.resource_uid), None)

    # ------------------------------------------------------------------ risks

    def _risk_added(self, c: PlanChange) -> None:
        src = self.source.risk(int(c.uid))
        uid = src.uid
        if any(r.uid == uid for r in self.plan.risks):
            uid = self.plan.next_risk_uid()
        tasks = tuple(self._tid(u) for u in src.task_uids if self.plan.has_task(self._tid(u)))
        self.plan.add_risk(replace(src, uid=uid, task_uids=tasks))

    def _risk_changed(self, c: PlanChange) -> None:
        uid = int(c.uid)
        if c.field is None or not any(r.uid == uid for r in self.plan.risks):
            return
        value = getattr(self.source.risk(uid), c.field)
        if c.field == "task_uids":
            value = tuple(self._tid(u) for u in value if self.plan.has_task(self._tid(u)))
        self.plan.update_risk(replace(self.plan.risk(uid), **{c.field: value}))

    def _risk_removed(self, c: PlanChange) -> None:
        if any(r.uid == int(c.uid) for r in self.plan.risks):
            self.plan.remove_risk(int(c.uid))
