"""Opening a plan from the window: the first schedule and costs are computed off the GUI
thread, handed to the Document whole, and a cancelled or failed open changes nothing."""

from __future__ import annotations

import gc
import itertools
import threading
import weakref
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app import formats
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.progress import report
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import IncrementalScheduler, schedule
from app.io import mspdi as mspdi_module
from app.io import xml_safety
from app.store import load as load_module
from app.store import writer as writer_module
from app.store.document import GantryFile, read_plan
from app.store.lock import lock_path
from app.ui import app as app_module
from app.ui import background
from app.ui import document as document_module
from app.ui.app import Session
from app.ui.background import WorkerProgress
from app.ui.document import Document, schedule_plan
from app.ui.exchange import actions as exchange_actions
from app.ui.file_menu import FileMenu
from tests.bench.generate import make_plan
from tests.gui.conftest import build_plan


def costed_plan():
    """The sample plan with two people assigned, so the costs are not all zero."""
    plan = build_plan()
    plan.resources.append(Resource(1, "Ana", standard_rate=60.0))
    plan.resources.append(Resource(2, "Bo", standard_rate=45.0))
    plan.assignments.append(Assignment(1, 2, 1, 1.0, 3 * 480))
    plan.assignments.append(Assignment(2, 5, 2, 1.0, 5 * 480))
    plan.assignments.append(Assignment(3, 6, 1, 0.5, 480))
    return plan


@pytest.fixture
def first_window(session, tmp_path, qtbot):
    """A window already open on a small plan, as when the user picks File > Open."""
    path = tmp_path / "first.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "costed.gantry"
    GantryFile.create(path, costed_plan()).close()
    return path


@pytest.fixture
def scheduling_threads(monkeypatch):
    """Records the thread of every scheduler build and cost computation a Document uses."""
    seen: list[tuple[str, int]] = []

    class Recording(IncrementalScheduler):
        def __init__(self, plan, progress=None):
            seen.append(("schedule", threading.get_ident()))
            super().__init__(plan, progress)

    def costs(plan, sched, fraction=None, progress=None):
        seen.append(("costs", threading.get_ident()))
        return compute_costs(plan, sched, fraction, progress)

    monkeypatch.setattr(document_module, "IncrementalScheduler", Recording)
    monkeypatch.setattr(document_module, "compute_costs", costs)
    return seen


def file_open(window, path, monkeypatch):
    """File > Open through the window's action, the file dialog answering ``path``."""
    monkeypatch.setattr(FileMenu, "ask_open_path", classmethod(lambda cls, parent, start: path))
    before = list(window.session.windows)
    window.action_collection["open_plan"].trigger()
    new = [w for w in window.session.windows if w not in before]
    return new[0] if new else None


def click_cancel_later(ms, then=None):
    """Press Cancel on the progress dialog once it is up, then run ``then``."""

    def press():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if not dialogs:
            QTimer.singleShot(20, press)
            return
        dialogs[0].findChild(QPushButton).click()
        if then is not None:
            then()

    QTimer.singleShot(ms, press)


def assert_same_schedule(actual, expected):
    assert actual.start == expected.start
    assert actual.finish == expected.finish
    assert dict(actual.times) == dict(expected.times)
    assert actual.issues == expected.issues


def test_file_open_schedules_in_a_worker_and_matches_the_gui_thread(
    first_window, big_file, scheduling_threads, monkeypatch, qtbot
):
    win = file_open(first_window, big_file, monkeypatch)
    assert win is not None
    qtbot.addWidget(win)
    gui = threading.get_ident()
    kinds = [kind for kind, _thread in scheduling_threads]
    assert kinds == ["schedule", "costs"]  # the Document did not schedule again on the GUI
    assert all(thread != gui for _kind, thread in scheduling_threads)

    doc = win.document
    reference = read_plan(big_file)
    expected = schedule(reference)
    assert_same_schedule(doc.schedule, expected)
    assert doc.costs == compute_costs(reference, expected)
    assert doc.costs.total_cost > 0
    assert win.windowTitle().startswith("costed.gantry")


