"""File > Import of a client's returned workbook (import review) and of a CSV moves the bar
and stops at Cancel, leaving the plan as it was; the mapping dialog reads a sheet's preview
off the GUI thread, and cancelling that read cancels the import."""

from __future__ import annotations

import csv
import threading
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.formats import write_plan
from app.io import csv_plan, excel_import, roundtrip_plan_sheet
from app.io.excel_import import READ_STEPS, inspect_workbook
from app.store.document import GantryFile
from app.ui import background
from app.ui.exchange import actions as exchange_actions
from app.ui.exchange import mapping_dialog
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.bench.generate import make_plan
from tests.gui import test_s18b_import_progress as s18b

TASKS = 1500
heard = s18b.heard  # the fixture: what each progress dialog heard
_cancel_once = s18b._cancel_once


@pytest.fixture
def planned(session, tmp_path, qtbot):
    """A window on a plan of TASKS tasks, and the workbook it exported, a task renamed by
    the client."""
    plan = make_plan(TASKS, TASKS, n_resources=5)
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    book = tmp_path / "returned.xlsx"
    write_plan(win.document.plan, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=900, column=header.index("Task") + 1).value = "Renamed by the client"
    wb.save(book)
    return win, book


def _held(monkeypatch, module, at: int, name: str = "report"):
    """Make ``module.<name>``'s ``at``-th call (a progress report) wait until let go:
    (reached, go_on)."""
    reached, go_on = threading.Event(), threading.Event()
    real = getattr(module, name)
    calls = [0]

    def held(progress, done, total):
        calls[0] += 1
        if calls[0] == at:
            reached.set()
            go_on.wait(10)
        return real(progress, done, total)

    monkeypatch.setattr(module, name, held)
    return reached, go_on


def test_s18rp_returned_workbook_moves_the_bar_and_is_reviewed(
    planned, heard, monkeypatch, qtbot
) -> None:
    win, book = planned
    reviewed: list[int] = []

    def review(cls, parent, items, project, notes=()):
        reviewed.append(len(items))
        return [i.change for i in items]

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    assert exchange_actions.run_import(win, win.document, book) is None
    assert reviewed == [1]
    assert any(t.name == "Renamed by the client" for t in win.document.plan.tasks)
    _looked, read = heard  # the first look (is it a round trip?), then the read back
    dones = [done for done, _total, _c in read]
    assert {total for _d, total, _c in read} == {READ_STEPS}
    assert dones == sorted(dones)
    assert dones[-1] == READ_STEPS
    assert len({d for d in dones if 0 < d < READ_STEPS}) > TASKS // 256  # the rows move it


def test_s18rp_cancel_of_a_returned_workbook_leaves_the_plan(
    planned, heard, monkeypatch, qtbot
) -> None:
    win, book = planned
    before = list(win.document.plan.tasks)
    asked: list[object] = []
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    reached, go_on = _held(monkeypatch, roundtrip_plan_sheet, at=4)  # among the rows
    _cancel_once(reached, go_on)

    assert exchange_actions.run_import(win, win.document, book) is None
    assert reached.is_set()
    assert not background._RUNNING  # the read stopped at its next report
    cancelled = [done for done, _total, c in heard[-1] if c]
    assert len(cancelled) == 1
    assert cancelled[0] < READ_STEPS
    assert asked == []  # nothing to review
    assert win.document.plan.tasks == before
    assert win.document.undo_stack.count() == 0
    assert win.session.windows == [win]


@pytest.fixture
def client_csv(tmp_path: Path) -> Path:
    path = tmp_path / "client.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Task", "Duration", "Predecessors"])
        for i in range(9000):
            out.writerow([f"Task {i + 1}", f"{1 + i % 5}d", str(i) if i % 20 else ""])
    return path


def _mapping_as_guessed(monkeypatch) -> None:
    def ask(cls, parent, path, info, load_rows=None):
        return info.mapping

    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(ask))


