"""File > Cash Flow…: the window shows each task's money per period with a Total and a
Cumulative row, follows the chosen period and level, and writes the PDF and CSV."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.printing.cash_flow_dialog import NO_COSTS, CashFlowDialog
from app.ui.settings import Settings
from tests.test_s26cf_cash_flow import DAY, MON, _plan

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def _open(tmp_path, qtbot, plan: Plan):
    path = tmp_path / "cash.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return session, win


def _dialog(win) -> CashFlowDialog:
    win.action_collection["cash_flow"].trigger()
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CashFlowDialog)]
    assert len(found) == 1
    return found[0]


def _cells(dialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


@pytest.fixture
def opened(tmp_path, qtbot):
    session, win = _open(tmp_path, qtbot, _plan())
    yield win
    for w in list(session.windows):
        w.close()


def test_s26cf_the_window_shows_weeks_with_total_and_cumulative(opened, qtbot):
    dialog = _dialog(opened)
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Jan 2026"  # months at first
    dialog.period_box.setCurrentIndex(0)  # weeks
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads == ["Task", "5 Jan 2026", "12 Jan 2026", "19 Jan 2026", "26 Jan 2026", "Total"]
    assert _cells(dialog, 0) == ["Build", "$900.00", "$900.00", "", "", "$1,800.00"]
    # a week with nothing paid: blank for the task, $0.00 in the Total, the running total flat
    assert _cells(dialog, 2) == ["Total", "$900.00", "$900.00", "$0.00", "$800.00", "$2,600.00"]
    assert _cells(dialog, 3)[:5] == ["Cumulative", "$900.00", "$1,800.00", "$1,800.00", "$2,600.00"]
    dialog.period_box.setCurrentIndex(2)  # quarters
    assert _cells(dialog, 2) == ["Total", "$2,600.00", "$2,600.00"]
    dialog.close()


def test_s26cf_the_window_writes_pdf_and_csv(opened, tmp_path, monkeypatch):
    dialog = _dialog(opened)
    target = {".pdf": tmp_path / "out.pdf", ".csv": tmp_path / "out.csv"}
    asked = []

    def ask(parent, start, filters):
        asked.append(start.name)
        return target[start.suffix]

    monkeypatch.setattr(CashFlowDialog, "ask_path", classmethod(lambda cls, *a: ask(*a)))
    assert dialog.export(".pdf") == target[".pdf"]
    assert target[".pdf"].read_bytes().startswith(b"%PDF")
    assert dialog.export(".csv") == target[".csv"]
    with target[".csv"].open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[-2][:3] == ["", "", "Total"]
    assert rows[-2][-1] == "2600.00"
    assert asked[0].endswith(" - cash flow.pdf")
    assert asked[1].endswith(" - cash flow.csv")
    dialog.close()


def test_s26cf_the_window_prints_on_landscape_pages(opened, tmp_path, monkeypatch):
    dialog = _dialog(opened)
    target = tmp_path / "printed.pdf"

    def ask(cls, parent, printer):
        assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(CashFlowDialog, "ask_printer", classmethod(ask))
    assert dialog.print_report()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Cumulative" in text
    assert "$2,600.00" in text
    assert "Page 1 of 1" in text
    dialog.close()


def test_s26cf_the_window_says_a_plan_has_no_costs(tmp_path, qtbot):
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Free", duration_minutes=DAY))
    session, win = _open(tmp_path, qtbot, plan)
    try:
        dialog = _dialog(win)
        assert dialog.note.text() == NO_COSTS
        assert dialog.model.rowCount() == 0
        assert not dialog.pdf_button.isEnabled()
        assert not dialog.print_button.isEnabled()
        dialog.close()
    finally:
        for w in list(session.windows):
            w.close()
