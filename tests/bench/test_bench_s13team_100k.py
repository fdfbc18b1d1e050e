"""The Team view on a generated 100,000-task plan (150,000 links, 66,666 assignments, 1,000 people).

Measured in the real main window offscreen (private settings file), min of 3,
perf_counter around the action plus processEvents, on the shared 2-core box,
before -> after today's fixes (CPU time within 2 % of the wall time):

- first switch to the Team view 2.0 s -> 0.8 s: overallocations() built every
  task's TaskTimes (2.4 s profiled) and the workload chart asked the calendar for
  each of 21,000 days and built 6,000 Mondays once per task (0.5 s);
- a duration edit with the Team view shown 1.7 s -> 0.6 s: every person swept
  again, all 66,666 assignments regrouped, 2,600 list rows rebuilt with a search
  of the plan per task name; now the people on the moved tasks only (43 ms);
- the over-allocation check Level Resources and the status bar read
  (overallocated_resources) 0.11 s, unchanged; overallocations() in full 0.39 -> 0.27 s.

No timing is asserted; compare runs made in the same minute.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.overallocation import (
    OverallocationBook,
    overallocated_resources,
    overallocations,
)
from app.ui.app import Session
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document, schedule_plan
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.bench.generate import make_plan


@pytest.fixture
def plan():
    """A fresh plan per test: the documents of one test never hear another's edits."""
    return make_plan(100_000, 150_000, 3, n_resources=1000)


def _window(qtbot, plan, tmp_path) -> MainWindow:
    ini = tmp_path / "settings.ini"
    ini.unlink(missing_ok=True)  # no kept view: the window opens on the Gantt
    scheduled = schedule_plan(plan)
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    window = MainWindow(Document(scheduled.plan, scheduled=scheduled), Session(settings))
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    QApplication.processEvents()
    return window


def test_bench_s13team_first_switch_on_100k(benchmark, qtbot, plan, tmp_path):
    windows: list[MainWindow] = []
    rounds: list[object] = []

    def open_window():
        for old in windows:
            old.close()
            old.deleteLater()
        QApplication.processEvents()
        folder = tmp_path / f"round{len(rounds)}"  # a settings file of its own: no kept view
        rounds.append(folder)
        folder.mkdir()
        windows[:] = [_window(qtbot, plan, folder)]
        assert windows[0].current_view != "team"

    def switch():
        windows[0].show_view("team")
        windows[0].grab()
        QApplication.processEvents()

    benchmark.pedantic(switch, setup=open_window, rounds=3, iterations=1)
    team = windows[0].views["team"]
    assert team.overallocation_list.count() == len(
        overallocations(windows[0].document.plan, windows[0].document.schedule)
    )


def test_bench_s13team_duration_edit_with_team_shown_on_100k(benchmark, qtbot, plan, tmp_path):
    window = _window(qtbot, plan, tmp_path)
    window.show_view("team")
    document = window.document
    uid = next(a.task_uid for a in document.plan.assignments)
    start = document.plan.task(uid).duration_minutes
    rounds = iter(range(1, 100))

    def edit():
        longer = start + 480 * next(rounds)
        execute(document, EditTaskCommand(document, uid, "d", duration_minutes=longer))
        window.grab()
        QApplication.processEvents()

    benchmark.pedantic(edit, rounds=3, iterations=1)
    team = window.views["team"]
    assert team.overallocation_list.count() == len(
        overallocations(document.plan, document.schedule)
    )


def test_bench_s13team_overallocation_check_on_100k(benchmark, plan):
    """Who is over-allocated: what the status bar and Level Resources read."""
    scheduled = schedule_plan(plan)
    people = benchmark.pedantic(
        overallocated_resources, args=(plan, scheduled.scheduler.schedule), rounds=3
    )
    assert people


def test_bench_s13team_book_after_an_edit_on_100k(benchmark, plan):
    """One duration edit: the people on the moved tasks swept again, not all 1,000."""
    document = Document(plan)
    book = OverallocationBook(plan)
    book.update(document.schedule, None)
    uid = next(a.task_uid for a in plan.assignments)
    start = plan.task(uid).duration_minutes
    rounds = iter(range(1, 100))

    def edit():
        longer = start + 480 * next(rounds)
        execute(document, EditTaskCommand(document, uid, "d", duration_minutes=longer))

    def update():
        return book.update(document.schedule, document.moved_uids)

    found = benchmark.pedantic(update, setup=edit, rounds=3, iterations=1)
    assert book.swept < 1000
    assert found == overallocations(plan, document.schedule)