def test_the_handed_over_scheduler_keeps_up_with_edits(first_window, big_file, monkeypatch, qtbot):
    win = file_open(first_window, big_file, monkeypatch)
    qtbot.addWidget(win)
    doc = win.document
    plan = doc.plan
    plan.update_task(replace(plan.task(5), duration_minutes=9 * 480))  # Code: 5d -> 9d
    assert_same_schedule(doc.schedule, schedule(plan))
    assert doc.costs == compute_costs(plan, schedule(plan))
    assert read_plan(big_file).task(5).duration_minutes == 9 * 480  # the file heard it too


def test_import_of_another_format_schedules_in_a_worker(
    session, tmp_path, scheduling_threads, monkeypatch, qtbot
):
    source = tmp_path / "client.xml"
    formats.write_plan(costed_plan(), source)
    target = tmp_path / "client.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    assert [kind for kind, _ in scheduling_threads] == ["schedule", "costs"]
    assert all(thread != threading.get_ident() for _, thread in scheduling_threads)
    assert win.document.path == target
    assert_same_schedule(win.document.schedule, schedule(read_plan(target)))


def test_cancel_while_scheduling_keeps_the_old_plan_and_releases_the_file(
    first_window, big_file, monkeypatch, qtbot
):
    started, release = threading.Event(), threading.Event()

    class Slow(IncrementalScheduler):
        def __init__(self, plan, progress=None):
            started.set()
            release.wait(10)
            super().__init__(plan, progress)

    monkeypatch.setattr(document_module, "IncrementalScheduler", Slow)
    old_doc = first_window.document
    old_tasks = list(old_doc.plan.tasks)
    old_schedule = old_doc.schedule
    click_cancel_later(400, then=release.set)

    assert file_open(first_window, big_file, monkeypatch) is None
    assert started.is_set()
    assert first_window.session.windows == [first_window]
    assert first_window.document is old_doc
    assert old_doc.plan.tasks == old_tasks
    assert old_doc.schedule is old_schedule
    assert not lock_path(big_file).exists()  # the half-opened file was closed again
    assert first_window.session.open_path(big_file) is not None  # and can be opened now


def test_cancel_of_an_import_leaves_no_file_behind(session, tmp_path, monkeypatch, qtbot):
    source = tmp_path / "client.xml"
    formats.write_plan(costed_plan(), source)
    target = tmp_path / "client.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    release = threading.Event()

    class Slow(IncrementalScheduler):
        def __init__(self, plan, progress=None):
            release.wait(10)
            super().__init__(plan, progress)

    monkeypatch.setattr(document_module, "IncrementalScheduler", Slow)
    click_cancel_later(400, then=release.set)
    assert session.open_path(source) is None
    assert session.windows == []
    assert not target.exists()
    assert not lock_path(target).exists()


def test_a_plan_that_cannot_be_scheduled_gives_one_message(
    first_window, tmp_path, monkeypatch, qtbot
):
    plan = build_plan()
    plan.links.append(Link(6, 2))  # closes a loop: 2 -> 3 -> 5 -> 6 -> 2
    path = tmp_path / "loop.gantry"
    GantryFile.create(path, plan).close()
    errors = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))

    assert file_open(first_window, path, monkeypatch) is None
    assert len(errors) == 1
    assert "\n" not in errors[0]
    assert first_window.session.windows == [first_window]
    assert not lock_path(path).exists()


def test_the_garbage_collector_waits_while_a_plan_is_opened(session, big_file, monkeypatch, qtbot):
    # A full collection in the worker would hold the interpreter lock and freeze the window.
    seen = []

    class Watching(IncrementalScheduler):
        def __init__(self, plan, progress=None):
            seen.append(gc.isenabled())
            super().__init__(plan, progress)

    monkeypatch.setattr(document_module, "IncrementalScheduler", Watching)
    assert gc.isenabled()
    win = session.open_path(big_file)
    assert win is not None
    qtbot.addWidget(win)
    assert seen == [False]
    assert gc.isenabled()


