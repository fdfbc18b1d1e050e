"""Task Usage's printout reads each row's Indicators (app/ui/printing/usage_columns.py) of a
generated 25,000-task plan (make_plan(25_000, 37_500, 3, n_resources=250), 41,666 lines).

The page draws the marks' icons only; their tooltips were built too and thrown away. With
the schedule's lazy columns read beforehand, fresh marks each round, min of 3 on the shared
2-core box, start commit fd402f6 against after, in turns: 0.85-1.07 s -> 0.43-0.64 s.
"""

from __future__ import annotations

import pytest

from app.domain.usage import Scale
from app.ui.document import Document
from app.ui.printing.usage_columns import with_window_columns
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def task_usage(qapp):
    document = Document(make_plan(25_000, 37_500, 3, n_resources=250))
    view = UsageView(document)
    view.resize(1400, 800)
    view.show()
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.WEEKS)
    view.wait_built()
    for task in document.plan.tasks:  # the schedule's lazy columns, read whatever is printed
        document.schedule.get(task.uid)
    yield view, view.print_sheet()
    view.close()
    view.deleteLater()


def test_bench_s24sp_usage_print_marks(benchmark, task_usage):
    view, sheet = task_usage
    marks = view.tree_model.task_marks

    def read() -> int:
        marks._marks = None  # the marks of a fresh schedule, as after an edit
        return sum(1 for line in with_window_columns(sheet, view).lines if line.marks)

    assert benchmark.pedantic(read, rounds=3, iterations=1) > 0
