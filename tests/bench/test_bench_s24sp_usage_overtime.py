"""Task Usage of a generated 20,000-task plan under one top summary (33,334 rows), one
assignment in 997 with 2 h overtime and Overtime Work shown: the rows a repaint reads after
an edit's new figures (update_tree forgets the sums).

Each task's and person's row summed the rows below it, so the top summary walked every row
of the plan after each edit; the sums are made once per outline or edit now, from the
assignment rows with overtime up. Here (min / median of 5, load 10-13 on the shared 2-core
box): fd402f6 261 / 331 ms -> 20 / 20 ms. At 100k tasks (166,667 rows) in the window, a Duration
edit, the view's refresh and the 40 rows' overtime (min of 5, in turns with fd402f6): the
sums 0.452-0.537 s -> 0.028-0.081 s CPU; the whole edit, refresh and repaint 1.1-2.3 s ->
0.8-1.6 s. No timing is asserted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.plan import Plan
from app.domain.task import Task
from app.domain.usage import Scale
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def task_usage(qapp):
    made = make_plan(20_000, 24_000, 3, n_resources=200)
    top = max(t.uid for t in made.tasks) + 1
    plan = Plan(project=made.project, calendars=made.calendars)
    plan.tasks = [
        Task(top, "Project", outline_level=1),
        *(replace(t, outline_level=t.outline_level + 1) for t in made.tasks),
    ]
    plan.links, plan.resources = made.links, made.resources
    plan.assignments = [
        replace(a, overtime_work_minutes=120) if k % 997 == 5 else a
        for k, a in enumerate(made.assignments)
    ]
    view = UsageView(Document(plan))
    view.resize(1400, 800)
    view.show()
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.WEEKS)
    view.wait_built()
    view.show_overtime_column()
    yield view
    view.close()
    view.deleteLater()


def test_bench_s24sp_usage_overtime_after_an_edit(benchmark, task_usage):
    model = task_usage.tree_model

    def forget() -> None:  # untimed: an edit's new figures
        model.update_tree(model.tree, model._over)

    def painted() -> int:
        return sum(model.overtime(model.shown[k]) or 0 for k in range(40))

    assert benchmark.pedantic(painted, setup=forget, rounds=5, iterations=1) > 0