def test_an_opened_plan_is_left_out_of_collections_until_its_window_closes(
    session, big_file, qtbot
):
    gc.unfreeze()
    win = session.open_path(big_file)
    assert win is not None
    qtbot.addWidget(win)
    assert gc.get_freeze_count() > 0
    win.close()
    assert gc.get_freeze_count() == 0


def test_a_document_refuses_a_schedule_of_another_plan(qtbot):
    with pytest.raises(ValueError, match="its own plan"):
        Document(build_plan(), scheduled=schedule_plan(build_plan()))


# ---------------------------------------------------------------------- reading reports progress


@pytest.fixture(scope="module")
def large_plan():
    return make_plan(3000, 4500, 3, n_resources=20)


@pytest.fixture
def large_gantry(large_plan, tmp_path):
    path = tmp_path / "large.gantry"
    GantryFile.create(path, large_plan).close()
    return path


@pytest.fixture(scope="module")
def large_xml(large_plan, tmp_path_factory):
    path = tmp_path_factory.mktemp("xml") / "large.xml"
    formats.write_plan(large_plan, path)
    return path


class Reports(list):
    """Progress reports in the order heard, and ``bars``: the same split per dialog."""

    def __init__(self):
        super().__init__()
        self.bars: list[list[tuple[int, int, bool]]] = []


@pytest.fixture
def recorded_progress(monkeypatch):
    """Every report the open's progress callbacks hear, as (done, total, cancelled);
    ``.bars`` holds them apart, one list per progress dialog (callback) in order."""
    seen = Reports()

    class Recording(WorkerProgress):
        def __init__(self):
            super().__init__()
            self.heard: list[tuple[int, int, bool]] = []
            seen.bars.append(self.heard)

        def __call__(self, done, total):
            answer = super().__call__(done, total)
            seen.append((done, total, self.cancelled))
            self.heard.append((done, total, self.cancelled))
            return answer

    monkeypatch.setattr(app_module, "WorkerProgress", Recording)
    monkeypatch.setattr(exchange_actions, "WorkerProgress", Recording)
    return seen


class Held:
    """A reader's per-row or per-piece step, made to wait at its ``at``-th call until
    ``go_on`` is set, so the test decides when the read goes on (``reached``: it waits;
    ``timed_out``: nobody let it go on)."""

    def __init__(self, monkeypatch, module, name, at=2):
        self.reached, self.go_on = threading.Event(), threading.Event()
        self.timed_out = False
        real = getattr(module, name)
        calls = [0]

        def held(*args, **kwargs):
            calls[0] += 1
            if calls[0] == at:
                self.reached.set()
                self.timed_out = not self.go_on.wait(10)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, held)

    def cancel_once_reached(self):
        """Press Cancel on the dialog once the reader waits, then let the reader go on."""

        def press():
            dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
            if not self.reached.is_set() or not dialogs:
                QTimer.singleShot(10, press)
                return
            dialogs[0].findChild(QPushButton).click()
            self.go_on.set()

        QTimer.singleShot(0, press)


def dialog_values_until(qtbot, condition):
    """Poll the progress dialog's value and maximum while the open runs; stop once
    ``condition(values)`` holds. Returns the values seen."""
    values: list[tuple[int, int]] = []

    def look():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.maximum() > 0:
                values.append((w.value(), w.maximum()))
        if not condition(values):
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return values


def test_opening_a_large_gantry_file_moves_the_bar_while_it_reads(
    session, large_gantry, recorded_progress, monkeypatch, qtbot
):
    # The rows of the tasks table are held past the first block until the dialog shows
    # a value between empty and full: the bar moved while the file was being read.
    held = Held(monkeypatch, load_module, "_task", at=2000)
    values = dialog_values_until(
        qtbot, lambda vs: any(0 < v < m for v, m in vs) and (held.go_on.set() or True)
    )
    win = session.open_path(large_gantry)
    assert win is not None
    qtbot.addWidget(win)
    assert held.reached.is_set()
    assert not held.timed_out  # the dialog showed the read moving while the reader waited
    assert any(0 < v < m for v, m in values)
    dones = [done for done, _total, _c in recorded_progress]
    assert dones == sorted(dones)
    total, read_end = app_module._TOTAL, app_module._READ
    assert {t for _d, t, _c in recorded_progress} == {total}  # one bar throughout
    assert recorded_progress[-1][:2] == (total, total)  # read, scheduled, costed
    # The read itself reported, not only the steps around it; so did the schedule's phases
    # and the costing, in the rest of the bar.
    assert len({d for d in dones if 0 < d < read_end}) > 2
    assert len({d for d in dones if read_end < d < total}) > 5


