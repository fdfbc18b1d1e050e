"""The window's Save a Copy As and File > Export to .csv or .gan read the written file back,
as ``gantry convert`` does, and say which tasks' dates move instead of "may move"; the
read-back runs on the background worker (1.5 s at 10k tasks), the note comes when ready.

sample.xml (MS Project): 'Second Task' runs on a night-shift person's calendar, which a
.csv or .gan drops: read back it finishes 50 days later (gantry convert says the same).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import formats
from app.formats import read_plan
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.notes_log import notes_log
from app.ui.file_menu import FileMenu
from app.ui.settings import Settings

MOVES = "read back, 1 task moves: 'Second Task' finishes 50d later"


@pytest.fixture
def window(qtbot, shared_data, tmp_path):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, read_plan(shared_data / "mspdi" / "sample.xml")).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


@pytest.fixture
def read_back_threads(monkeypatch):
    """The threads the written file was read back on."""
    threads: list[threading.Thread] = []
    read = formats._read_back

    def recorded(written: Path | None):
        if written is not None:
            threads.append(threading.current_thread())
        return read(written)

    monkeypatch.setattr(formats, "_read_back", recorded)
    return threads


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_s21ti_save_a_copy_says_which_tasks_move(
    window, qtbot, tmp_path, monkeypatch, read_back_threads, ext
):
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: MOVES in bar.currentMessage())
    message = bar.currentMessage()
    assert message.startswith(f"Saved a copy as {target}; ")
    assert "may move" not in message
    assert message.count("read back") == 1
    assert read_back_threads
    assert threading.main_thread() not in read_back_threads
    entry = notes_log(window).last()  # File > Notes keeps it too
    assert entry.action == f"Save a copy as copy{ext}"
    assert any(line.endswith(MOVES) for line in entry.lines)


def test_s21ti_export_csv_says_which_tasks_move(
    window, qtbot, tmp_path, monkeypatch, read_back_threads
):
    target = tmp_path / "table.csv"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    assert exchange.run_export(window, window.document) == target
    bar = window.statusBar()
    qtbot.waitUntil(lambda: MOVES in bar.currentMessage())
    assert bar.currentMessage().startswith("Exported table.csv; ")
    assert "may move" not in bar.currentMessage()
    assert read_back_threads
    assert threading.main_thread() not in read_back_threads
    entry = notes_log(window).last()
    assert entry.action == "Export to table.csv"
    assert any(line.endswith(MOVES) for line in entry.lines)


def test_s21ti_a_copy_that_cannot_be_read_back_still_says_may_move(
    window, qtbot, tmp_path, monkeypatch
):
    """The copy removed before it was read back: the note as before, no error."""
    target = tmp_path / "copy.csv"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    read = formats._read_back

    def gone(written: Path | None):
        if written is not None:
            written.unlink()
        return read(written)

    monkeypatch.setattr(formats, "_read_back", gone)
    window.action_collection["save_copy_as"].trigger()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "may move" in bar.currentMessage())
    assert "tasks' dates may move (the first: 'Second Task')" in bar.currentMessage()
