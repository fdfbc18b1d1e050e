"""Save a Copy As and Export to .csv or .gan (formats without custom fields) say in the
status bar how many custom field values they leave out, as they say a recurring task's
pattern is not kept."""

from __future__ import annotations

import pytest

from app.formats import read_plan
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.file_menu import FileMenu
from app.ui.settings import Settings
from tests.unit.test_s14split_custom_not_kept import _plan

NOTE = "keeps no custom field: 5 values in 4 fields ('Owner', 'Story points', 'Flag1' and 1 more)"


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "fields.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_save_a_copy_as_says_the_values_are_not_kept(window, tmp_path, monkeypatch, ext):
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    message = window.statusBar().currentMessage()
    assert message == f"Saved a copy as {target}; {ext} {NOTE} are not saved"
    assert [t.name for t in read_plan(target).tasks] == ["Design", "Build", "Ship"]


@pytest.mark.parametrize("ext", [".gantry", ".xml", ".xlsx"])
def test_save_a_copy_in_a_format_keeping_them_says_nothing_more(window, tmp_path, monkeypatch, ext):
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    assert window.statusBar().currentMessage() == f"Saved a copy as {target}"


def test_export_as_csv_says_the_values_are_not_kept(window, tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    assert exchange.run_export(window, window.document) == target
    assert window.statusBar().currentMessage() == f"Exported table.csv; .csv {NOTE} are not saved"


def test_export_as_a_workbook_says_nothing(window, tmp_path, monkeypatch):
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    window.statusBar().clearMessage()
    assert exchange.run_export(window, window.document) == target
    assert "custom field" not in window.statusBar().currentMessage()
