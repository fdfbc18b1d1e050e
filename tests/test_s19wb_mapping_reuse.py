"""The import mapping dialog shows the sheets inspect_workbook read without parsing them again.

Found: File > Import of a client's sheet read the workbook off the GUI thread to guess the
mapping (inspect_workbook), then the dialog read the guessed sheet again for its preview:
at 50k rows another ~0.8 s of CPU (~2 s on a busy laptop) behind a second bar. The sheets
read for the guess come with it (WorkbookInfo.read); a sheet the guess did not read is read
as before, off the GUI thread, and Cancel still stops either read.
"""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest

from app.io import excel_book, sheet_rows_read
from app.io.excel_import import inspect_workbook
from app.ui import background
from app.ui.exchange import actions as exchange_actions
from app.ui.exchange import mapping_dialog
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from tests.gui.test_s18b_import_progress import _cancel_once, heard
from tests.gui.test_s18rp_import_progress import _held

__all__ = ["heard"]  # the fixture: what each progress dialog heard

ROWS = 300


@pytest.fixture
def client_book(tmp_path: Path) -> Path:
    """A client's workbook: a plan sheet, then a notes sheet the guess never needs."""
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration"])
    for i in range(ROWS):
        ws.append([f"Task {i + 1}", f"{1 + i % 5}d"])
    notes = wb.create_sheet("Notes")
    notes.append(["Note"])
    notes.append(["Kick-off on Monday"])
    wb.save(path)
    return path


@pytest.fixture
def parsed(monkeypatch) -> list[tuple[str, threading.Thread]]:
    """Each sheet calamine parses (the workbook's reads), with the thread it ran on."""
    out: list[tuple[str, threading.Thread]] = []
    real = excel_book.load_sheet

    def counted(wb, name, progress=None):  # type: ignore[no-untyped-def]
        out.append((name, threading.current_thread()))
        return real(wb, name, progress)

    monkeypatch.setattr(excel_book, "load_sheet", counted)  # Book reads the sheets
    return out


def test_s19wb_file_import_parses_the_sheet_once_before_the_dialog(
    client_book, parsed, heard, monkeypatch, qtbot
) -> None:
    shown: list[tuple[list[str], int]] = []

    def accept(self) -> int:  # type: ignore[no-untyped-def]
        shown.append(([name for name, _ in parsed], self.preview.rowCount()))
        return 1

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept)
    plan = exchange_actions.run_import(None, None, client_book)  # type: ignore[arg-type]
    assert shown == [(["Plan"], 12)]  # parsed once, for the guess; the preview shows it
    assert [name for name, _ in parsed] == ["Plan"]  # the import reads it as read (s19w2)
    assert threading.main_thread() not in {thread for _, thread in parsed}
    assert plan is not None
    assert len(plan.tasks) == ROWS
    assert len(heard) == 2  # the look and the import: no bar of the dialog's own


def test_s19wb_a_sheet_the_guess_did_not_read_is_read_off_the_gui_thread(
    client_book, parsed, heard, monkeypatch, qtbot
) -> None:
    monkeypatch.setattr(mapping_dialog, "WorkerProgress", exchange_actions.WorkerProgress)
    info = inspect_workbook(client_book)
    assert set(info.read) == {"Plan"}
    previews: list[str] = []

    def pick_notes(self) -> int:  # type: ignore[no-untyped-def]
        self.sheet_box.setCurrentText("Notes")
        previews.append(self.preview.item(1, 0).text())
        return 0  # then Cancel

    monkeypatch.setattr(ColumnMappingDialog, "exec", pick_notes)
    assert ColumnMappingDialog.ask(None, client_book, info) is None
    assert previews == ["Kick-off on Monday"]
    assert [name for name, _ in parsed] == ["Plan", "Notes"]  # the guess's, the pick's
    assert parsed[-1][1] is not threading.main_thread()
    assert heard[-1][-1][:2] == (100, 100)  # its bar reached its end


def test_s19wb_cancel_still_stops_each_read(client_book, heard, monkeypatch, qtbot) -> None:
    # the look at the workbook: Cancel ends the import, no dialog shown
    asked: list[object] = []
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: asked.append(self) or 1)
    reached, go_on = _held(monkeypatch, sheet_rows_read, at=2)
    _cancel_once(reached, go_on)
    assert exchange_actions.run_import(None, None, client_book) is None  # type: ignore[arg-type]
    assert reached.is_set()
    assert asked == []
    assert not background._RUNNING
    monkeypatch.undo()
    # the read of a sheet the guess did not read: the dialog stays, Import off
    info = inspect_workbook(client_book)
    reached, go_on = _held(monkeypatch, sheet_rows_read, at=2)
    told: list[tuple[str, bool]] = []

    def pick_notes(self) -> int:  # type: ignore[no-untyped-def]
        _cancel_once(reached, go_on)
        self.sheet_box.setCurrentText("Notes")
        told.append((self.note.text(), self.ok_button.isEnabled()))
        return 0

    monkeypatch.setattr(ColumnMappingDialog, "exec", pick_notes)
    assert ColumnMappingDialog.ask(None, client_book, info) is None
    assert told == [("Reading sheet 'Notes' was cancelled.", False)]
    assert not background._RUNNING