def test_cancel_while_a_large_gantry_file_is_read_stops_the_reader(
    session, large_gantry, recorded_progress, monkeypatch, qtbot
):
    Held(monkeypatch, load_module, "_task").cancel_once_reached()

    assert session.open_path(large_gantry) is None
    assert session.windows == []
    assert not lock_path(large_gantry).exists()
    assert not background._RUNNING  # the reader stopped; it was not left running
    # The reader heard the cancel at its next report, long before the end of the file.
    cancelled = [done for done, _total, c in recorded_progress if c]
    assert len(cancelled) == 1
    assert cancelled[0] < 500
    with GantryFile.open(large_gantry) as again:  # released and whole
        assert len(again.plan.tasks) == 3000


def test_cancel_of_the_read_only_retry_stops_the_reader(
    session, large_gantry, recorded_progress, monkeypatch, qtbot
):
    holder = GantryFile.open(large_gantry)  # "another window" has it
    try:
        monkeypatch.setattr(Session, "ask_open_read_only", classmethod(lambda cls, p, path: True))
        Held(monkeypatch, load_module, "_task").cancel_once_reached()
        assert session.open_path(large_gantry) is None
        assert session.windows == []
        assert not background._RUNNING
        cancelled = [done for done, _total, c in recorded_progress if c]
        assert len(cancelled) == 1
        assert cancelled[0] < 500  # heard while the read-only copy was read
    finally:
        holder.close()
    assert not lock_path(large_gantry).exists()


def test_cancel_while_a_large_xml_file_is_read_stops_the_reader(
    session, large_xml, tmp_path, recorded_progress, monkeypatch, qtbot
):
    asked = []
    monkeypatch.setattr(
        Session, "ask_import_target", classmethod(lambda cls, p, s: asked.append(s))
    )
    # the plain rows' per-piece step (xml_safety._take: a file whose rows are all plain)
    Held(monkeypatch, xml_safety, "_take").cancel_once_reached()

    assert session.open_path(large_xml) is None
    assert asked == []  # nothing read, so nothing to keep
    assert session.windows == []
    assert not background._RUNNING
    assert list(large_xml.parent.glob("*.gantry")) == []
    cancelled = [done for done, total, c in recorded_progress if c]
    assert len(cancelled) == 1
    # Stopped while parsing, a few pieces into the file.
    assert cancelled[0] < mspdi_module._PARSED // 2


def test_importing_a_large_xml_file_moves_the_bar(
    session, large_xml, tmp_path, recorded_progress, monkeypatch, qtbot
):
    target = tmp_path / "large.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(large_xml)
    assert win is not None
    qtbot.addWidget(win)
    read_bar, write_bar = recorded_progress.bars
    reading = [done for done, total, _c in read_bar if total == mspdi_module.READ_STEPS]
    assert reading == sorted(reading)
    assert reading[-1] == mspdi_module.READ_STEPS
    assert len(set(reading)) > 10
    # Then one bar for scheduling, costing and writing the new .gantry, never going back.
    writing = [done for done, _total, _c in write_bar]
    assert {total for _d, total, _c in write_bar} == {app_module._TOTAL}
    assert writing == sorted(writing)
    assert writing[-1] == app_module._TOTAL
    # The rows written moved it (3000 tasks, 4500 links: a report every 4096 rows).
    assert len({d for d in writing if app_module._PLANNED < d < app_module._TOTAL}) > 2


