"""Project > Compare with Plan…'s Print button, printed to a PDF file offscreen.

The button had no test. Printed, the facts' dates and status sat under the Field and Old
headings and the figures' old and new values under Item and Field, so 'Old' read
'no status date' and the project's old Cost stood under 'Item'. Now a fact's texts share
its Item cell and each figure's old and new stand under Old and New; the page is
landscape with the PDF report's margins, and a long baseline's tasks past the first ten
are counted, as in ``gantry diff -o changes.pdf``.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from app import formats
from app.cli import main
from app.cli.diff_document import report_between
from app.ui.compare_versions import CompareDialog
from tests.test_s26au_diff_report import _plan

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _to_pdf(target: Path):
    def ask(cls, parent, printer: QPrinter) -> bool:  # the print dialog, answered: a PDF
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    return classmethod(ask)


def _dialog(qtbot, tmp_path: Path) -> CompareDialog:
    old, new = _plan(), _plan(rate=110.0)
    new.baselines[0] = old.baselines[0]
    new.update_tasks([replace(new.task(2), fixed_cost=500.0)])
    before, now = tmp_path / "month1.gantry", tmp_path / "month2.gantry"
    formats.write_plan(old, before)
    formats.write_plan(new, now)
    dialog = CompareDialog(report_between(before, now))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_s27dg_print_button_prints_the_report(qtbot, tmp_path, monkeypatch) -> None:
    dialog = _dialog(qtbot, tmp_path)
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(CompareDialog, "ask_printer", _to_pdf(target))
    dialog.print_button.click()
    assert target.exists()
    text = _pdf_text(target)
    for said in (
        "Changes from month1.gantry to month2.gantry",
        "Page 1 of 1",
        "Printed:",
        "month1.gantry",
        "Report made",
        "Fixed Cost",
        "€4,000.00",
    ):
        assert said in text, said
    assert "ID 2 'Cure'" in text  # s27dx: by ID, as the sheet numbers the task
    lines = [ln.split() for ln in text.splitlines()]
    heads = next(ln for ln in text.splitlines() if ln.lstrip().startswith("Change"))
    cost = next(ln for ln in text.splitlines() if ln.lstrip().startswith("Cost "))
    # the project's Cost: old under Old, new under New (no longer under Item and Field)
    assert abs(cost.index("€4,000.00") - heads.index("Old")) <= 2
    assert abs(cost.index("€4,900.00") - heads.index("New")) <= 2
    old_plan = ["Old", "plan", "month1.gantry", "file"]  # s28df: 'file modified', its mtime
    assert lines[_row(lines, "Old")][:4] == old_plan
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True)
    size = next(ln for ln in info.stdout.splitlines() if ln.startswith("Page size:"))
    width, height = (float(v) for v in size.split()[2:5:2])
    assert width > height  # landscape, as -o changes.pdf
    dialog.close()


def _row(lines: list[list[str]], first: str) -> int:
    return next(i for i, words in enumerate(lines) if words[:1] == [first])


def test_s27dg_print_cancelled_prints_nothing(qtbot, tmp_path, monkeypatch) -> None:
    dialog = _dialog(qtbot, tmp_path)
    monkeypatch.setattr(CompareDialog, "ask_printer", classmethod(lambda cls, p, pr: False))
    assert dialog.print_report() is False
    dialog.close()


def test_s27dg_printed_long_baseline_is_counted(qtbot, tmp_path, monkeypatch) -> None:
    plan, cleared = tmp_path / "plan.gantry", tmp_path / "cleared.gantry"
    shutil.copy(DEMO, plan)
    shutil.copy(DEMO, cleared)
    assert main(["baseline", str(cleared), "--clear"]) == 0
    dialog = CompareDialog(report_between(plan, cleared))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(dialog.report.rows)  # the window lists every one
    target = tmp_path / "long.pdf"
    monkeypatch.setattr(CompareDialog, "ask_printer", _to_pdf(target))
    assert dialog.print_report() is True
    text = _pdf_text(target)
    assert "and 51 more tasks not listed (61 in all" in text
    assert text.count("\f") <= 4
    dialog.close()
