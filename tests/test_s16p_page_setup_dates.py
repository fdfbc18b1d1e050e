"""Page Setup offers as its from/to dates what 'Whole project' prints: a deadline after the
finish is inside them, so unticking 'Whole project' does not cut its arrow off."""

from __future__ import annotations

from app.store.document import GantryFile
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog
from tests.test_s15u_usage_blank_pages import session
from tests.test_s16p_print_range_marks import DEADLINE, START, short_plan

__all__ = ["session"]  # the fixture, used by name


def test_page_setup_dates_reach_the_deadline(session, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "deadline.gantry"
    GantryFile.create(path, short_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    offered = []

    def ask(parent, options, start, finish):
        offered.append((start, finish))
        return

    monkeypatch.setattr(PageSetupDialog, "ask", ask)
    assert actions.page_setup(window, window.document) is None
    ((start, finish),) = offered
    assert start <= START
    assert finish >= DEADLINE
    assert window.document.schedule.finish < DEADLINE  # the deadline is past the finish
