"""Cash Flow > Print Preview…: the report's pages before printing, as File > Print Preview
shows the Gantt's: landscape on the plan's Page Setup, the pages Export PDF writes, the
title saying how many, printed from the preview like any other."""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from tests.gui.test_s26cf_cash_flow_window import _dialog, opened  # noqa: F401


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_s28mo_cash_flow_has_a_print_preview(opened, qtbot, tmp_path, monkeypatch):  # noqa: F811
    dialog = _dialog(opened)
    assert dialog.preview_button.isEnabled()
    preview = dialog.make_preview()
    assert isinstance(preview, QPrintPreviewDialog)
    try:
        printer = preview._gantry_printer
        assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        target = tmp_path / "previewed.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        preview.paintRequested.emit(printer)  # what the preview (and its Print) paints
        assert preview.windowTitle().endswith("Cash Flow — 1 page")
        text = _text(target)
        assert "Cumulative" in text
        assert "$2,600.00" in text
        assert "Page 1 of 1" in text
    finally:
        preview.deleteLater()
        dialog.close()


def test_s28mo_cash_flow_preview_shows_its_pages(opened, qtbot, tmp_path):  # noqa: F811
    dialog = _dialog(opened)
    preview = dialog.make_preview()
    try:
        with qtbot.waitExposed(preview):
            preview.show()
        qtbot.waitUntil(lambda: "page" in preview.windowTitle())
        preview.grab().save(str(tmp_path / "preview.png"))
        assert (tmp_path / "preview.png").stat().st_size > 0
    finally:
        preview.close()
        preview.deleteLater()
        dialog.close()


def test_s28mo_no_costs_no_preview(tmp_path, qtbot):
    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.task import Task
    from tests.gui.test_s26cf_cash_flow_window import _open
    from tests.test_s26cf_cash_flow import DAY, MON

    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Free", duration_minutes=DAY))
    session, win = _open(tmp_path, qtbot, plan)
    try:
        dialog = _dialog(win)
        assert not dialog.preview_button.isEnabled()
        assert dialog.make_preview() is None
        dialog.close()
    finally:
        for w in list(session.windows):
            w.close()
