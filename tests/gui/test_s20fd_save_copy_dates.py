"""File > Save a Copy As says what the copy cannot hold of the dates, as gantry convert does:
sample.xml's 'Second Task' runs on a night-shift person's calendar, which a .csv drops."""

from __future__ import annotations

import pytest

from app.formats import read_plan
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.file_menu import FileMenu
from app.ui.settings import Settings


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


def test_s20fd_save_copy_as_csv_says_the_dates_may_move(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "copy.csv"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    qtbot.waitUntil(lambda: "read back" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Saved a copy as {target}")
    said = ".csv does not keep the calendar of 1 person ('Second Resource')"
    assert message.count(said) == 1
    # read back since s21ti, as gantry convert says it (the copy read back: it moves)
    assert "read back, 1 task moves: 'Second Task' finishes 50d later" in message
    window.grab().save("/tmp/s20fd_save_copy.png")
