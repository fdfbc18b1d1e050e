"""At exit Python waits for a cancelled worker still running, as for background jobs: a
QThread freed while it runs aborts the process ("QThread: Destroyed while thread is still
running"). Leveling's cancel may take a second to be heard at 100k tasks."""

from __future__ import annotations

import threading

from app.ui import background


def test_s23_exit_waits_for_a_cancelled_worker_still_running(qtbot) -> None:
    may_end = threading.Event()
    worker = background._Worker(lambda: may_end.wait(5))
    background._RUNNING.add(worker)
    try:
        worker.start()
        threading.Timer(0.3, may_end.set).start()
        background._wait_for_jobs()
        assert worker.isFinished()
        assert worker.result is True  # it ran to its end, not cut off at the 5 s wait
    finally:
        may_end.set()
        worker.wait()
        background._RUNNING.discard(worker)
