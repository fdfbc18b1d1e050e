"""The Notes dialog on a window's log: each entry under its time and action, newest first,
following the log as notes come; Export and an imported CSV's rows left out go to the same
log as the notes of Open."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QMainWindow

from app.domain.custom_fields import ListValue, value_list
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.read_notes_dialog import ReadNotesDialog
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.exchange.notes_log import NotesLog, notes_log, status_label
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 15)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=5)
        return self.now


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_entries_show_newest_first_under_their_time_and_action(qtbot):
    host = QMainWindow()
    qtbot.addWidget(host)
    log = NotesLog(host, clock=_Clock())
    log.add("Open client.xml", "client.xml", ["3 resource codes are left out", "a second note"])
    dialog = ReadNotesDialog(log, None, host)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Notes on client.xml"
    assert dialog.text.toPlainText().splitlines() == [
        "09:20 Open client.xml",
        "3 resource codes are left out",
        "a second note",
    ]
    log.add("Export to client.gan", "client.gan", [".gan keeps whole days only"], writing=True)
    assert dialog.windowTitle() == "Notes on files read and written"  # followed the log
    assert dialog.notes() == [
        ".gan keeps whole days only",
        "3 resource codes are left out",
        "a second note",
    ]
    assert dialog.plain_text() == (
        "09:25 Export to client.gan\n.gan keeps whole days only\n\n"
        "09:20 Open client.xml\n3 resource codes are left out\na second note"
    )
    assert log.add("Save a copy as x.csv", "x.csv", []) is None  # nothing said: nothing kept
    assert len(log.entries()) == 2


def test_export_notes_go_to_the_log(window, qtbot, tmp_path, monkeypatch):
    listed = value_list("Text1", [ListValue("Ana"), ListValue("Ben")], restricted=False)
    window.document.plan.set_custom_field(replace(listed, alias="Owner"))
    target = tmp_path / "table.csv"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    assert not window.action_collection["file_notes"].isEnabled()
    assert exchange.run_export(window, window.document) == target
    qtbot.waitUntil(lambda: notes_log(window).last() is not None)  # once read back
    entry = notes_log(window).last()
    assert entry is not None
    assert entry.action == "Export to table.csv"
    assert entry.lines == (
        ".csv keeps no value list: the value list of 'Owner' is not saved (the values are)",
        ".csv keeps no risk register: 1 risk not saved",
    )
    assert status_label(window).text().startswith("2 notes on writing table.csv · ")
    assert window.action_collection["file_notes"].isEnabled()
    assert window.findChild(ReadNotesDialog) is None  # a write does not open it by itself


def test_a_csv_import_lists_its_rows_left_out(window, tmp_path, monkeypatch, qtbot):
    source = tmp_path / "client.csv"
    source.write_text("Task,Duration\nDesign,3d\n,2d\nBuild,5d\n")
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: source))
    monkeypatch.setattr(
        ColumnMappingDialog, "ask", classmethod(lambda cls, p, path, info, *rest: info.mapping)
    )
    monkeypatch.setattr(
        MainWindow, "ask_save_path", classmethod(lambda cls, *a: tmp_path / "client.gantry")
    )
    window.action_collection["import_plan"].trigger()
    new = window.session.windows[-1]
    assert new is not window
    qtbot.addWidget(new)
    dialog = new.findChild(ReadNotesDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Notes on client.csv"
    assert notes_log(new).last().action == "Import client.csv"
    [note] = dialog.notes()
    assert note.startswith("A row with no task name is left out: client!A3")
    assert note.endswith("give it a task name in the file, or add the task by hand")
    assert notes_log(window).entries() == []  # the window imported from keeps none of it
