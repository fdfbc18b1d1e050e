"""A filter that keeps no task printed an empty chart (exit 0 from ``gantry convert``, a
blank page from the window). MS Project prints nothing and says so: the command line
says one line and exits 1 without writing the file, and the window's Print, Print
Preview and Export PDF say the same line and print nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.view_state import SheetView
from app.store.document import GantryFile, write_plan
from app.ui.app import Session
from app.ui.printing import actions as printing
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

LINE = "No task matches the filter Task Name Contains 'zzz': nothing to print"


@pytest.fixture(autouse=True)
def _qapp(qapp):
    """The widgets' QApplication before any printout makes a plain QGuiApplication."""
    return qapp


def _plan_file(tmp_path, view: SheetView | None = None):
    plan = build_plan()
    plan.view = view
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_s18p_convert_with_a_filter_keeping_no_task_writes_nothing(tmp_path, capsys, suffix):
    source = _plan_file(tmp_path)
    out = tmp_path / f"out{suffix}"
    assert main(["convert", str(source), str(out), "--filter", "task-name-contains=zzz"]) == 1
    assert capsys.readouterr().err == f"gantry: {LINE}\n"
    assert not out.exists()
    # a file already there stays as it was
    out.write_bytes(b"before")
    assert main(["convert", str(source), str(out), "--filter", "task-name-contains=zzz"]) == 1
    assert out.read_bytes() == b"before"


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_s18p_a_saved_filter_keeping_no_task_is_said_too(tmp_path, capsys, suffix):
    view = SheetView(task_filter=TaskFilter(FilterKind.NAME_CONTAINS, text="zzz"))
    source = _plan_file(tmp_path, view)
    out = tmp_path / f"out{suffix}"
    assert main(["convert", str(source), str(out)]) == 1
    assert capsys.readouterr().err == f"gantry: {LINE}\n"
    assert not out.exists()
    # all-tasks in its place prints every task; --rows picks rows of the PNG by ID
    assert main(["convert", str(source), str(out), "--filter", "all-tasks"]) == 0
    assert out.stat().st_size > 0
    if suffix == ".png":
        out.unlink()
        assert main(["convert", str(source), str(out), "--rows", "1-3"]) == 0
        assert out.exists()


def test_s18p_a_filter_keeping_some_tasks_still_prints(tmp_path):
    source = _plan_file(tmp_path)
    out = tmp_path / "out.pdf"
    assert main(["convert", str(source), str(out), "--filter", "task-name-contains=spec"]) == 0
    assert out.stat().st_size > 0


@pytest.fixture
def window(tmp_path, qtbot, monkeypatch):
    session = Session(Settings())
    path = tmp_path / "window.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.findChild(object, "filter_controller").apply(
        TaskFilter(FilterKind.NAME_CONTAINS, text="zzz")
    )
    assert win.model.shown_uids() == []
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text))
    )
    win.said = said
    yield win
    win.close()


def test_s18p_window_export_pdf_says_it_and_asks_no_file_name(window, monkeypatch, tmp_path):
    asked: list[str] = []
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, s: asked.append(s) or None)
    assert printing.export_pdf(window, window.document) is None
    assert window.said == [("Export PDF", LINE)]
    assert asked == []


def test_s18p_window_print_and_preview_say_it_and_print_nothing(window, monkeypatch):
    printers: list[object] = []
    monkeypatch.setattr(printing, "ask_printer", lambda parent, p: printers.append(p) or True)
    previews: list[object] = []
    monkeypatch.setattr(printing, "_make_preview", lambda *a, **k: previews.append(a))
    assert printing.print_document(window, window.document) == 0
    printing.print_preview(window, window.document)
    assert window.said == [("Print", LINE), ("Print Preview", LINE)]
    assert printers == []
    assert previews == []
