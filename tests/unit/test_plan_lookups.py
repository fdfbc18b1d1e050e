"""The shared lookups follow link, outline and people edits (and their undo) in place.

After every edit the tables must read exactly as a fresh ``PlanLookups(plan)``
build: a table left stale draws a bar, an arrow, a summary bracket or a name
that is no longer in the plan.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime
from itertools import pairwise

import numpy as np
import pytest

from app.domain.assigning import restore_assignments, set_assignments
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.errors import AppError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.report.plan_lookups import PlanLookups

DAY = 480


def _plan(n: int = 40, seed: int = 3) -> Plan:
    """Phases of a few tasks, links inside and across phases, people on most tasks."""
    rng = random.Random(seed)
    tasks = []
    for uid in range(1, n + 1):
        level = 1 if uid % 6 == 1 else 2
        tasks.append(Task(uid, f"Task {uid}", level, duration_minutes=DAY * (uid % 4)))
    plan = Plan(tasks=tasks)
    leaves = [t.uid for t in tasks if t.outline_level == 2]
    for a, b in pairwise(leaves):
        if rng.random() < 0.6:
            plan.add_link(Link(a, b, rng.choice(list(LinkType)), lag_minutes=rng.choice((0, DAY))))
    for r in range(1, 5):
        plan.add_resource(Resource(r, f"Person {r}"))
    k = 0
    for uid in leaves:
        for r in rng.sample(range(1, 5), rng.randint(0, 2)):
            k += 1
            plan.add_assignment(Assignment(k, uid, r, rng.choice((1.0, 0.5))))
    plan.set_baseline(
        Baseline(0, datetime(2026, 1, 1), tuple(BaselineEntry(u, None, None) for u in leaves[::3]))
    )
    return plan


def _follow(plan: Plan) -> tuple[PlanLookups, list[Change]]:
    """Warm lookups handed every change as the Document hands them; the changes they refused."""
    lookups = PlanLookups(plan).warm()
    refused: list[Change] = []

    def after(change: Change) -> None:
        if not lookups.follow(change):
            refused.append(change)

    plan.changes.subscribe(after, lookups.before)
    return lookups, refused


def _chart_reads(lookups: PlanLookups) -> dict[str, object]:
    """Everything the chart and the sheet read from the tables, as plain values.

    A successor with no links reads the same whether its list is empty or absent
    (readers ask ``links_into.get(uid, ())``).
    """
    pred, succ = lookups.link_ends
    return {
        "tasks": dict(lookups.tasks),
        "summaries": set(lookups.summaries),
        "baseline": dict(lookups.baseline),
        "resources": dict(lookups.resources),
        "links_into": {u: list(v) for u, v in lookups.links_into.items() if v},
        "link_ends": (pred.tolist(), succ.tolist()),
        "link_dtypes": (pred.dtype, succ.dtype),
    }


def _assert_fresh(lookups: PlanLookups) -> None:
    plan = lookups.plan
    assert _chart_reads(lookups) == _chart_reads(PlanLookups(plan))
    # The tasks are the plan's own objects, not equal copies.
    assert all(lookups.tasks[t.uid] is t for t in plan.tasks)


def _edit_and_undo(lookups, refused, do, undo, same_order=True, changes=True):
    """Edit, check, undo, check. ``same_order``: the undo puts every list back as it was
    (a link or an assignment put back goes to the end of the plan's list instead);
    ``changes``: the edit changes what the chart reads (a move changes only the rows)."""
    before = _chart_reads(lookups)
    done = do()
    _assert_fresh(lookups)
    assert (_chart_reads(lookups) != before) is changes
    undo(done)
    _assert_fresh(lookups)
    if same_order:
        assert _chart_reads(lookups) == before
    assert refused == []


def _indentable(plan: Plan, start: int = 0) -> int:
    """A task below a task of its own level that it is not linked to, and that has no FF or
    SF predecessor (a summary may not), so that the task can go under it."""
    for above, t in zip(plan.tasks[start:], plan.tasks[start + 1 :], strict=False):
        linked = plan.find_link(above.uid, t.uid) or plan.find_link(t.uid, above.uid)
        finish = any(lk.type in (LinkType.FF, LinkType.SF) for lk in plan.links_into(above.uid))
        if above.outline_level == t.outline_level and not linked and not finish:
            return t.uid
    raise AssertionError("no task to indent")


def test_a_link_added_and_taken_back():
    plan = _plan()
    lookups, refused = _follow(plan)
    ends = lookups.link_ends
    a, b = plan.tasks[1].uid, plan.tasks[-1].uid
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.add_link(Link(a, b)),
        lambda _: plan.remove_link(a, b),
    )
    assert lookups.link_ends is not ends  # new arrays: the chart places its links again


def test_a_link_removed_and_put_back_and_its_lag_changed():
    plan = _plan()
    lookups, refused = _follow(plan)
    middle = plan.links[len(plan.links) // 2]
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.remove_link(middle.predecessor, middle.successor),
        lambda link: plan.add_link(link),
        same_order=False,
    )
    ends = lookups.link_ends
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.update_link(replace(middle, lag_minutes=middle.lag_minutes + DAY)),
        lambda old: plan.update_link(old),
    )
    assert lookups.link_ends is not ends  # same ends, but the links changed


def test_many_links_at_once():
    plan = _plan()
    lookups, refused = _follow(plan)
    phases = [t.uid for t in plan.tasks if t.outline_level == 1]
    new = [Link(a, b) for a, b in pairwise(phases)]

    def take_back(_):
        for lk in reversed(new):
            plan.remove_link(lk.predecessor, lk.successor)

    _edit_and_undo(lookups, refused, lambda: plan.add_links(new), take_back)


def test_indent_and_outdent_change_only_their_branch():
    plan = _plan()
    lookups, refused = _follow(plan)
    uid = _indentable(plan, 1)  # indented, the task above becomes a summary
    above = plan.tasks[plan.index_of(uid) - 1].uid
    assert not plan.is_summary(above)
    _edit_and_undo(
        lookups, refused, lambda: plan.indent([uid]), lambda old: plan.set_outline_levels(old)
    )
    plan.indent([uid])
    assert above in lookups.summaries
    _edit_and_undo(
        lookups, refused, lambda: plan.outdent([uid]), lambda old: plan.set_outline_levels(old)
    )


def test_a_phase_outdented_and_the_last_rows_indented():
    plan = _plan()
    lookups, refused = _follow(plan)
    phase = next(t.uid for t in plan.tasks[1:] if t.outline_level == 1)
    _edit_and_undo(
        lookups, refused, lambda: plan.indent([phase]), lambda old: plan.set_outline_levels(old)
    )
    last = _indentable(plan, len(plan.tasks) - 10)
    _edit_and_undo(
        lookups, refused, lambda: plan.indent([last]), lambda old: plan.set_outline_levels(old)
    )


def test_tasks_moved():
    plan = _plan()
    lookups, refused = _follow(plan)
    phases = [t.uid for t in plan.tasks if t.outline_level == 1]
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.move_tasks([phases[-1]], phases[1]),
        lambda old: plan.reorder(*old),
        changes=False,
    )
    leaf = plan.tasks[3].uid
    _edit_and_undo(
        lookups, refused, lambda: plan.move_tasks([leaf], None), lambda old: plan.reorder(*old)
    )


def test_people_put_on_a_task_and_taken_off():
    plan = _plan()
    lookups, refused = _follow(plan)
    staffed = sorted({a.task_uid for a in plan.assignments})
    for uid in (staffed[0], staffed[len(staffed) // 2], staffed[-1]):
        _edit_and_undo(
            lookups,
            refused,
            lambda uid=uid: set_assignments(plan, uid, [(3, 1.0), (1, 0.5)]),
            lambda edit: restore_assignments(plan, edit),
        )
        _edit_and_undo(
            lookups,
            refused,
            lambda uid=uid: set_assignments(plan, uid, []),
            lambda edit: restore_assignments(plan, edit),
        )


def test_an_assignment_moved_to_another_task_and_its_units_changed():
    plan = _plan()
    lookups, refused = _follow(plan)
    a = plan.assignments[1]
    other = next(t.uid for t in plan.tasks if t.uid != a.task_uid and t.outline_level == 2)
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.update_assignment(replace(a, task_uid=other, units=0.25)),
        lambda old: plan.update_assignment(old),
    )
    first = plan.assignments[0]
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.remove_assignment(first.uid),
        lambda old: plan.add_assignment(old),
        same_order=False,
    )


def test_a_person_renamed_and_removed():
    plan = _plan()
    lookups, refused = _follow(plan)
    ana = plan.resources[1]
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.update_resource(replace(ana, name="Ana")),
        lambda old: plan.update_resource(old),
    )
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.remove_resource(ana.uid),
        lambda removed: plan.restore_resource(removed),
        same_order=False,
    )
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.add_resource(Resource(77, "New"), 0),
        lambda _: plan.remove_resource(77),
        changes=False,
    )


def test_a_new_baseline():
    plan = _plan()
    lookups, refused = _follow(plan)
    entries = tuple(BaselineEntry(t.uid, None, None) for t in plan.tasks[::2])
    _edit_and_undo(
        lookups,
        refused,
        lambda: plan.set_baseline(Baseline(0, datetime(2026, 2, 1), entries)),
        lambda old: plan.set_baseline(old),
    )


def test_added_or_deleted_tasks_still_drop_the_tables():
    plan = _plan()
    _lookups, refused = _follow(plan)
    plan.insert_tasks(3, [Task(500, "New", 2)])
    assert [c.entity for c in refused] == [Entity.TASK]
    assert refused[0].kind is ChangeKind.ADDED


def test_tables_not_built_yet_are_left_for_their_first_reader():
    plan = _plan()
    lookups = PlanLookups(plan)
    plan.changes.subscribe(lambda c: lookups.follow(c) or pytest.fail(f"refused {c}"))
    plan.changes.subscribe(lambda c: None, lookups.before)
    a, b = plan.tasks[1].uid, plan.tasks[-1].uid
    plan.add_link(Link(a, b))
    plan.indent([_indentable(plan, 1)])
    set_assignments(plan, plan.tasks[4].uid, [(2, 1.0)])
    _assert_fresh(lookups)


@pytest.mark.parametrize("seed", range(8))
def test_random_edits_and_undos_keep_every_table_fresh(seed):
    """Any mix of link, outline and people edits, undone in any order."""
    rng = random.Random(seed)
    plan = _plan(n=30, seed=seed)
    lookups, refused = _follow(plan)
    undo: list = []
    for _step in range(60):
        uids = [t.uid for t in plan.tasks]
        kind = rng.randrange(7)
        try:
            if kind == 0:
                a, b = rng.sample(uids, 2)
                plan.add_link(Link(a, b))
                undo.append(lambda a=a, b=b: plan.remove_link(a, b))
            elif kind == 1 and plan.links:
                lk = rng.choice(plan.links)
                plan.remove_link(lk.predecessor, lk.successor)
                undo.append(lambda lk=lk: plan.add_link(lk))
            elif kind == 2:
                old = plan.indent([rng.choice(uids)])
                undo.append(lambda old=old: plan.set_outline_levels(old))
            elif kind == 3:
                old = plan.outdent([rng.choice(uids)])
                undo.append(lambda old=old: plan.set_outline_levels(old))
            elif kind == 4:
                a, b = rng.sample(uids, 2)
                old = plan.move_tasks([a], b)
                undo.append(lambda old=old: plan.reorder(*old))
            elif kind == 5:
                people = [(r, rng.choice((1.0, 0.5))) for r in rng.sample(range(1, 5), 2)]
                edit = set_assignments(plan, rng.choice(uids), people[: rng.randint(0, 2)])
                undo.append(lambda edit=edit: restore_assignments(plan, edit))
            elif undo:
                undo.pop()()
        except AppError:
            pass  # refused by the plan: nothing changed
        _assert_fresh(lookups)
    while undo:
        undo.pop()()
        _assert_fresh(lookups)
    assert refused == []
    assert np.array_equal(lookups.link_ends[0], [lk.predecessor for lk in plan.links])
