"""Assignment Information's contour, units and work worked out on a generated 100,000-task
plan (make_plan(100_000, 120_000, 3, n_resources=1000): 66,666 assignments), some tasks
under way and some with actual work entered.

contour_edit read every assignment of the plan for whose work done counts (entered_tasks),
units_edit and work_edit too through assignment_need; they read the edited task's own.
400 edits (100 assignments x Bell, Back Loaded, units, work; the task rows index built
before, as an open plan has it), in turns with fd402f6 on the shared 2-core box:
0.59-0.80 s -> 0.019-0.021 s CPU (1.5-2 ms -> 0.05 ms an edit). No timing is asserted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.assignment_work import contour_edit, units_edit, work_edit
from app.domain.contours import WorkContour
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def staffed():
    plan = make_plan(100_000, 120_000, 3, n_resources=1000)
    held = [
        a
        for a in plan.assignments
        if plan.task(a.task_uid).duration_minutes > 0 and not plan.is_summary(a.task_uid)
    ]
    for a in held[:2000:50]:
        task = plan.task(a.task_uid)
        plan.update_task(replace(task, percent_complete=40, actual_start=plan.project.start))
    for a in held[:2000:100]:
        plan.update_assignment(replace(a, actual_work_minutes=60))
    plan.assignments_of_task(held[0].task_uid)  # the task rows index, as an open plan has it
    return plan, held[:2000:20]


def test_bench_s24sp_assignment_information_edits(benchmark, staffed):
    plan, picked = staffed

    def edits() -> int:
        made = 0
        for a in picked:
            for contour in (WorkContour.BELL, WorkContour.BACK_LOADED):
                made += len(contour_edit(plan, a.uid, contour)[1])
            made += len(units_edit(plan, a.uid, 0.5)[1])
            made += len(work_edit(plan, a.uid, 4000)[1])
        return made

    assert benchmark.pedantic(edits, rounds=5, iterations=1) > 0
