"""Project > Status Date before the project start: taken, as MS Project takes it, and said."""

from __future__ import annotations

from datetime import date

from app.store.document import GantryFile
from app.ui.project_menu import StatusDateDialog
from tests.gui.conftest import build_plan


def test_s25tr_the_window_warns_of_a_status_date_before_the_start(
    session, tmp_path, qtbot, monkeypatch
):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    start = win.document.plan.project.start.date()
    early = date(start.year - 1, 12, 1)
    monkeypatch.setattr(StatusDateDialog, "ask", classmethod(lambda c, p, d: early))
    win.action_collection["status_date"].trigger()
    said = win.statusBar().currentMessage()
    assert said.startswith(f"Status date set to {early:%a %Y-%m-%d}; the status date is before")
    assert win.document.plan.project.status_date is not None
