"""One Duration edit on a generated 10,000-task plan with split tasks (every tenth task of 2
days or more: 470 split; make_plan(10_000, 12_000, 3, n_resources=100)), and the Indicators
of the 50 rows a sheet paints after it.

Each split task's parts were read twice an edit (the cost report judging who is
over-allocated, then the Indicators for the whole plan), each time with every assignment
read for the people's calendars. Here (min / median of 8, two turns with fd402f6 on the
shared 2-core box, loaded): 96-126 / 202-237 ms -> 37-82 / 44-117 ms. In the real window
(setData, events, repaint, whose sheet paint is most of it; min of 8 edits, in turns):
0.205-0.235 s -> 0.172-0.224 s CPU. No timing is asserted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.splits import Split
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.models.indicators import IndicatorCells
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def split_plan(qapp):
    plan = make_plan(10_000, 12_000, 3, n_resources=100)
    long = [t for t in plan.tasks if t.outline_level == 2 and t.duration_minutes >= 960]
    for task in long[9::10]:
        plan.update_task(replace(task, splits=(Split(480, 960),)))
    document = Document(plan)
    return document, IndicatorCells(document), long


def test_bench_s24sp_duration_edit_with_splits(benchmark, split_plan):
    document, marks, long = split_plan
    edited = iter(long[3000:])
    rows = [t.uid for t in document.plan.tasks[5000:5050]]

    def edit() -> int:
        uid = next(edited).uid
        execute(document, EditTaskCommand(document, uid, "Duration", duration_minutes=4800))
        return sum(len(marks.marks(row)) for row in rows)  # the rows painted after it

    assert benchmark.pedantic(edit, rounds=8, iterations=1) >= 0
