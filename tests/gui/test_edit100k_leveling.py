"""Level Resources on a large plan: Cancel stops the leveler itself, and the delays land as
one undo step whose schedule and costs are those of the plan computed afresh."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.domain import leveling as leveling_module
from app.domain.costs import compute_costs
from app.domain.errors import CancelledError
from app.domain.events import Change, Entity
from app.domain.leveling_resume import has_leveling
from app.domain.scheduler import schedule
from app.store.document import GantryFile, read_plan
from app.ui import background
from app.ui.background import Cancelled
from app.ui.document import Document
from app.ui.team import leveling_actions
from app.ui.team.leveling_actions import level_resources
from app.ui.team.view import TeamView
from tests.bench.generate import make_plan


class GatedLeveler:
    """The real leveler, whose progress reports wait until the test has pressed Cancel."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.answers: list[bool] = []
        self.stopped = threading.Event()

    def __call__(self, plan, sched, only=None, progress=None, network=None, options=None):
        assert progress is not None  # a large plan levels with a bar that can stop it

        def hear(done: int, total: int) -> bool:
            self.release.wait(10)
            answer = progress(done, total)
            self.answers.append(answer)
            return answer

        try:
            return leveling_module.level(plan, sched, only, hear, network, options)
        except CancelledError:
            self.stopped.set()
            raise


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(make_plan(3000, 4500, 2, n_resources=15)))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _click_cancel_then(then) -> None:
    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown = [w for w in found if w.isVisible()]
        if not shown:
            QTimer.singleShot(20, look)
            return
        shown[0].findChild(QPushButton).click()
        then()

    QTimer.singleShot(0, look)


def test_cancel_stops_the_leveler_itself(view, qtbot, monkeypatch) -> None:
    gated = GatedLeveler()
    monkeypatch.setattr(leveling_actions, "level", gated)
    doc = view.document
    _click_cancel_then(gated.release.set)
    with pytest.raises(Cancelled):
        level_resources(doc, view, background_from=0)
    qtbot.waitUntil(gated.stopped.is_set, timeout=10_000)
    assert gated.answers[-1] is False  # it stopped on hearing Cancel, not by finishing
    assert all(gated.answers[:-1])
    qtbot.waitUntil(lambda: not background._RUNNING, timeout=10_000)
    assert all(t.leveling_delay_minutes == 0 for t in doc.plan.tasks)
    assert doc.undo_stack.count() == 0


def test_delays_apply_as_one_step_with_the_fresh_schedule_and_costs(view) -> None:
    doc = view.document
    plan = doc.plan
    before = compute_costs(plan, schedule(plan))
    assert doc.costs == before
    level_resources(doc, view, background_from=0)
    delayed = [t for t in plan.tasks if t.leveling_delay_minutes]
    assert len(delayed) > 150  # 15 people on 2000 tasks: many wait
    assert doc.undo_stack.count() == 1
    fresh = schedule(plan)
    assert dict(doc.schedule.times) == dict(fresh.times)
    assert doc.costs == compute_costs(plan, fresh)
    doc.undo_stack.undo()
    assert all(t.leveling_delay_minutes == 0 for t in plan.tasks)
    assert doc.costs == before


def test_the_delays_reach_the_file_as_the_one_change_they_are(qtbot, tmp_path) -> None:
    """Applied as one change of many tasks, every delay is written, and undo writes them back."""
    path = tmp_path / "levelled.gantry"
    file = GantryFile.create(path, make_plan(600, 900, 2, n_resources=15))
    doc = Document(file.plan, file)
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    heard: list[Change] = []
    doc.plan.changes.subscribe(heard.append)
    level_resources(doc, widget)
    delays = {t.uid: t.leveling_delay_minutes for t in doc.plan.tasks}
    assert sum(1 for d in delays.values() if d) > 20
    task_changes = [c for c in heard if c.entity is Entity.TASK]
    assert len(task_changes) == 1
    # Delayed, or split by leveling with no delay of its start (since s15): one change.
    assert set(task_changes[0].keys) == {t.uid for t in doc.plan.tasks if has_leveling(t)}
    assert {t.uid: t.leveling_delay_minutes for t in read_plan(path).tasks} == delays
    assert [t.splits for t in read_plan(path).tasks] == [t.splits for t in doc.plan.tasks]
    doc.undo_stack.undo()
    assert all(t.leveling_delay_minutes == 0 for t in read_plan(path).tasks)
    file.close()
