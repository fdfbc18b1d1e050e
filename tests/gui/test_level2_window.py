"""The window levels on its scheduler's network: no network is built, the delays are the same.

With and without leveling delays to clear first, on the GUI thread (small
plans) and behind the progress dialog (large ones).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget

from app.domain import leveling as leveling_module
from app.domain.leveling import level, without_leveling
from app.domain.scheduler import schedule
from app.ui.document import Document
from app.ui.team.leveling_actions import compute_leveling, level_resources
from tests.bench.generate import make_plan


@pytest.mark.parametrize("background_from", [10_000, 1], ids=["gui-thread", "worker"])
def test_the_window_levels_without_building_a_network(qtbot, monkeypatch, background_from):
    doc = Document(make_plan(600, 900, 2, n_resources=15))
    parent = QWidget()
    qtbot.addWidget(parent)
    t = next(t for t in doc.plan.tasks if t.outline_level == 2 and t.duration_minutes)
    doc.plan.update_task(replace(t, duration_minutes=t.duration_minutes * 3))  # an edit first
    fresh = level(without_leveling(doc.plan), schedule(doc.plan))
    assert fresh.moves
    built: list[int] = []
    real = leveling_module.build_network

    def counting(plan):
        built.append(len(plan.tasks))
        return real(plan)

    monkeypatch.setattr(leveling_module, "build_network", counting)
    assert doc.network is not None
    assert compute_leveling(doc, parent, background_from) == fresh
    level_resources(doc, parent, background_from)
    assert any(t.leveling_delay_minutes for t in doc.plan.tasks)
    # With delays to clear, the copy without them is scheduled anew; the held network
    # (built with the delays, which change no calendar) still serves.
    assert compute_leveling(doc, parent, background_from) == fresh
    assert built == []


def test_no_network_while_edits_wait_in_a_batch(qtbot) -> None:
    doc = Document(make_plan(60, 80, 1, n_resources=3))
    t = next(t for t in doc.plan.tasks if t.outline_level == 2)
    with doc.plan.batch():
        doc.plan.update_task(replace(t, duration_minutes=t.duration_minutes + 480))
        assert doc.network is None  # behind the edit: level() builds its own
    assert doc.network is not None
