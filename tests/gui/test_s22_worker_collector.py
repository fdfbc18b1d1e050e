"""No cyclic collection runs while a worker thread does: one set off by the worker's own
allocation freed a closed window's Qt widgets on the worker's thread, which deadlocked
with the GUI thread deleting its own (the suite hung in CI: QObject::~QObject on the
worker waiting for the interpreter lock, the GUI thread in ~QMenu waiting for Qt's)."""

from __future__ import annotations

import gc
import threading

import pytest

from app.domain.errors import CancelledError
from app.ui import background
from app.ui.background import WorkerProgress, run_with_progress, start_in_background


@pytest.fixture(autouse=True)
def _no_work_left_running(qtbot):
    """Work an earlier test started and never waited for holds the collector until it ends."""
    for job in list(background._JOBS):
        job.finish()
    for worker in list(background._RUNNING):
        worker.wait()
    qtbot.waitUntil(lambda: not background._RUNNING, timeout=5000)
    assert gc.isenabled()


def test_s22_the_collector_is_off_while_work_runs_and_on_after(qtbot) -> None:
    seen: list[bool] = []
    assert run_with_progress(None, "Working…", lambda: seen.append(gc.isenabled()) or 7) == 7
    assert seen == [False]
    assert gc.isenabled()


def test_s22_two_background_jobs_keep_it_off_until_the_last_ends(qtbot) -> None:
    first_may_end, second_may_end = threading.Event(), threading.Event()
    results: list[object] = []

    def done(result: object, error: BaseException | None) -> None:
        results.append(result)

    one = start_in_background(lambda: first_may_end.wait(5) and gc.isenabled(), done)
    two = start_in_background(lambda: second_may_end.wait(5) and gc.isenabled(), done)
    assert not gc.isenabled()
    first_may_end.set()
    one.finish()
    assert results == [False]
    assert not gc.isenabled()  # the second still runs
    second_may_end.set()
    two.finish()
    assert results == [False, False]
    assert gc.isenabled()


def test_s22_a_failed_or_cancelled_work_gives_the_collector_back(qtbot) -> None:
    def fails() -> int:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        run_with_progress(None, "Working…", fails)
    assert gc.isenabled()
    progress = WorkerProgress()
    progress.cancel()

    def stops() -> int:
        if not progress(1, 2):
            raise CancelledError("stopped")
        return 1

    with pytest.raises(CancelledError):
        run_with_progress(None, "Working…", stops, progress=progress)
    assert gc.isenabled()
