"""Review changes shows a leveling delay as MS Project's Leveling Delay field: elapsed days.

The plan keeps the delay in working minutes; the review dialog showed them as
working days ('0d -> 3d') where ``gantry diff`` and MS Project say '0ed -> 5ed'
(three working days over a weekend). Each value is measured on the plan that
holds it, back from the task's scheduled start.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.exchange.labels import with_delay_texts
from app.ui.exchange.review_dialog import ReviewChangesDialog

DAY = 480
WED = datetime(2026, 3, 4, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lev", start=WED))
    plan.append_task(Task(1, "Design", duration_minutes=3 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    return plan


def _delayed(plan: Plan, minutes: int, started: bool = False) -> Plan:
    out = copy_plan(plan)
    task = replace(out.task(2), leveling_delay_minutes=minutes)
    if started:
        task = replace(task, actual_start=WED, percent_complete=10.0)
    out.update_task(task)
    return out


def _rows(dialog: ReviewChangesDialog) -> list[list[str]]:
    return [[node.text(c) for c in range(3)] for node in dialog.change_rows() if node.parent()]


def test_the_clients_delay_reads_in_elapsed_days(qtbot):
    base = _plan()
    theirs = _delayed(base, 3 * DAY)  # Wednesday + 3 working days: Monday, 5 edays
    items = three_way(base, theirs, copy_plan(base))
    assert [i.change.field for i in items] == ["leveling_delay_minutes"]
    shown = with_delay_texts(items, base, theirs, copy_plan(base))
    dialog = ReviewChangesDialog(shown, base.project)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["Leveling Delay", "0ed", "5ed"]]
    # what is applied stays the working minutes read
    assert items[0].change.new == 3 * DAY


def test_a_clash_shows_the_delay_here_measured_on_this_plan(qtbot):
    base = _plan()
    theirs = _delayed(base, 3 * DAY)
    ours = _delayed(base, DAY)  # leveled here since the export: Thursday, 1 eday
    items = three_way(base, theirs, ours)
    assert items[0].conflict
    shown = with_delay_texts(items, base, theirs, ours)
    assert (shown[0].ours, shown[0].change.old, shown[0].change.new) == ("1ed", "0ed", "5ed")
    dialog = ReviewChangesDialog(shown, base.project)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["Leveling Delay", "1ed", "5ed"]]


def test_a_started_tasks_pause_stays_in_working_days(qtbot):
    base = _delayed(_plan(), 0, started=True)
    theirs = _delayed(base, 2 * DAY, started=True)
    items = three_way(base, theirs, copy_plan(base))
    shown = with_delay_texts(items, base, theirs, copy_plan(base))
    assert (shown[0].change.old, shown[0].change.new) == ("0ed", "2d")


def test_other_changes_are_left_as_they_are():
    base = _plan()
    theirs = copy_plan(base)
    theirs.update_task(replace(theirs.task(1), name="Design v2"))
    items = three_way(base, theirs, copy_plan(base))
    assert with_delay_texts(items, base, theirs, copy_plan(base)) is items
