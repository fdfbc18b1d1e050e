"""The status bar counts tasks with progress dated after the status date, as gantry info
does (tester s30xt, M3); hidden without a status date or such a task."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.tracking import typed_progress
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.status_fit import full_text
from tests.gui.conftest import build_plan


def _window(qtbot, status: datetime | None) -> MainWindow:
    plan = build_plan()  # Code (uid 5) is scheduled from Fri 2026-03-06
    plan.project = replace(plan.project, status_date=status)
    doc = Document(plan)
    code = doc.plan.task(5)
    doc.plan.update_task(replace(code, **typed_progress(code, doc.schedule.get(5), 50.0)))
    win = MainWindow(Document(doc.plan))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    return win


def test_s30tb_status_bar_counts_progress_after_the_status_date(qtbot):
    win = _window(qtbot, datetime(2026, 3, 2, 17, 0))  # before Code even starts
    assert win.status_ahead.isVisible()
    assert full_text(win.status_ahead) == "Progress after status date: 1"
    assert "Code" in win.status_ahead.toolTip()
    win.close()


def test_s30tb_status_bar_says_nothing_when_progress_is_before_it(qtbot):
    win = _window(qtbot, datetime(2026, 3, 31, 17, 0))
    assert not win.status_ahead.isVisible()
    win.close()
    assert not _window(qtbot, None).status_ahead.isVisible()
