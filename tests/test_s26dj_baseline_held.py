"""gantry diff on a baseline or interim plan set or cleared says what it holds (or held).

An auditor comparing versions saw only ``added Baseline (0)``; now each task's saved
values follow it, as edits to an existing baseline are listed (the text and a printout
the first 10 tasks and then how many more, s27dg); a cleared baseline lists what was lost. The change report (``-o``,
Project > Compare with Plan) shares the lines.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from app.cli.diff_document import diff_report, report_rows
from app.cli.diff_listed import LISTED_TASKS, listed
from app.cli.diff_text import DiffWriter
from app.cli.plan_io import read_plan_file
from app.domain.diff import Held, diff_plans
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.domain.plan import Plan

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _lines(old: Plan, new: Plan) -> list[str]:
    changes = diff_plans(old, new, held=Held(tracking=True))
    writer = DiffWriter(old, new)
    return [writer.line(c) for c in listed(changes)]  # as gantry diff prints them (s27dg)


def _without_baseline(plan: Plan) -> Plan:
    return dataclasses.replace(plan, baselines={})


def test_s26dj_a_cleared_baseline_lists_what_each_task_held_then_how_many_more() -> None:
    plan = read_plan_file(DEMO)
    base = plan.baselines[0]
    assert len(base.entries) > LISTED_TASKS  # 61: the cap is met
    lines = _lines(plan, _without_baseline(plan))
    assert lines[0].startswith("removed  Baseline (0)")
    first = plan.task(base.entries[0].task_uid)
    entry = base.entry(first.uid)
    assert entry is not None
    start = entry.start.strftime("%Y-%m-%d %H:%M")
    # s27di: the task by its ID (its row: the same in both plans, so no UID beside it)
    want = f"changed  Baseline (0) of ID {plan.index_of(first.uid) + 1} '{first.name}'"
    assert any(ln.startswith(want) and f"Baseline Start {start} -> NA" in ln for ln in lines)
    listed = {ln.split("'")[1] for ln in lines if ln.startswith("changed  Baseline (0) of ID")}
    assert len(listed) == LISTED_TASKS
    total = len(base.entries)
    assert lines[-1].endswith(
        f"and {total - LISTED_TASKS} more tasks not listed "
        f"({total} in all; a .csv or .xlsx report lists every one)"
    )


def test_s26dj_an_added_baseline_lists_its_values_in_the_report_rows_too() -> None:
    plan = read_plan_file(DEMO)
    old = _without_baseline(plan)
    changes = diff_plans(old, plan, held=Held(tracking=True))
    assert changes[0].kind == "added"
    cost = next(c for c in changes if c.kind == "changed" and c.field == "cost")
    assert cost.old is None
    assert cost.new is not None
    rows = report_rows(DiffWriter(old, plan), changes)
    assert any(r[0] == "changed" and r[2] == "Baseline Cost" and r[3] == "NA" for r in rows)
    # s27dg: the CSV and workbook rows (and --json) hold every task; a printout counts
    total = len(plan.baselines[0].entries)
    assert len({r[1] for r in rows if r[0] == "changed"}) == total
    assert not [r for r in rows if r[0] == "more"]
    printed = diff_report(DiffWriter(old, plan), changes, ("old.gantry", "new.gantry")).printed
    assert printed is not None
    more = [r for r in printed if r[0] == "more"]
    assert len(more) == 1
    assert more[0][3].startswith(f"and {total - LISTED_TASKS} more tasks not listed")


def test_s26dj_an_added_interim_plan_lists_each_tasks_start_and_finish() -> None:
    plan = read_plan_file(DEMO)
    task = plan.tasks[3]
    start, finish = datetime(2027, 3, 1, 9), datetime(2027, 3, 5, 17)
    interim = InterimPlan(1, (InterimEntry(task.uid, start, finish),))
    new = dataclasses.replace(plan, interims={1: interim})
    lines = _lines(plan, new)
    assert lines == [
        "added    Interim plan Start1/Finish1",
        f"changed  Interim plan Start1/Finish1 of ID 4 '{task.name}': "
        "Start1 NA -> 2027-03-01 09:00",
        f"changed  Interim plan Start1/Finish1 of ID 4 '{task.name}': "
        "Finish1 NA -> 2027-03-05 17:00",
    ]
    assert _lines(new, plan)[0] == "removed  Interim plan Start1/Finish1"
    assert "Start1 2027-03-01 09:00 -> NA" in _lines(new, plan)[1]
