"""Level Resources' apply on a generated 2,000-task plan (make_plan(2000, 2500, 3,
n_resources=20)): what runs on the GUI thread once leveling found its delays (1,900 delays,
721 tasks changed, 519 delayed): level_resources with the leveling result given.

Profiled (s24sp, min of 4, 2026-11-27, loaded 2-core box): 0.13-0.17 s CPU, of it
Document.reschedule 0.09-0.14 s (the incremental forward pass over the moved tasks, then
CostBook.update reading each moved task's times, slack included, and judging who is
over-allocated) and apply_delays 0.03-0.04 s (with_leveling_delay for every delay, the
721 tasks replaced); level_resources itself under 0.01 s. Nothing in the command or in
level_resources was worth cutting; the figure is here for the reschedule's owners.
Here (wall clock, min / median of 4, load 13-14): fd402f6 603 / 754 ms, after s24sp's
other changes 419-471 / 555-629 ms. No timing is asserted.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.document import Document
from app.ui.team import leveling_actions
from tests.bench.generate import make_plan


@pytest.fixture
def leveled(qapp, monkeypatch):
    parent = QWidget()
    documents: list[Document] = []
    real = leveling_actions.leveling_and_finish

    def fresh() -> None:  # untimed: a plan and its leveling, not applied yet
        document = Document(make_plan(2000, 2500, 3, n_resources=20))
        found = real(document, parent, leveling_actions.LEVEL_IN_BACKGROUND_FROM, None)
        monkeypatch.setattr(leveling_actions, "leveling_and_finish", lambda *_a, **_k: found)
        documents[:] = [document]

    yield fresh, documents, parent
    parent.deleteLater()


def test_bench_s24sp_level_resources_apply(benchmark, leveled):
    fresh, documents, parent = leveled

    def apply() -> str:
        return leveling_actions.level_resources(documents[0], parent)

    said = benchmark.pedantic(apply, setup=fresh, rounds=4, iterations=1)
    assert said.startswith("Delayed")