def test_s18rp_csv_import_moves_the_bar_and_cancel_stops_it(
    session, client_csv, heard, monkeypatch, qtbot
) -> None:
    _mapping_as_guessed(monkeypatch)
    plan = exchange_actions.run_import(None, exchange_actions.Document(make_plan(3, 0)), client_csv)
    assert plan is not None
    assert len(plan.tasks) == 9000
    dones = [done for done, _total, _c in heard[-1]]
    assert dones == sorted(dones)
    assert dones[-1] == csv_plan.READ_STEPS
    assert len({d for d in dones if 0 < d < csv_plan.READ_STEPS}) > 3

    reached, go_on = _held(monkeypatch, csv_plan, 2, "report_progress")  # after the parse
    _cancel_once(reached, go_on)
    document = exchange_actions.Document(make_plan(3, 0))
    assert exchange_actions.run_import(None, document, client_csv) is None
    assert reached.is_set()
    assert not background._RUNNING
    assert len([done for done, _total, c in heard[-1] if c]) == 1
    assert session.windows == []


@pytest.fixture
def client_book(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration"])
    for i in range(100):
        ws.append([f"Task {i + 1}", f"{1 + i % 5}d"])
    notes = wb.create_sheet("Notes")
    notes.append(["Note"])
    wb.save(path)
    return path


def test_s18rp_mapping_preview_is_read_off_the_gui_thread(
    client_book, heard, monkeypatch, qtbot
) -> None:
    threads: list[threading.Thread] = []
    real = excel_import.sheet_rows

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr("app.ui.exchange.mapping_dialog.sheet_rows", recorded)
    # the recording progress of the fixture, for the dialog's read too
    monkeypatch.setattr(mapping_dialog, "WorkerProgress", exchange_actions.WorkerProgress)
    shown: list[ColumnMappingDialog] = []
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: shown.append(self) or 1)
    # a sheet not read yet (the ones inspect_workbook read are shown as read: s19wb)
    info = replace(inspect_workbook(client_book), read={})
    mapping = ColumnMappingDialog.ask(None, client_book, info)
    assert mapping is not None
    assert mapping.columns["name"] == 0
    assert shown[0].preview.item(0, 0).text() == "Task"
    assert threads
    assert threading.main_thread() not in threads
    dones = [done for done, _total, _c in heard[-1]]
    assert dones[-1] == heard[-1][-1][1]  # the bar reached its end


def test_s18rp_cancel_of_the_preview_read_cancels_the_import(
    client_book, heard, monkeypatch, qtbot
) -> None:
    from app.io import sheet_rows_read

    shown: list[ColumnMappingDialog] = []
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: shown.append(self) or 1)
    info = replace(inspect_workbook(client_book), read={})  # a sheet not read yet (s19wb)
    reached, go_on = _held(monkeypatch, sheet_rows_read, at=2)  # the dialog's read
    _cancel_once(reached, go_on)
    assert ColumnMappingDialog.ask(None, client_book, info) is None
    assert reached.is_set()
    assert shown == []  # the dialog never showed
    assert not background._RUNNING


def test_s18rp_cancelled_sheet_read_shows_nothing_of_the_sheet_before(client_book, qtbot) -> None:
    def load(name: str):
        if name == "Notes":
            raise background.Cancelled
        return excel_import.sheet_rows(client_book, name)

    dialog = ColumnMappingDialog(inspect_workbook(client_book), load)
    qtbot.addWidget(dialog)
    assert dialog.preview.rowCount() > 0
    dialog.sheet_box.setCurrentText("Notes")
    assert dialog.note.text() == "Reading sheet 'Notes' was cancelled."
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview.rowCount() == 0  # not the Plan sheet's rows under Notes
    assert dialog.field_boxes["name"].currentData() is None
    dialog.sheet_box.setCurrentText("Plan")  # read again: shown as before
    assert dialog.ok_button.isEnabled()
    assert dialog.mapping() is not None
