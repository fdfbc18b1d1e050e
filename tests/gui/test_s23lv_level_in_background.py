"""Level Resources from the window on a plan of 1000+ tasks: the work runs on a worker
behind the progress dialog (the window froze 0.2-0.3 s without a word), Cancel changes
nothing, and no thread of the leveling runs on once the cyclic collector is back on
(app.ui.background: a collection on a worker's thread deadlocked with the GUI thread)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.domain import leveling_placement
from app.domain.schedule_times import ScheduleTimes
from app.ui import background, project_menu
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.team import leveling_actions
from tests.bench.generate import make_plan


@pytest.fixture(autouse=True)
def _no_work_left_running(qtbot):
    """Work an earlier test started and never waited for holds the collector until it ends
    (as tests/gui/test_s22_worker_collector.py waits for it)."""
    for job in list(background._JOBS):
        job.finish()
    qtbot.waitUntil(lambda: not background._RUNNING, timeout=20_000)
    assert gc.isenabled()


@pytest.fixture
def window(qtbot):
    plan = make_plan(1000, 1500, 3, n_resources=10)
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.show()
    return win


def _leveling_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("leveling-read")]


def test_s23lv_a_thousand_tasks_level_on_a_worker_as_one_undo_step(window, monkeypatch):
    seen: list[tuple[threading.Thread, bool]] = []
    real = leveling_actions.level

    def spying(*args, **kwargs):
        seen.append((threading.current_thread(), gc.isenabled()))
        return real(*args, **kwargs)

    monkeypatch.setattr(leveling_actions, "level", spying)
    doc = window.document
    project_menu.level_resources(window)
    assert len(seen) == 1
    thread, collector_on = seen[0]
    assert thread is not threading.main_thread()
    assert not collector_on  # held while the worker runs
    assert gc.isenabled()
    assert any(t.leveling_delay_minutes for t in doc.plan.tasks)
    assert doc.undo_stack.count() == 1
    assert window.statusBar().currentMessage().startswith("Delayed ")


def test_s23lv_cancel_changes_nothing_and_no_leveling_thread_outlives_the_collectors_hold(
    window, monkeypatch, qtbot
):
    """Cancel while the schedule's columns are computed in leveling's own thread (large
    plans, app.domain.leveling_placement._meanwhile): the collector stays off until that
    thread too has ended."""
    monkeypatch.setattr(leveling_placement, "IN_THREAD_FROM", 0)  # the large-plan path
    release = threading.Event()
    real = ScheduleTimes.columns

    def slow(self, percent=True):
        release.wait(20)  # the columns take long (20 s: a failing test ends)
        return real(self, percent)

    monkeypatch.setattr(ScheduleTimes, "columns", slow)
    doc = window.document
    before = [t.leveling_delay_minutes for t in doc.plan.tasks]
    clicked: list[str] = []

    def cancel_once_shown() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, cancel_once_shown)
            return
        clicked.append(shown[0].labelText())
        shown[0].findChild(QPushButton).click()

    QTimer.singleShot(0, cancel_once_shown)
    project_menu.level_resources(window)
    assert clicked == ["Leveling resources…"]
    assert window.statusBar().currentMessage() == "Leveling cancelled; nothing moved."
    assert [t.leveling_delay_minutes for t in doc.plan.tasks] == before
    assert doc.undo_stack.count() == 0
    # The window gave up waiting; leveling's thread still computes: no collection may run.
    assert _leveling_threads()
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: not background._RUNNING, timeout=20_000)
    assert not _leveling_threads()
    assert gc.isenabled()
