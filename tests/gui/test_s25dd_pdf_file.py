"""One PDF writer for every printout (task s25dd): the Gantt, the status report, the Budget
and the Usage printouts each opened a QPdfWriter with the same title, creator, resolution
and 'could not write the PDF' line (app/report/pdf_file.py now)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QPainter, QPdfWriter

from app.domain.errors import AppError
from app.report.options import PrintOptions
from app.report.pdf_file import paint_pdf
from app.report.render import ensure_gui_app, page_layout


def _one_page(writer: QPdfWriter) -> int:
    painter = QPainter(writer)
    painter.drawText(100, 100, "Hello")
    painter.end()
    return 1


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler missing")
def test_s25dd_the_pdf_has_its_title_creator_and_pages(tmp_path):
    ensure_gui_app()
    path = tmp_path / "one.pdf"
    layout = page_layout(PrintOptions(paper="A4", landscape=True))
    assert paint_pdf(path, "Shop - Budget", layout, _one_page) == 1
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Title:           Shop - Budget" in info
    assert "Creator:         Gantry" in info
    assert "Pages:           1" in info
    assert "842 x 595" in info  # A4 landscape, in points


def test_s25dd_what_paint_raises_comes_through(tmp_path):
    ensure_gui_app()
    layout = page_layout(PrintOptions(landscape=False))

    def fails(writer: QPdfWriter) -> int:
        raise ValueError("drawing failed")

    with pytest.raises(ValueError, match="drawing failed"):
        paint_pdf(tmp_path / "x.pdf", "X", layout, fails)


def test_s25dd_no_file_written_is_one_line(tmp_path):
    ensure_gui_app()
    path = tmp_path / "none.pdf"
    with pytest.raises(AppError, match=r"none\.pdf: could not write the PDF$"):
        paint_pdf(
            path, "X", page_layout(PrintOptions(landscape=False)), lambda writer: 0
        )  # nothing painted
