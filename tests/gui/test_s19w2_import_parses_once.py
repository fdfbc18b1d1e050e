"""File > Import of a client's sheet parses it once: the import after the mapping dialog
reads the sheets inspect_workbook read (WorkbookInfo.read), as the dialog does.

Found: the guess parsed the sheet, the dialog showed it as read (5c914a5), then
read_workbook parsed it again: at 50k rows ~1 s of CPU out of ~4 s. Cancel during the
import still stops it, and nothing is imported.
"""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest

from app.io import excel_book, excel_import
from app.ui import background
from app.ui.exchange import actions as exchange_actions
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from tests.gui.test_s18b_import_progress import _cancel_once, heard
from tests.gui.test_s18rp_import_progress import _held

__all__ = ["heard"]  # the fixture: what each progress dialog heard

ROWS = 300


@pytest.fixture
def client_book(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Predecessors"])
    for i in range(ROWS):
        ws.append([f"Task {i + 1}", f"{1 + i % 5}d", i if i else None])
    wb.save(path)
    return path


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    out: list[str] = []
    real = excel_book.load_sheet

    def counted(wb, name, progress=None):  # type: ignore[no-untyped-def]
        out.append(name)
        return real(wb, name, progress)

    monkeypatch.setattr(excel_book, "load_sheet", counted)  # Book reads the sheets
    return out


def test_s19w2_file_import_parses_the_sheet_once(
    client_book, parsed, heard, monkeypatch, qtbot
) -> None:
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: 1)
    plan = exchange_actions.run_import(None, None, client_book)  # type: ignore[arg-type]
    assert parsed == ["Plan"]  # was ["Plan", "Plan"]: the guess's, then the import's
    assert plan is not None
    assert len(plan.tasks) == ROWS
    assert len(plan.links) == ROWS - 1
    assert heard[-1][-1][:2] == (1000, 1000)  # the import's bar reached its end


def test_s19w2_cancel_stops_the_import_after_the_dialog(
    client_book, parsed, heard, monkeypatch, qtbot
) -> None:
    held: list[threading.Event] = []

    def accept(self) -> int:  # type: ignore[no-untyped-def]
        reached, go_on = _held(monkeypatch, excel_import, at=3, name="report_progress")
        held.append(reached)
        _cancel_once(reached, go_on)
        return 1

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept)
    assert exchange_actions.run_import(None, None, client_book) is None  # type: ignore[arg-type]
    assert held
    assert held[0].is_set()
    assert parsed == ["Plan"]
    assert any(cancelled for _, _, cancelled in heard[-1])
    assert not background._RUNNING
