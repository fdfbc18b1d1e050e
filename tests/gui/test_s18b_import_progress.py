"""The window's File > Import and File > Open of a big client sheet move the progress bar
while the sheet is read and parsed, and Cancel stops the read, changing nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.io import sheet_import
from app.io.excel_import import READ_STEPS
from app.store.document import GantryFile
from app.ui import app as app_module
from app.ui import background
from app.ui.app import Session
from app.ui.background import WorkerProgress
from app.ui.exchange import actions as exchange_actions
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from tests.gui.conftest import build_plan

ROWS = 12_000


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("s18b") / "client.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["Task", "Duration", "Predecessors", "Resource"])
    for i in range(ROWS):
        if i % 20 == 0:
            ws.append([f"Phase {i // 20 + 1}", None, None, None])
        else:
            ws.append([f"Task {i + 1}", f"{1 + i % 5}d", f"{i}" if i % 20 > 1 else None, "Ana"])
    wb.save(path)
    return path


@pytest.fixture
def first_window(session, tmp_path, qtbot):
    path = tmp_path / "first.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


@pytest.fixture
def heard(monkeypatch) -> list[list[tuple[int, int, bool]]]:
    """What each progress dialog's callback heard, one list per dialog, in order."""
    bars: list[list[tuple[int, int, bool]]] = []

    class Recording(WorkerProgress):
        def __init__(self) -> None:
            super().__init__()
            self.heard: list[tuple[int, int, bool]] = []
            bars.append(self.heard)

        def __call__(self, done: int, total: int) -> bool:
            answer = super().__call__(done, total)
            self.heard.append((done, total, self.cancelled))
            return answer

    monkeypatch.setattr(app_module, "WorkerProgress", Recording)
    monkeypatch.setattr(exchange_actions, "WorkerProgress", Recording)
    return bars


def _mapping_as_guessed(monkeypatch) -> None:
    def ask(cls, parent, path, info, load_rows=None):
        return info.mapping

    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(ask))


def _held_build(monkeypatch, at: int = 2):
    """Make the build's progress report wait at its ``at``-th call until let go;
    returns (reached, go_on) events."""
    reached, go_on = threading.Event(), threading.Event()
    real = sheet_import.report
    calls = [0]

    def held(progress, done, total):
        calls[0] += 1
        if calls[0] == at:
            reached.set()
            go_on.wait(10)
        return real(progress, done, total)

    monkeypatch.setattr(sheet_import, "report", held)
    return reached, go_on


def _cancel_once(reached: threading.Event, go_on: threading.Event) -> None:
    """Press Cancel on the progress dialog once the read waits, then let the read go on."""

    def press() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if not reached.is_set() or not dialogs:
            QTimer.singleShot(10, press)
            return
        dialogs[0].findChild(QPushButton).click()
        go_on.set()

    QTimer.singleShot(0, press)


def test_s18b_file_import_of_a_big_sheet_moves_the_bar(
    first_window, big_sheet, heard, monkeypatch, qtbot
) -> None:
    _mapping_as_guessed(monkeypatch)
    plan = exchange_actions.run_import(first_window, first_window.document, big_sheet)
    assert plan is not None
    assert len(plan.tasks) == ROWS
    looked, read = heard  # the first look (sheets, mapping), then the import itself
    for bar in (looked, read):
        dones = [done for done, _total, _c in bar]
        assert dones == sorted(dones)
        assert {total for _d, total, _c in bar} == {READ_STEPS}
        assert dones[-1] == READ_STEPS
    dones = [done for done, _total, _c in read]
    assert len({d for d in dones if 0 < d < READ_STEPS}) > 10  # read, parsed, built


def test_s18b_cancel_of_file_import_of_a_big_sheet_changes_nothing(
    first_window, big_sheet, heard, monkeypatch, qtbot
) -> None:
    _mapping_as_guessed(monkeypatch)
    old_tasks = list(first_window.document.plan.tasks)
    before = big_sheet.read_bytes()
    reached, go_on = _held_build(monkeypatch)
    _cancel_once(reached, go_on)

    assert exchange_actions.run_import(first_window, first_window.document, big_sheet) is None
    assert reached.is_set()
    assert not background._RUNNING  # the reader stopped at its next report, not left running
    cancelled = [done for done, _total, c in heard[-1] if c]
    assert len(cancelled) == 1  # heard once, and the read stopped there
    assert cancelled[0] < READ_STEPS // 2
    assert first_window.document.plan.tasks == old_tasks
    assert first_window.session.windows == [first_window]
    assert big_sheet.read_bytes() == before
    assert list(big_sheet.parent.glob("*.gantry")) == []


def test_s18b_cancel_while_opening_a_big_sheet_leaves_no_window_and_no_file(
    session, big_sheet, heard, tmp_path, monkeypatch, qtbot
) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(
        Session, "ask_import_target", classmethod(lambda cls, p, s: asked.append(s))
    )
    reached, go_on = _held_build(monkeypatch)
    _cancel_once(reached, go_on)

    assert session.open_path(big_sheet) is None
    assert asked == []  # nothing read, so nothing to keep
    assert session.windows == []
    assert not background._RUNNING
    cancelled = [done for done, _total, c in heard[0] if c]
    assert len(cancelled) == 1
    assert list(big_sheet.parent.glob("*.gantry")) == []
