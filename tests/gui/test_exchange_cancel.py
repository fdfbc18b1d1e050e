"""Cancelling a long workbook export: real progress, the writer stops, nothing is left behind."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton

from app.domain.errors import AppError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.task import Task
from app.ui import background
from app.ui.background import Cancelled, WorkerProgress, run_with_progress
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_export


def _big_plan(n: int = 4000) -> Plan:
    """Phases of ten chained tasks: an export of a few seconds, long enough to cancel."""
    tasks: list[Task] = []
    links: list[Link] = []
    for i in range(n):
        uid = i + 1
        if i % 10 == 0:
            tasks.append(Task(uid, f"Phase {uid // 10 + 1}", 1))
        else:
            tasks.append(Task(uid, f"Task {uid}", 2, duration_minutes=480 * (1 + i % 3)))
            if i % 10 > 1:
                links.append(Link(uid - 1, uid))
    return Plan(tasks=tasks, links=links)


def _progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def _cancel_once_under_way(seen: list[tuple[int, int]]) -> QTimer:
    """Click Cancel as soon as the dialog shows some progress; ``seen`` gets (value, maximum)."""
    timer = QTimer()

    def look() -> None:
        dialog = _progress_dialog()
        if dialog is not None and dialog.value() > 0:
            seen.append((dialog.value(), dialog.maximum()))
            timer.stop()
            dialog.findChild(QPushButton).click()

    timer.timeout.connect(look)
    timer.start(20)
    return timer


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder openpyxl streams sheets to, private to this test."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_cancel_stops_the_export_and_leaves_no_file(
    qtbot, monkeypatch, tmp_path: Path, private_temp: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "big.xlsx"
    document = Document(_big_plan())
    told: list[str] = []
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, parent, s, folder=None: target)
    )
    monkeypatch.setattr(
        ExchangeDialogs, "notice", classmethod(lambda cls, parent, msg: told.append(msg))
    )
    seen: list[tuple[int, int]] = []
    timer = _cancel_once_under_way(seen)

    assert run_export(None, document) is None
    timer.stop()

    assert told == ["Export cancelled"]
    value, maximum = seen[0]
    assert 0 < value < maximum  # a real percentage, not a busy bar
    assert maximum >= 3 * 4000  # every sheet's rows count
    assert not background._RUNNING  # the writer stopped; it was not left running
    assert list(out.iterdir()) == []  # no target, no partial, no .tmp
    assert list(private_temp.iterdir()) == []  # no sheet stream left in the temp folder


def test_an_export_that_finishes_is_not_reported_cancelled(
    qtbot, monkeypatch, tmp_path: Path, private_temp: Path
) -> None:
    target = tmp_path / "small.xlsx"
    document = Document(_big_plan(40))
    told: list[str] = []
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, parent, s, folder=None: target)
    )
    monkeypatch.setattr(
        ExchangeDialogs, "notice", classmethod(lambda cls, parent, msg: told.append(msg))
    )
    assert run_export(None, document) == target
    assert told == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.xlsx", "systemp"]
    assert list(private_temp.iterdir()) == []


def test_cancel_is_said_in_the_main_window_status_bar(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    ExchangeDialogs.notice(window, "Export cancelled")
    assert window.statusBar().currentMessage() == "Export cancelled"


def test_work_that_reports_progress_stops_when_cancelled(qtbot) -> None:
    progress = WorkerProgress()
    stopped = threading.Event()
    discarded: list[object] = []

    def work() -> str:
        done = 0
        while progress(done, 1_000_000):
            done += 1
            threading.Event().wait(0.001)
        stopped.set()
        raise AppError("stopped")  # as the exporter raises its own cancellation

    seen: list[tuple[int, int]] = []
    timer = _cancel_once_under_way(seen)
    with pytest.raises(Cancelled):
        run_with_progress(None, "Working", work, discarded.append, progress)
    timer.stop()
    assert stopped.is_set()  # the work ended before the call returned
    assert progress.cancelled
    assert not background._RUNNING
    assert discarded == []
    assert seen[0][1] == 1_000_000


def test_a_result_that_comes_as_cancel_is_pressed_is_discarded(qtbot) -> None:
    progress = WorkerProgress()
    discarded: list[object] = []

    def work() -> str:
        done = 1
        while done < 10_000 and progress(done, 10_000):
            done += 1
            threading.Event().wait(0.001)
        return "finished file"  # told to stop, it still ends with a result

    seen: list[tuple[int, int]] = []
    timer = _cancel_once_under_way(seen)
    with pytest.raises(Cancelled):
        run_with_progress(None, "Working", work, discarded.append, progress)
    timer.stop()
    assert discarded == ["finished file"]
