"""Level Resources with other plans' work included worked out those plans' bookings of the
people twice per run (once to wait for them, once to name the plans in its message); it
now finds them once, and still waits for them and names them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app import formats
from app.ui.document import Document
from app.ui.other_plans_pool import pool_of
from app.ui.team import leveling_actions
from tests.gui.test_s27op_level_across_plans import two_clients  # noqa: F401 (fixture)


def test_s27p2_other_plans_bookings_found_once(qtbot, two_clients, monkeypatch):  # noqa: F811
    a, c = two_clients
    doc = Document(formats.read_plan(c))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert pool_of(doc).include([a], None, keep=False)
    real = leveling_actions.busy_in_other_plans
    calls = []

    def counted(document):
        calls.append(document)
        return real(document)

    monkeypatch.setattr(leveling_actions, "busy_in_other_plans", counted)
    said = leveling_actions.level_resources(doc, parent)
    assert said.startswith("Also counting work in: clientA. ")
    assert "Delayed" in said
    assert len(calls) == 1
