"""People carried from one plan to another: a roster copied and pasted into another window,
tasks pasted with the people they need, Resource > Import People from Plan, and
``gantry team import``.

A :class:`PeopleSnapshot` holds the people as they were when copied (rates, rate tables,
max units, role, e-mail, notes...) with the calendars they work on, so renaming someone
in the source afterwards changes nothing that is pasted. :func:`merge_people` works out
what a target plan gets: people it lacks (matched by name, case-insensitively, as task
paste matches them) are added, those it has are updated when asked. A person's own
calendar (their days off) goes with them; the calendar it is based on, like any shared
one, is matched by name in the target or copied there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.domain.calendar import Calendar
from app.domain.errors import InputError
from app.domain.people_currency import currency_refusal, plan_currency
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Resource
from app.domain.vacations import own_calendars

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.domain.plan import Plan


@dataclass(frozen=True, slots=True)
class PeopleSnapshot:
    """People as copied from a plan, with every calendar they work on (and its bases)."""

    source: str  # the plan's name, for messages ("Add the 2 people from 'Acme'...")
    people: tuple[Resource, ...]
    calendars: tuple[Calendar, ...]
    own: frozenset[int] = frozenset()  # calendar uids that are one person's own (days off)
    currency: str = ""  # the source plan's (people_currency.plan_currency): "" not known


def snapshot_people(
    plan: Plan, uids: Iterable[int] | None = None, source: str = ""
) -> PeopleSnapshot:
    """The people ``uids`` (all when None) of ``plan`` as they are now, in roster order."""
    wanted = None if uids is None else set(uids)
    people = tuple(r for r in plan.resources if wanted is None or r.uid in wanted)
    own = own_calendars(plan)
    needed: dict[int, Calendar] = {}
    for person in people:
        uid = person.calendar_uid
        while uid is not None and uid in plan.calendars and uid not in needed:
            needed[uid] = plan.calendars[uid]
            uid = plan.calendars[uid].base_uid
    owned = frozenset(
        c.uid for r, c in own.items() if c.uid in needed and r in {p.uid for p in people}
    )
    return PeopleSnapshot(
        source or plan.project.name,
        people,
        tuple(needed.values()),
        owned,
        plan_currency(plan.project),
    )


@dataclass(frozen=True, slots=True)
class PeopleMerge:
    """What a plan gets from a snapshot: calendars to put (bases first, with the target's ids),
    people to add and people to update (each with the target's id)."""

    calendars: tuple[Calendar, ...]
    added: tuple[Resource, ...]
    updated: tuple[Resource, ...]
    # own calendars of updated people that no one works on after the merge: removed with it
    dropped: tuple[int, ...] = ()
    # why the merge cannot be made (people with rates in another currency): apply_merge
    # refuses it with this line, nothing changed ("": it can)
    refused: str = ""

    @property
    def empty(self) -> bool:
        """True when nothing would change."""
        return not (self.added or self.updated)


def missing_people(snapshot: PeopleSnapshot, plan: Plan) -> list[Resource]:
    """The snapshot's people ``plan`` has no one of the same name for."""
    team = {r.name.casefold() for r in plan.resources}
    return [p for p in snapshot.people if p.name.casefold() not in team]


def pick_people(snapshot: PeopleSnapshot, names: Iterable[str]) -> PeopleSnapshot:
    """The snapshot cut to ``names`` (any case); InputError names the first not in it."""
    by_name = {p.name.casefold(): p for p in snapshot.people}
    chosen: set[int] = set()
    for name in names:
        person = by_name.get(name.strip().casefold())
        if person is None:
            raise InputError(
                f"no one called {quoted(name.strip(), NAME_LIMIT)} in {quoted(snapshot.source, NAME_LIMIT)}"
            )
        chosen.add(person.uid)
    return replace(snapshot, people=tuple(p for p in snapshot.people if p.uid in chosen))


def merge_people(plan: Plan, snapshot: PeopleSnapshot, update: bool) -> PeopleMerge:
    """What ``plan`` gets from ``snapshot``: the people it lacks added, and (``update``) those it
    has made as in the snapshot, keeping their ids. Nothing in the plan is changed here."""
    team = {r.name.casefold(): r for r in plan.resources}
    by_name = {c.name.casefold(): c.uid for c in plan.calendars.values()}
    source_calendars = {c.uid: c for c in snapshot.calendars}
    next_uid = [plan.next_calendar_uid()]
    put: list[Calendar] = []
    mapped: dict[int, int] = {}
    kept_own = own_calendars(plan)

    def target_uid(uid: int, reuse: int | None = None) -> int:
        """The target's id for source calendar ``uid``, copying it (and its bases) if needed."""
        if uid in mapped:
            return mapped[uid]
        cal = source_calendars[uid]
        if uid not in snapshot.own and reuse is None and cal.name.casefold() in by_name:
            mapped[uid] = by_name[cal.name.casefold()]
            return mapped[uid]
        base = None if cal.base_uid is None else _base(cal.base_uid)
        if reuse is None:
            new_uid = next_uid[0]
            next_uid[0] += 1
        else:
            new_uid = reuse
        mapped[uid] = new_uid
        put.append(replace(cal, uid=new_uid, base_uid=base))
        return new_uid

    def _base(uid: int) -> int | None:
        return target_uid(uid) if uid in source_calendars else None

    first = plan.next_resource_uid()
    added: list[Resource] = []
    updated: list[Resource] = []
    for person in snapshot.people:
        there = team.get(person.name.casefold())
        if there is not None and not update:
            continue
        calendar = person.calendar_uid
        if calendar is not None and calendar in source_calendars:
            reuse = None
            if there is not None and calendar in snapshot.own and there.uid in kept_own:
                reuse = kept_own[there.uid].uid  # their own calendar here takes the new days off
            new_calendar: int | None = target_uid(calendar, reuse)
        else:
            new_calendar = None
        if there is None:
            added.append(replace(person, uid=first + len(added), calendar_uid=new_calendar))
            team[person.name.casefold()] = added[-1]
        else:
            new = replace(person, uid=there.uid, name=there.name, calendar_uid=new_calendar)
            if new != there:
                updated.append(new)
    refused = currency_refusal((*added, *updated), snapshot.source, snapshot.currency, plan.project)
    dropped = _dropped(kept_own, put, updated)
    return PeopleMerge(tuple(put), tuple(added), tuple(updated), dropped, refused)


def _dropped(
    kept_own: dict[int, Calendar], put: list[Calendar], updated: list[Resource]
) -> tuple[int, ...]:
    """Own calendars the updated people leave that nothing in the merge takes up: each was
    one person's only (:func:`own_calendars`), so after the merge no one would use it."""
    taken = {c.uid for c in put} | {c.base_uid for c in put}
    taken |= {p.calendar_uid for p in updated}
    return tuple(
        own.uid
        for p in updated
        if (own := kept_own.get(p.uid)) is not None and own.uid not in taken
    )


@dataclass(frozen=True, slots=True)
class MergeUndo:
    """What :func:`apply_merge` replaced, for :func:`undo_merge`."""

    calendars: tuple[tuple[int, Calendar | None], ...]
    added: tuple[int, ...]
    updated: tuple[Resource, ...]
    dropped: tuple[Calendar, ...] = ()


def apply_merge(plan: Plan, merge: PeopleMerge) -> MergeUndo:
    """Put the merge into ``plan`` (in one batch); returns what it replaced. InputError,
    nothing changed, when it brings money in another currency (``merge.refused``)."""
    if merge.refused:
        raise InputError(merge.refused)
    with plan.batch():
        olds = tuple((c.uid, plan.put_calendar(c)) for c in merge.calendars)
        for person in merge.added:
            plan.add_resource(person)
        replaced = tuple(plan.update_resource(p) for p in merge.updated)
        dropped = tuple(plan.remove_calendar(uid) for uid in merge.dropped if _unused(plan, uid))
    return MergeUndo(olds, tuple(p.uid for p in merge.added), replaced, dropped)


def _unused(plan: Plan, uid: int) -> bool:
    """True when no task, person or calendar works on calendar ``uid`` (nor is it the project's)."""
    return (
        uid in plan.calendars
        and uid != plan.project.calendar_uid
        and all(t.calendar_uid != uid for t in plan.tasks)
        and all(r.calendar_uid != uid for r in plan.resources)
        and all(c.base_uid != uid for c in plan.calendars.values())
    )


def undo_merge(plan: Plan, undo: MergeUndo) -> None:
    """Take back :func:`apply_merge`."""
    with plan.batch():
        for calendar in undo.dropped:
            plan.put_calendar(calendar)
        for person in reversed(undo.updated):
            plan.update_resource(person)
        for uid in reversed(undo.added):
            plan.remove_resource(uid)
        for uid, old in reversed(undo.calendars):
            if old is None:
                plan.remove_calendar(uid)
            else:
                plan.put_calendar(old)


def merge_said(merge: PeopleMerge) -> str:
    """The merge in a status line: "added Ana, Bo; updated Carl" (empty when nothing)."""
    parts = []
    if merge.added:
        parts.append("added " + ", ".join(p.name for p in merge.added))
    if merge.updated:
        parts.append("updated " + ", ".join(p.name for p in merge.updated))
    return "; ".join(parts)
