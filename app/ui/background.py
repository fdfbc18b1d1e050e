"""Run slow work (opening a large plan) off the GUI thread, with a progress dialog.

The work function runs in a QThread and touches no widget; the GUI thread
waits in a local event loop, so the window keeps painting and the user can
cancel. A cancelled result is handed to ``discard`` (for example to close a
file that finished opening after all) once the thread ends.

Work that can report how far it is takes a :class:`WorkerProgress` as its
``progress(done, total)`` callback: the dialog then shows a real percentage,
and Cancel makes the callback return False so the work stops itself; the
window waits (still painting) for it to end before it says it was cancelled.

Work that builds a whole plan (opening one) runs with ``pause_collector=True``:
the cyclic garbage collector is paused until it ends, since a full collection
over tens of thousands of new objects holds the interpreter lock for tens of
milliseconds (it froze the window from the worker thread). What it built is
then frozen (``gc.freeze``), so neither the first collection afterwards nor the
later full ones walk the open plan (350 ms per full collection at 100k tasks);
:func:`thaw_collector` gives everything back to the collector when a window
closes, so a closed plan is still freed.

No worker runs with the cyclic collector on (:func:`_hold_collector`): a collection set off
on the worker's thread would free garbage Qt objects there and can deadlock with the GUI
thread; the collector is turned back on, on the GUI thread, when the last worker ends.

Work a view shows a state of its own for (the Usage view's "Building usage…")
runs through :func:`start_in_background` instead: the same worker thread, no
dialog and no waiting; the result is handed to a callback on the GUI thread.
"""

from __future__ import annotations

import atexit
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Slot
from PySide6.QtWidgets import QWidget

from app.domain.errors import CancelledError
from app.ui.progress_box import progress_box

T = TypeVar("T")

_SHOW_AFTER_MS = 300  # quick work never flashes a dialog
_POLL_MS = 100  # how often the dialog reads the work's progress
_SWITCH_INTERVAL_S = 0.001  # while work runs; see _short_switch_interval
_STOP_WAIT_MS = 2000  # how long a cancelled work may take to stop before it is left to end alone


# The user cancelled the work. One exception for every layer: a reader or the store
# raises it when its progress callback says stop (app.domain.progress), the dialog
# raises it when the user cancels work that cannot stop itself.
Cancelled = CancelledError


class WorkerProgress:
    """The work's side of the progress dialog: it reports (done, total) and hears of Cancel.

    Call it from the work thread as ``progress(done, total)``; it returns False
    once the user has cancelled, and the work should then stop (by raising).
    """

    def __init__(self) -> None:
        self._state = (0, 0)  # replaced whole, so the GUI thread never reads half of it
        self._stop = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        """Record how far the work is; False when it should stop."""
        self._state = (done, total)
        return not self._stop.is_set()

    @property
    def state(self) -> tuple[int, int]:
        """The last (done, total) reported; (0, 0) before the first report."""
        return self._state

    @property
    def cancelled(self) -> bool:
        """Whether the user asked the work to stop."""
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next report."""
        self._stop.set()


class _Worker(QThread, Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        super().__init__()
        self._work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """The thread's body: run the work, keep its result or its exception."""
        try:
            self.result = self._work()
        except CancelledError as exc:
            # Where the work stopped is of no use to anyone. Dropping the traceback frees
            # what it had built (a partly read plan) here, off the GUI thread; kept, the
            # GUI thread would free it, or the collector walk it once switched back on.
            self.error = exc.with_traceback(None)
        except BaseException as exc:  # noqa: BLE001 - handed back to the GUI thread as is
            self.error = exc


_HOLD = [0, False]  # workers running, and whether the collector was on before the first


def _hold_collector() -> None:
    """No cyclic collection while a worker runs: one set off by the worker's own allocation
    runs on the worker's thread and frees there whatever Qt objects the garbage holds (a
    closed window's widgets), and a QObject deleted off the GUI thread waits for Qt's lock
    that the GUI thread, deleting its own, holds while it waits for the interpreter's: the
    test suite hung that way in CI. Each hold is ended by :func:`_release_collector`."""
    if _HOLD[0] == 0:
        _HOLD[1] = gc.isenabled()
        gc.disable()
    _HOLD[0] += 1


