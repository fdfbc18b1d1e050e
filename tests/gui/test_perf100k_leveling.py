"""Level Resources on a large plan: the computation runs behind a progress dialog with
Cancel, the window keeps answering meanwhile, and the delays land as one undo step."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.domain import leveling as leveling_module
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.ui.background import Cancelled
from app.ui.document import Document
from app.ui.team import leveling_actions
from app.ui.team.leveling_actions import level_resources
from app.ui.team.view import TeamView
from tests.bench.generate import make_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana on two tasks at once, and Ben booked at 150% on a task of his own."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Test", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.5, 3 * DAY))
    return plan


class SlowLeveler:
    """The real leveler, held back until the test lets it go (the thread it runs on is
    recorded, to show it is not the GUI thread)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.thread: threading.Thread | None = None

    def __call__(self, plan, schedule, only=None, progress=None, network=None, options=None):
        self.thread = threading.current_thread()
        self.started.set()
        self.go_on.wait(10)
        return leveling_module.level(plan, schedule, only, progress, network, options)


@pytest.fixture
def slow(monkeypatch):
    leveler = SlowLeveler()
    monkeypatch.setattr(leveling_actions, "level", leveler)
    yield leveler
    leveler.go_on.set()  # a cancelled run ends on its own thread


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.show()
    widget.background_from = 0  # as if the plan were large
    return widget


def _dialog() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    visible = [w for w in found if w.isVisible()]
    return visible[0] if visible else None


def _when_dialog_shows(then) -> list[str]:
    """Call ``then(dialog)`` once the leveling's progress dialog is on screen."""
    seen: list[str] = []

    def look() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.labelText())
        then(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_leveling_runs_off_the_gui_thread_behind_a_dialog_then_is_one_undo_step(view, slow):
    doc = view.document
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)  # the GUI thread's event loop keeps running while leveling computes

    def release(_dialog: QProgressDialog) -> None:
        slow.go_on.set()

    seen = _when_dialog_shows(release)
    view.level_resources()
    timer.stop()

    assert seen == ["Leveling resources…"]
    assert slow.thread is not None
    assert slow.thread is not threading.main_thread()
    assert len(ticks) >= 5
    delays = {t.uid: t.leveling_delay_minutes for t in doc.plan.tasks}
    assert delays[1] == 0
    assert delays[2] == 5 * DAY  # Build waits for Design: Ana is free then
    assert doc.undo_stack.count() == 1
    # Ben alone is booked beyond his max units: no delay helps him.
    assert "Still over-allocated: Ben." in view.summary.text()
    assert "Ana" not in view.summary.text().split("Still over-allocated:")[1].split(".")[0]
    doc.undo_stack.undo()
    assert all(t.leveling_delay_minutes == 0 for t in doc.plan.tasks)
    assert QApplication.overrideCursor() is None


def test_cancel_while_leveling_moves_nothing(view, slow):
    doc = view.document
    before = {t.uid: t.leveling_delay_minutes for t in doc.plan.tasks}

    def cancel(dialog: QProgressDialog) -> None:
        assert slow.started.is_set()
        dialog.findChild(QPushButton).click()

    seen = _when_dialog_shows(cancel)
    with pytest.raises(Cancelled):
        level_resources(doc, view, background_from=0)
    assert seen
    assert {t.uid: t.leveling_delay_minutes for t in doc.plan.tasks} == before
    assert doc.undo_stack.count() == 0
    _when_dialog_shows(cancel)
    view.level_resources()  # the view's button says so instead of raising
    assert view.summary.text() == "Leveling cancelled; nothing moved."
    assert doc.undo_stack.count() == 0


def test_leveling_reuses_the_documents_schedule_only_when_no_task_is_delayed(
    qtbot, monkeypatch
) -> None:
    doc = Document(make_plan(600, 900, 2, n_resources=15))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    fresh = leveling_module.level(leveling_module.without_leveling(doc.plan), schedule(doc.plan))
    assert fresh.delays  # 15 people on 570 tasks: leveling has work to do
    scheduled: list[int] = []

    def counting(plan):
        scheduled.append(len(plan.tasks))
        return schedule(plan)

    monkeypatch.setattr(leveling_actions, "schedule", counting)
    assert leveling_actions.compute_leveling(doc, widget) == fresh
    assert scheduled == []  # no delays yet: the document's schedule is the base

    level_resources(doc, widget)
    assert any(t.leveling_delay_minutes for t in doc.plan.tasks)
    again = leveling_actions.compute_leveling(doc, widget)
    assert scheduled == [600]  # the delays are cleared in a copy, which is scheduled anew
    assert again == fresh