def test_cancel_of_file_import_of_a_large_xml_file_stops_the_reader(
    first_window, large_xml, recorded_progress, monkeypatch, qtbot
):
    monkeypatch.setattr(
        exchange_actions.ExchangeDialogs, "import_path", classmethod(lambda cls, p: large_xml)
    )
    old_tasks = list(first_window.document.plan.tasks)
    # the plain rows' per-piece step (xml_safety._take: a file whose rows are all plain)
    Held(monkeypatch, xml_safety, "_take").cancel_once_reached()

    assert exchange_actions.run_import(first_window, first_window.document) is None
    assert not background._RUNNING
    cancelled = [done for done, _total, c in recorded_progress if c]
    assert len(cancelled) == 1
    assert cancelled[0] < mspdi_module._PARSED // 2
    assert first_window.document.plan.tasks == old_tasks
    assert first_window.session.windows == [first_window]


def test_what_a_cancelled_work_had_built_is_freed_off_the_gui_thread(qtbot):
    # A partly read 100k-task plan takes ~0.1 s to free (or for the collector to walk,
    # once it is switched back on); the worker frees it before it says it has stopped.
    progress = WorkerProgress()
    go_on = threading.Event()
    freed_in: list[int] = []
    worker_thread: list[int] = []

    class Built:
        pass

    def work():
        worker_thread.append(threading.get_ident())
        built = Built()
        weakref.finalize(built, lambda: freed_in.append(threading.get_ident()))
        go_on.wait(10)
        report(progress, 1, 10)  # hears the cancel: raises with ``built`` in its frame
        return built

    click_cancel_later(0, then=go_on.set)
    with pytest.raises(background.Cancelled):
        background.run_with_progress(None, "Reading…", work, progress=progress)
    assert freed_in == worker_thread
    assert freed_in[0] != threading.get_ident()


# ---------------------------------------------------------------------- scheduling and writing hear Cancel


class HeldBar:
    """The open's progress callback, made to wait at its first report past ``after`` until
    the test has pressed Cancel on the dialog: the work then hears the cancel at that very
    report (``heard``: the reports, with whether each was answered "stop")."""

    def __init__(self, monkeypatch, after, bar=0):
        self.reached, self.go_on = threading.Event(), threading.Event()
        self.heard: list[tuple[int, int, bool]] = []
        held = self
        bars = itertools.count()

        class Holding(WorkerProgress):
            def __init__(self):
                super().__init__()
                self.bar = next(bars)  # which dialog's bar (reading an import is the first)

            def __call__(self, done, total):
                if done > after and self.bar == bar and not held.reached.is_set():
                    held.reached.set()
                    held.go_on.wait(10)
                answer = super().__call__(done, total)
                held.heard.append((done, total, not answer))
                return answer

        monkeypatch.setattr(app_module, "WorkerProgress", Holding)
        self._press_when_reached()

    def _press_when_reached(self):
        def press():
            dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
            if not self.reached.is_set() or not dialogs:
                QTimer.singleShot(10, press)
                return
            dialogs[0].findChild(QPushButton).click()
            self.go_on.set()

        QTimer.singleShot(0, press)

    def stopped_at(self):
        """The report that said stop (the work raised there)."""
        stops = [done for done, _total, stop in self.heard if stop]
        assert len(stops) == 1
        assert self.heard[-1][2]  # nothing reported after it
        return stops[0]


@pytest.fixture
def costing_calls(monkeypatch):
    calls = []

    def costs(plan, sched, fraction=None, progress=None):
        calls.append(plan)
        return compute_costs(plan, sched, fraction, progress)

    monkeypatch.setattr(document_module, "compute_costs", costs)
    return calls


def schedule_share():
    """Where schedule_plan's scheduling part ends, as a fraction of its own bar."""
    return document_module._SCHEDULED / document_module.PLAN_STEPS


def test_cancel_once_the_schedule_of_an_open_starts_ends_with_no_window_and_no_lock(
    session, large_gantry, costing_calls, monkeypatch, qtbot
):
    held = HeldBar(monkeypatch, after=app_module._READ)  # past reading: the scheduler's reports
    assert session.open_path(large_gantry) is None
    assert held.reached.is_set()
    assert session.windows == []
    assert not lock_path(large_gantry).exists()
    assert not background._RUNNING  # the scheduler stopped; it was not left running
    assert costing_calls == []  # stopped before the costing
    read_end, total = app_module._READ, app_module._TOTAL
    stop = held.stopped_at()
    assert read_end < stop < read_end + (total - read_end) * schedule_share()
    with GantryFile.open(large_gantry) as again:  # released and whole
        assert len(again.plan.tasks) == 3000


