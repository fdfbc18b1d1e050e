"""The window's Risks printout (Export PDF, Print, Print Preview from the Risks view) starts
with the heat map page, as ``gantry risks -o risks.pdf`` does: one renderer for both, the
map of the risks the view's filters show."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.cli import main
from app.ui.printing import actions
from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def _export(window, tmp_path, monkeypatch, name: str) -> Path:  # noqa: F811
    target = tmp_path / name
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    return target


def test_s31rk_window_risks_pdf_starts_with_the_heat_map(
    window,  # noqa: F811
    tmp_path,
    monkeypatch,
    capsys,
):
    window.show_view("risks")
    pages = _pages(_export(window, tmp_path, monkeypatch, "window.pdf"))
    assert "Heat map: probability x impact" in pages[0]
    assert "6 risks on the map" in pages[0]
    assert "R-01" not in pages[0]  # the register itself from the second page
    assert "R-01" in pages[1]
    assert "Page 1 of 2" in pages[0]

    cli = tmp_path / "cli.pdf"
    assert main(["risks", str(DEMO), "-o", str(cli)]) == 0
    capsys.readouterr()
    cli_pages = _pages(cli)
    assert len(cli_pages) == len(pages)
    legend = [line.strip() for line in cli_pages[0].splitlines() if "on the map" in line]
    assert legend
    assert legend[0] in pages[0]  # the same map and the same words under it


def test_s31rk_window_heat_map_page_follows_the_filter(window, tmp_path, monkeypatch):  # noqa: F811
    window.show_view("risks")
    view = window.views["risks"]
    view.owner_box.setCurrentIndex(view.owner_box.findData("Maria Lopez"))
    assert view.owner_box.currentIndex() > 0
    pages = _pages(_export(window, tmp_path, monkeypatch, "owner.pdf"))
    assert "2 risks on the map" in pages[0]
    assert "owner Maria Lopez" in pages[0]


def test_s31rk_risks_preview_paints_the_heat_map_first(window, tmp_path):  # noqa: F811
    from PySide6.QtPrintSupport import QPrinter

    window.show_view("risks")
    dialog = actions.make_preview(window, window.document)
    try:
        printer: QPrinter = dialog._gantry_printer
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = tmp_path / "preview.pdf"
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
    finally:
        dialog.deleteLater()
    pages = _pages(target)
    assert "Heat map: probability x impact" in pages[0]
    assert "R-01" in pages[1]
