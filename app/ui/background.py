"""Run slow work (opening a large plan) off the GUI thread, with a progress dialog.

The work function runs in a QThread and touches no widget; the GUI thread
waits in a local event loop, so the window keeps painting and the user can
cancel. A cancelled result is handed to ``discard`` (for example to close a
file that finished opening after all) once the thread ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

_SHOW_AFTER_MS = 300  # quick work never flashes a dialog


class Cancelled(Exception):  # noqa: N818 - reads as "the work was cancelled"
    """The user cancelled the work."""


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
        except BaseException as exc:  # noqa: BLE001 - handed back to the GUI thread as is
            self.error = exc


_RUNNING: set[QThread] = set()  # cancelled workers, kept alive until they end


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[], T],
    discard: Callable[[T], None] | None = None,
) -> T:
    """Run ``work()`` in a thread; return its result or raise its exception (or Cancelled)."""
    worker: _Worker[T] = _Worker(work)
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle("Gantry")
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
        cancelled = True
        loop.quit()

    worker.finished.connect(loop.quit)
    dialog.canceled.connect(on_cancel)
    # A busy dialog gets no setValue() calls, so show it ourselves once the work is slow.
    show_timer = QTimer(dialog)
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(lambda: worker.isFinished() or dialog.show())
    show_timer.start(_SHOW_AFTER_MS)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    show_timer.stop()
    dialog.canceled.disconnect(on_cancel)
    dialog.close()
    dialog.deleteLater()
    if cancelled and not worker.isFinished():
        _RUNNING.add(worker)

        def cleanup() -> None:
            _RUNNING.discard(worker)
            if worker.result is not None and discard is not None:
                discard(worker.result)
            worker.deleteLater()

        worker.finished.connect(cleanup)
        raise Cancelled
    worker.wait()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