def test_an_open_reports_the_schedule_phases_between_reading_and_costing(
    session, large_gantry, recorded_progress, monkeypatch, qtbot
):
    win = session.open_path(large_gantry)
    assert win is not None
    qtbot.addWidget(win)
    read_end, total = app_module._READ, app_module._TOTAL
    scheduled_end = read_end + (total - read_end) * schedule_share()
    scheduling = {d for d, _t, _c in recorded_progress if read_end < d <= scheduled_end}
    assert len(scheduling) >= 4  # network, forward, backward, results


def test_cancel_while_an_import_schedules_writes_nothing(
    session, large_xml, tmp_path, costing_calls, monkeypatch, qtbot
):
    target = tmp_path / "large.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    held = HeldBar(monkeypatch, after=0)  # the import's second bar starts with the schedule
    assert session.open_path(large_xml) is None
    assert held.reached.is_set()
    assert session.windows == []
    assert not background._RUNNING
    assert costing_calls == []
    assert 0 < held.stopped_at() < app_module._PLANNED * schedule_share()
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no file, temp file or lock


def test_cancel_while_an_import_writes_leaves_no_file_and_no_lock(
    session, large_xml, tmp_path, monkeypatch, qtbot
):
    target = tmp_path / "large.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    monkeypatch.setattr(writer_module, "_CHUNK", 500)  # a report every 500 rows written
    held = HeldBar(monkeypatch, after=app_module._PLANNED + 1)  # a few rows in
    assert session.open_path(large_xml) is None
    assert held.reached.is_set()
    assert session.windows == []
    assert not background._RUNNING  # the writer stopped; it was not left running
    assert app_module._PLANNED < held.stopped_at() < app_module._TOTAL
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no half plan, temp file or lock


def test_cancel_while_an_import_replaces_a_file_keeps_the_old_one(
    session, large_xml, tmp_path, monkeypatch, qtbot
):
    target = tmp_path / "old.gantry"
    GantryFile.create(target, costed_plan()).close()
    before = target.read_bytes()
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    monkeypatch.setattr(writer_module, "_CHUNK", 500)
    held = HeldBar(monkeypatch, after=app_module._PLANNED + 1)
    assert session.open_path(large_xml) is None
    assert held.reached.is_set()
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gantry"]


def test_cancel_once_an_import_has_replaced_a_file_keeps_the_new_one(
    session, large_plan, large_xml, tmp_path, monkeypatch, qtbot
):
    """Too late to keep the old file (the user agreed to replace it): at least keep the new."""
    target = tmp_path / "old.gantry"
    GantryFile.create(target, costed_plan()).close()
    before = target.read_bytes()
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    # the report after the rename, on the import's second bar (the first one reads the XML)
    held = HeldBar(monkeypatch, after=app_module._TOTAL - 1, bar=1)
    assert session.open_path(large_xml) is None
    assert held.reached.is_set()
    assert session.windows == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gantry"]  # no lock left
    with GantryFile.open(target, read_only=True) as kept:
        assert [t.name for t in kept.plan.tasks] == [t.name for t in large_plan.tasks]
    assert target.read_bytes() != before


def test_an_import_that_cannot_be_scheduled_writes_nothing(session, tmp_path, monkeypatch, qtbot):
    plan = build_plan()
    plan.links.append(Link(6, 2))  # closes a loop: 2 -> 3 -> 5 -> 6 -> 2
    source = tmp_path / "loop.xml"
    formats.write_plan(plan, source)
    # the reader leaves a loop's closing link out (loop_links): here it keeps it, so the
    # plan read is one the scheduler refuses
    monkeypatch.setattr(mspdi_module, "without_loops", lambda plan: [])
    target = tmp_path / "loop.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    errors = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    assert session.open_path(source) is None
    assert len(errors) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loop.xml"]