def _release_collector() -> None:
    """End one :func:`_hold_collector`; the last one turns the collector back on (if it was),
    on the GUI thread, where its next collection runs."""
    _HOLD[0] -= 1
    if _HOLD[0] == 0 and _HOLD[1]:
        gc.enable()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Turn the cyclic collector off for a block (back on afterwards if it was on)."""
    _hold_collector()
    try:
        yield
    finally:
        _release_collector()


@contextmanager
def _short_switch_interval() -> Iterator[None]:
    """Make a thread waiting for the interpreter lock claim it after 1 ms instead of 5.

    A worker that releases the lock often (every file read, every SQLite step)
    restarts the waiting thread's 5 ms count each time it takes the lock back,
    so the GUI thread could wait 100-300 ms for its turn while an MS Project
    file was parsed. Asking sooner bounds that wait.
    """
    before = sys.getswitchinterval()
    sys.setswitchinterval(_SWITCH_INTERVAL_S)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


_RUNNING: set[QThread] = set()  # cancelled workers, kept alive until they end


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[], T],
    discard: Callable[[T], None] | None = None,
    progress: WorkerProgress | None = None,
    pause_collector: bool = False,
) -> T:
    """Run ``work()`` in a thread; return its result or raise its exception (or Cancelled).

    With ``progress`` (the callback ``work`` reports to) the dialog shows the
    percentage done and Cancel stops the work instead of leaving it running.
    ``pause_collector``: pause the garbage collector meanwhile and freeze what the work
    built (see the module's docstring).
    """
    with _short_switch_interval():
        if not pause_collector:
            return _run_in_worker(parent, label, work, discard, progress)
        with _collector_paused():
            result = _run_in_worker(parent, label, work, discard, progress)
            # On the GUI thread, where no collection can be under way.
            gc.freeze()
            return result


def thaw_collector() -> None:
    """Let the collector walk again what opening plans froze (call when a window closes)."""
    gc.unfreeze()


def _run_in_worker(
    parent: QWidget | None,
    label: str,
    work: Callable[[], T],
    discard: Callable[[T], None] | None,
    progress: WorkerProgress | None,
) -> T:
    worker: _Worker[T] = _Worker(work)
    dialog = progress_box(label, 0, parent)  # Enter does not cancel
    # Modal: the work may be reading the plan, so no edit may happen meanwhile.
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
    )
    dialog.setMinimumDuration(_SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    cancelled = False

    def on_cancel() -> None:
        nonlocal cancelled
        if cancelled:
            return
        cancelled = True
        if progress is None:
            loop.quit()
            return
        progress.cancel()  # the work stops at its next report; worker.finished ends the loop
        dialog.setLabelText("Cancelling…")
        deadline.start(_STOP_WAIT_MS)

    def show_progress() -> None:
        done, total = progress.state if progress is not None else (0, 0)
        if total > 0 and not cancelled:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    deadline = QTimer(dialog)
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll = QTimer(dialog)
    poll.timeout.connect(show_progress)
    if progress is not None:
        poll.start(_POLL_MS)

    worker.finished.connect(loop.quit)
    dialog.canceled.connect(on_cancel)
    # A busy dialog gets no setValue() calls, so show it ourselves once the work is slow.
    show_timer = QTimer(dialog)
    show_timer.setSingleShot(True)

    def show_if_busy() -> None:
        if not worker.isFinished():
            dialog.show()

    show_timer.timeout.connect(show_if_busy)
    show_timer.start(_SHOW_AFTER_MS)
    _hold_collector()  # until the worker has ended (below, or in cleanup once cancelled)
    try:
        worker.start()
        if not worker.isFinished():
            loop.exec()
        show_timer.stop()
        poll.stop()
        deadline.stop()
        dialog.canceled.disconnect(on_cancel)
        dialog.close()
        dialog.deleteLater()
    except BaseException:
        worker.wait()
        _release_collector()
        raise
    if cancelled and not worker.isFinished():
        _RUNNING.add(worker)

        def cleanup() -> None:
            _RUNNING.discard(worker)
            _release_collector()
            if worker.result is not None and discard is not None:
                discard(worker.result)
            worker.deleteLater()

        worker.finished.connect(cleanup)
        raise Cancelled
    worker.wait()
    _release_collector()
    if cancelled:  # the work stopped when told, or had just finished: its result is not wanted
        if worker.result is not None and discard is not None:
            discard(worker.result)
        raise Cancelled
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


class BackgroundJob(QObject, Generic[T]):
    """Work started by :func:`start_in_background`; lives on the GUI thread.

    The worker's ``finished`` reaches :meth:`finish` queued, on this thread;
    :meth:`finish` may also be called earlier, to wait for the work (a print
    that needs its result now). Either way the callback runs once.
    """

    def __init__(
        self, work: Callable[[], T], done: Callable[[T | None, BaseException | None], None]
    ) -> None:
        super().__init__()
        self._worker: _Worker[T] = _Worker(work)
        self._done: Callable[[T | None, BaseException | None], None] | None = done
        self._worker.finished.connect(self.finish)

    @property
    def running(self) -> bool:
        """Whether the callback has not run yet."""
        return self._done is not None

    @Slot()
    def finish(self) -> None:
        """Wait for the work to end (if it has not), then hand its result to the callback."""
        done, self._done = self._done, None
        if done is None:
            return
        worker = self._worker
        worker.wait()
        _release_collector()  # held since start_in_background
        _JOBS.discard(self)
        if not _JOBS:  # the last one: the GUI thread no longer competes for the lock
            sys.setswitchinterval(_SWITCH_BEFORE.pop())
        result, error = worker.result, worker.error
        worker.result = worker.error = None
        worker.deleteLater()
        self.deleteLater()
        done(result, error)


_JOBS: set[BackgroundJob[object]] = set()  # started, callback not run: kept alive till then
_SWITCH_BEFORE: list[float] = []  # the switch interval before the first of them started


@atexit.register
def _wait_for_jobs() -> None:
    """Let work still running end before Python goes: a QThread freed while it runs aborts
    the process ("QThread: Destroyed while thread is still running")."""
    for job in list(_JOBS):
        job._worker.wait()
    for worker in list(_RUNNING):  # cancelled: told to stop, may not have yet
        worker.wait()


def start_in_background(
    work: Callable[[], T], done: Callable[[T | None, BaseException | None], None]
) -> BackgroundJob[T]:
    """Run ``work()`` in a thread and return at once; ``done(result, error)`` is called on
    the GUI thread when it ends (``error``: what it raised, else None).

    For work the window need not wait for: the caller shows its own "working" state
    and ignores a result that came too late (an edit made meanwhile). ``work`` touches
    no widget and must not read what the GUI thread may change (hand it a copy).
    """
    job: BackgroundJob[T] = BackgroundJob(work, done)
    if not _JOBS:  # the window's Python calls wait for the lock 1 ms, not 5 (each paint)
        _SWITCH_BEFORE.append(sys.getswitchinterval())
        sys.setswitchinterval(_SWITCH_INTERVAL_S)
    _JOBS.add(job)  # type: ignore[arg-type]
    _hold_collector()  # until finish(), on the GUI thread
    job._worker.start()
    return job
