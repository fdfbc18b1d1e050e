"""Changing the leveling options of a 100k-task plan in the window (Project > Leveling Options… OK).

The options move no date: the document keeps its schedule and costs (it scheduled and
costed the whole plan again, ~2 s). ``rescheduled``: the same change on a start date,
which must still schedule the plan, for comparison. ``make bench``; nothing timed is
asserted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.leveling import LevelingOptions, LevelingOrder
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.project_commands import SetProjectCommand
from tests.bench.generate import make_plan

_ID_ONLY = LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False)


@pytest.fixture(scope="module")
def document(qapp):
    return Document(make_plan(100_000, 150_000, 3, n_resources=1000))


def _change_and_undo(doc: Document, **fields: object) -> None:
    execute(doc, SetProjectCommand(doc, replace(doc.plan.project, **fields)))
    doc.undo_stack.undo()


def test_bench_s14g_leveling_options_100k(benchmark, document) -> None:
    benchmark.pedantic(_change_and_undo, args=(document,), kwargs={"leveling": _ID_ONLY}, rounds=5)


def test_bench_s14g_start_date_100k_rescheduled(benchmark, document) -> None:
    later = document.plan.project.start + timedelta(days=7)
    benchmark.pedantic(_change_and_undo, args=(document,), kwargs={"start": later}, rounds=3)
