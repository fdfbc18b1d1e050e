"""Save a Copy As and Export to .csv or .gan keep the custom field values (test_s14gan_*)
and say nothing of them; what they leave out, a Text field's value list, they name in the
status bar as they say a recurring task's pattern is not kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.custom_fields import ListValue, value_list
from app.formats import read_plan
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.file_menu import FileMenu
from app.ui.settings import Settings
from tests.unit.test_s14split_custom_not_kept import _plan


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
def test_save_a_copy_as_keeps_the_values(window, tmp_path, monkeypatch, ext):
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    assert window.statusBar().currentMessage() == f"Saved a copy as {target}"
    back = read_plan(target)
    assert [t.name for t in back.tasks] == ["Design", "Build", "Ship"]
    assert [t.custom for t in back.tasks] == [t.custom for t in _plan().tasks]


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_save_a_copy_as_names_a_value_list_left_out(window, qtbot, tmp_path, monkeypatch, ext):
    listed = value_list("Text1", [ListValue("Ana"), ListValue("Ben")], restricted=False)
    window.document.plan.set_custom_field(replace(listed, alias="Owner"))
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    qtbot.waitUntil(lambda: "; " in window.statusBar().currentMessage())  # once read back
    assert window.statusBar().currentMessage() == (
        f"Saved a copy as {target}; {ext} keeps no value list: the value list of 'Owner' "
        "is not saved (the values are)"
    )


@pytest.mark.parametrize("ext", [".gantry", ".xml", ".xlsx"])
def test_save_a_copy_in_a_format_keeping_them_says_nothing_more(window, tmp_path, monkeypatch, ext):
    target = tmp_path / f"copy{ext}"
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["save_copy_as"].trigger()
    assert window.statusBar().currentMessage() == f"Saved a copy as {target}"


def test_export_as_csv_keeps_the_values_and_says_nothing_of_them(window, tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    window.statusBar().clearMessage()
    assert exchange.run_export(window, window.document) == target
    assert "custom field" not in window.statusBar().currentMessage()
    assert [t.custom for t in read_plan(target).tasks] == [t.custom for t in _plan().tasks]


def test_export_as_a_workbook_says_nothing(window, tmp_path, monkeypatch):
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    window.statusBar().clearMessage()
    assert exchange.run_export(window, window.document) == target
    assert "custom field" not in window.statusBar().currentMessage()
