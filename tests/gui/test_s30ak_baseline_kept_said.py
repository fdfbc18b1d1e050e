"""Set Baseline's overwrite question defaults to No; a keyboard user who pressed Enter twice
kept the old baseline and heard nothing. The status bar now says it was not changed."""

from __future__ import annotations

from app.ui.budget.baseline_dialog import SetBaselineDialog
from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)


def test_s30ak_baseline_kept_is_said(window, monkeypatch):  # noqa: F811
    plan = window.document.plan
    index = min(plan.baselines)  # the demo has its baseline saved
    before = plan.baselines[index]
    monkeypatch.setattr(SetBaselineDialog, "ask", classmethod(lambda cls, *a: (index, False, "")))
    monkeypatch.setattr(SetBaselineDialog, "confirm_overwrite", classmethod(lambda cls, *a: False))
    window.action_collection["set_baseline"].trigger()
    assert plan.baselines[index] is before
    assert window.statusBar().currentMessage() == f"{before.label()} not changed"
