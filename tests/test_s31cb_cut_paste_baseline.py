"""Rows cut and pasted are moved with their baselines; rows copied carry them too.

Found by a team lead replanning a sprint (s31xa H1): the unfinished stories of Sprint 1 were
cut (Ctrl+X) and pasted (Ctrl+V) into Sprint 2. They came back with new ids and no
Baseline Start, Finish, Work or Cost, so the 39h already done on a moved story earned no
value and CPI fell from 1.00 to 0.89 although nothing ran over. MS Project keeps every
baseline (0..10) and interim plan with a copied or moved row; now Gantry does too, and a
cut row pasted back into its plan keeps its id (a move, not a delete and an add).

The plan: Sprint 1 (Story A, Story B), Sprint 2 (Story C), Ana on A and C, Ben on B, 100/h.
Baselines 0 and 3 and interim plan 2 saved; Story B is 50 % done at the status date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.carried_baselines import CarriedPlans
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.interim import interim_plan
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.commands import DeleteTasksCommand, execute
from app.ui.document import Document
from app.ui.settings import Settings
from app.ui.task_clipboard import PasteTasksCommand, copy_tasks

MON = datetime(2027, 1, 4, 8, 0)
STATUS = datetime(2027, 1, 6, 17, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Release", start=MON, status_date=STATUS))
    for uid, name, level, days in (
        (1, "Sprint 1", 1, 0),
        (2, "Story A", 2, 2),
        (3, "Story B", 2, 4),
        (4, "Sprint 2", 1, 0),
        (5, "Story C", 2, 3),
    ):
        plan.append_task(Task(uid, name, level, duration_minutes=days * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 3, 2, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(3, 5, 1, 1.0, 3 * DAY))
    found = schedule(plan)
    costs = compute_costs(plan, found)
    plan.set_baseline(snapshot(plan, found, costs, 0, MON))
    plan.set_baseline(snapshot(plan, found, costs, 3, MON, name="Sprint plan"))
    plan.set_interim(interim_plan(plan, found, 2, saved_at=MON))
    plan.update_task(replace(plan.task(3), percent_complete=50.0, actual_start=MON))
    return plan


def _figures(plan: Plan) -> tuple[float, float, float, float]:
    found = schedule(plan)
    total = project_earned_value(
        plan, earned_value(plan, found, compute_costs(plan, found), STATUS)
    )
    return (total.bac, total.pv, total.ev, total.ac)


def _kept(plan: Plan) -> tuple[object, ...]:
    return (list(plan.tasks), list(plan.assignments), dict(plan.baselines), dict(plan.interims))


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "release.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def test_s31cb_a_story_cut_into_the_next_sprint_keeps_its_id_baselines_and_earned_value(
    window, tmp_path
):
    plan, stack = window.document.plan, window.document.undo_stack
    figures = _figures(plan)
    assert figures[2] == pytest.approx(1600.0)  # half of Story B's 3,200 baseline earned
    before = _kept(plan)
    window.tree.select_uids([3])  # Story B, half done
    window.action_collection["cut_tasks"].trigger()
    assert not plan.has_task(3)
    window.tree.select_uids([5])  # Story C, in Sprint 2
    window.action_collection["paste_tasks"].trigger()
    assert window.statusBar().currentMessage() == "Moved 1 task"
    assert stack.undoText() == "Move task 'Story B'"
    assert [t.name for t in plan.tasks] == ["Sprint 1", "Story A", "Sprint 2", "Story B", "Story C"]
    moved = plan.task(3)  # the same task, moved: same id, progress and person
    assert (moved.percent_complete, plan.parent(3).uid) == (50.0, 4)
    assert [(a.uid, a.resource_uid) for a in plan.assignments if a.task_uid == 3] == [(2, 2)]
    for index in (0, 3):
        assert plan.baselines[index].entry(3) == before[2][index].entry(3)
        assert plan.baselines[index].assignment_entry(2) == before[2][index].assignment_entry(2)
    assert set(plan.interims[2].entries) == set(before[3][2].entries)
    assert _figures(plan) == pytest.approx(figures)  # CPI stays 1.00: nothing ran over
    reopened = read_plan(tmp_path / "release.gantry")  # the file holds the move
    assert [t.uid for t in reopened.tasks] == [1, 2, 4, 3, 5]
    assert reopened.baselines == plan.baselines
    stack.undo()
    stack.undo()
    assert _kept(plan) == before


def test_s31cb_copied_rows_carry_every_baseline_and_interim_plan_under_their_new_ids():
    document = Document(_plan())
    plan = document.plan
    before = _kept(plan)
    copied = copy_tasks(plan, [1], "Sprint 1\nStory A\nStory B")  # the sprint and its stories
    command = PasteTasksCommand(document, len(plan.tasks), 1, copied)
    execute(document, command)
    new = dict(zip((1, 2, 3), command.uids, strict=True))
    assert set(new.values()).isdisjoint({1, 2, 3, 4, 5})
    for index in (0, 3):
        base = plan.baselines[index]
        for old_uid, new_uid in new.items():
            assert base.entry(new_uid) == replace(base.entry(old_uid), task_uid=new_uid)
        pasted = {a.task_uid: a for a in plan.assignments if a.task_uid in new.values()}
        for old_uid in (2, 3):
            a = pasted[new[old_uid]]
            original = next(x for x in plan.assignments if x.task_uid == old_uid)
            assert base.assignment_entry(a.uid) == replace(
                base.assignment_entry(original.uid), assignment_uid=a.uid, task_uid=a.task_uid
            )
        # entries in row order, as a saved baseline keeps them
        rows = [plan.index_of(e.task_uid) for e in base.entries]
        assert rows == sorted(rows)
    assert plan.baselines[3].name == "Sprint plan"
    interim = {e.task_uid: e for e in plan.interims[2].entries}
    assert interim[new[2]] == replace(interim[2], task_uid=new[2])
    document.undo_stack.undo()
    assert _kept(plan) == before
    document.undo_stack.redo()
    assert plan.baselines[0].entry(new[3]) is not None


def test_s31cb_cut_rows_pasted_twice_are_moved_once_then_copied():
    document = Document(_plan())
    plan = document.plan
    copied = replace(copy_tasks(plan, [3], "Story B"), cut=True)
    execute(document, DeleteTasksCommand(document, [3]))
    first = PasteTasksCommand(document, plan.index_of(5), 2, copied)
    execute(document, first)
    second = PasteTasksCommand(document, plan.index_of(5), 2, copied)
    execute(document, second)
    assert first.uids == [3]
    assert second.uids != [3]
    assert plan.baselines[0].entry(second.uids[0]).cost == plan.baselines[0].entry(3).cost


def test_s31cb_rows_pasted_into_a_plan_without_a_baseline_bring_it():
    source = _plan()
    target = Document(Plan(project=Project(name="Next release", start=MON)))
    target.plan.add_resource(Resource(7, "Ben", standard_rate=100.0))
    copied = copy_tasks(source, [3], "Story B")
    command = PasteTasksCommand(target, 0, 1, copied)
    execute(target, command)
    (uid,) = command.uids
    base = target.plan.baselines[0]
    assert base.entry(uid) == replace(source.baselines[0].entry(3), task_uid=uid)
    (a,) = target.plan.assignments
    assert base.assignment_entry(a.uid).resource_uid == 7  # Ben there
    target.undo_stack.undo()
    assert target.plan.baselines == {}
    assert target.plan.interims == {}


def test_s31cb_a_moved_story_keeps_its_risk_link():
    document = Document(_plan())
    plan = document.plan
    plan.add_risk(Risk(1, "Payment API late", 0.4, 5000.0, task_uids=(3, 5)))
    copied = replace(copy_tasks(plan, [3], "Story B"), cut=True)
    execute(document, DeleteTasksCommand(document, [3]))
    assert plan.risk(1).task_uids == (5,)  # a delete takes the link off
    execute(document, PasteTasksCommand(document, plan.index_of(5), 2, copied))
    assert plan.risk(1).task_uids == (5, 3)
    document.undo_stack.undo()
    assert plan.risk(1).task_uids == (5,)
    document.undo_stack.undo()
    assert set(plan.risk(1).task_uids) == {3, 5}


def test_s31cb_a_row_pasted_into_a_deleted_tasks_id_reads_no_baseline_of_that_task():
    document = Document(_plan())
    plan = document.plan
    plan.append_task(Task(6, "Story D", 2, duration_minutes=DAY))  # added after the baselines
    copied = copy_tasks(plan, [6], "Story D")
    assert copied.baselines == CarriedPlans()  # no baseline holds it
    execute(document, DeleteTasksCommand(document, [5]))  # Story C, baselined: its id is free
    execute(document, DeleteTasksCommand(document, [6]))
    before = _kept(plan)
    command = PasteTasksCommand(document, len(plan.tasks), 2, copied)
    execute(document, command)
    # not the id Story C had (a025a72a: a new task never takes an id a baseline still
    # holds, as MS Project never reuses one), so not Story C's 2,400 budget either
    (uid,) = command.uids
    assert uid != 5
    assert plan.baselines[0].entry(uid) is None
    assert all(e.task_uid != uid for e in plan.interims[2].entries)
    document.undo_stack.undo()
    assert _kept(plan) == before
