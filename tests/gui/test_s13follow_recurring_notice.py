"""Saving a plan with a recurring meeting as .csv or .gan (formats without patterns) keeps its
occurrences as ordinary tasks and says so in the status bar's one line."""

from __future__ import annotations

import pytest

from app.domain.recurrence_tasks import patterns_not_kept
from app.formats import keeps_recurrence, read_plan
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.file_menu import FileMenu
from app.ui.settings import Settings
from tests.unit.test_s13follow_recurring import _meetings


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "meetings.gantry"
    GantryFile.create(path, _meetings()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_the_notice_names_the_recurring_task():
    plan = _meetings()
    assert patterns_not_kept(plan, ".csv") == (
        ".csv keeps no recurring pattern: 'Sync' is saved as its 4 occurrences"
    )
    plan.set_recurrence(2, None)
    assert patterns_not_kept(plan, ".csv") == ""
    assert not keeps_recurrence(".csv")
    assert not keeps_recurrence(".gan")
    assert keeps_recurrence(".gantry")
    assert keeps_recurrence(".xlsx")


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_save_a_copy_as_says_the_pattern_is_not_kept(window, qtbot, tmp_path, monkeypatch, ext):
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    qtbot.waitUntil(lambda: "; " in window.statusBar().currentMessage())  # once read back
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Saved a copy as {target}")
    assert f"{ext} keeps no recurring pattern: 'Sync' is saved as its 4 occurrences" in message
    back = read_plan(target)
    assert [t.name for t in back.tasks][2:] == ["Sync 1", "Sync 2", "Sync 3", "Sync 4"]


def test_save_a_copy_as_gantry_says_nothing_more(window, tmp_path, monkeypatch):
    target = tmp_path / "copy.gantry"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    assert window.statusBar().currentMessage() == f"Saved a copy as {target}"


def test_export_as_csv_says_the_pattern_is_not_kept(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    assert exchange.run_export(window, window.document) == target
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage())  # read back
    assert "keeps no recurring pattern" in window.statusBar().currentMessage()
