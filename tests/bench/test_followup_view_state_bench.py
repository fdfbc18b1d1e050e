"""Reopening a 100k-task plan as it was left: 10k collapsed summaries read and folded.

The figure is what opening adds on the GUI thread: read the kept view from the
settings file and collapse its summaries in the sheet (one layout change).
Saving it on close is measured too. No timing is asserted here.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.ui.document import Document, ScheduledPlan, schedule_plan
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_rows import summary_uids
from app.ui.plan_view import restore_folds
from app.ui.settings import PlanView, Settings
from tests.bench.generate import make_plan

ROUNDS = 5


@pytest.fixture(scope="module")
def scheduled_100k() -> ScheduledPlan:
    return schedule_plan(make_plan(100_000, 150_000, 3))


def test_bench_reopen_with_10k_collapsed_summaries_100k(benchmark, qtbot, tmp_path, scheduled_100k):
    settings = Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))
    plan = scheduled_100k.plan
    summaries = sorted(summary_uids(plan.tasks))
    # every other summary, up to 10k: runs of one, the settings' worst case
    collapsed = frozenset(summaries[::2][:10_000])
    path = tmp_path / "big.gantry"
    view = PlanView("weeks", 12.0, datetime(2026, 1, 5), plan.tasks[500].uid, collapsed)
    settings.set_plan_view(path, view)
    settings.sync()
    doc = Document(plan, scheduled=scheduled_100k)
    models: list[TaskTreeModel] = []

    def fresh_model():
        while models:
            models.pop().detach()
        models.append(TaskTreeModel(doc))
        return (), {}

    def reopen():
        kept = Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))
        restore_folds(models[-1], kept.plan_view(path))

    benchmark.pedantic(reopen, setup=fresh_model, rounds=ROUNDS, iterations=1)
    assert models[-1].collapsed_uids() == collapsed
    benchmark.extra_info["collapsed"] = len(collapsed)
    benchmark.extra_info["summaries"] = len(summaries)


def test_bench_save_view_with_10k_collapsed_summaries(benchmark, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))
    view = PlanView("weeks", 12.0, datetime(2026, 1, 5), 7, frozenset(range(1, 20_000, 2)))

    def save():
        settings.set_plan_view(tmp_path / "big.gantry", view)
        settings.sync()

    benchmark.pedantic(save, rounds=ROUNDS, iterations=1)
