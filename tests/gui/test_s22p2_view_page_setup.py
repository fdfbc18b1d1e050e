"""The plan's Page Setup prints on every view, not only the Gantt: the Team, Budget and
Risks tables and the Usage sheet print its margins and its typed header and footer (fields
filled in per page), in the PDF, the print and the preview alike; untyped, each view keeps
Gantry's own header and footer, pixel for pixel."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QImage, QPageLayout, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from app.domain.page_setup import PageSetup
from app.report.options import PrintOptions
from app.report.render import ensure_gui_app, page_layout, render_table
from app.report.view_frame import ViewFrame
from app.ui.printing import actions
from tests.gui.test_usage_printing import pdf_pages, session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window, staffed_plan

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)
OWN = PageSetup(
    margins_mm=(30.0, 20.0, 40.0, 10.0),
    header=("Northwind", "&[Project] for &[Manager]", ""),
    footer=("Confidential", "Sheet &[Page] / &[Pages]", "Printed &[Date]"),
)


def _exported(session, qtbot, tmp_path, monkeypatch, view, setup):  # noqa: F811
    plan = staffed_plan()
    plan.project = replace(plan.project, author="Ana Ruiz", page_setup=setup)
    window = open_window(session, qtbot, tmp_path, plan)
    window.show_view(view)
    target = tmp_path / f"{view}.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    return target


def _ink_box(png) -> tuple[int, int, int, int]:
    """Left, top, right and bottom margins of what is drawn on a page picture, in pixels."""
    image = QImage(str(png))
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 200:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), image.width() - max(xs), image.height() - max(ys)


@pytest.mark.parametrize("view", ["team", "usage", "budget", "risks"])
def test_s22p2_a_typed_header_and_footer_print_on_the_view(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    view,
) -> None:
    pages = pdf_pages(_exported(session, qtbot, tmp_path, monkeypatch, view, OWN))
    for number, page in enumerate(pages, 1):
        assert "Northwind" in page
        assert "for Ana Ruiz" in page
        assert "Confidential" in page
        assert f"Sheet {number} / {len(pages)}" in page
        assert f"Printed {date.today().isoformat()}" in page
        assert "Page 1 of" not in page  # Gantry's own footer gave way to the typed one
        assert "Status date:" not in page  # and its header


@pytest.mark.parametrize("view", ["team", "usage"])
def test_s22p2_the_plans_margins_print_on_the_view(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    view,
) -> None:
    pdf = _exported(session, qtbot, tmp_path, monkeypatch, view, OWN)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    png = next(tmp_path.glob("p-*1.png"))
    left, top, _right, bottom = _ink_box(png)
    per_mm = 50 / 25.4
    assert abs(left - 40 * per_mm) <= 3  # the 40 mm left margin (were 10 mm)
    assert abs(top - 30 * per_mm) <= 8  # the header's text sits a little under the edge
    assert abs(bottom - 20 * per_mm) <= 8


def _table_png(tmp_path, name: str, frame: ViewFrame | None):
    """A two-page table printed through render_table, its first page as a picture."""
    ensure_gui_app()
    pdf = tmp_path / f"{name}.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageLayout(page_layout(PrintOptions(landscape=False)))
    rows = [[str(n), f"Person {n}", f"{n * 10}.00/h"] for n in range(1, 90)]
    kw = {} if frame is None else {"frame": frame}
    pages = render_table(
        writer,
        "Team",
        ["ID", "Name", "Std. rate"],
        rows,
        project="CRM roll-out",
        printed_on=date(2027, 1, 4),
        **kw,
    )
    del writer
    assert pages == 2
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / name)], check=True)
    return [QImage(str(png)) for png in sorted(tmp_path.glob(f"{name}-*.png"))]


def test_s22p2_untyped_the_view_keeps_gantrys_header_and_footer(tmp_path) -> None:
    staffed = staffed_plan()
    default = _table_png(tmp_path, "default", ViewFrame.of(staffed.project))
    before = _table_png(tmp_path, "before", None)  # as the views printed before
    assert len(default) == len(before) == 2
    assert all(a == b for a, b in zip(default, before, strict=True))


def test_s22p2_the_preview_of_a_view_prints_the_plans_footer(
    session,  # noqa: F811
    qtbot,
    tmp_path,
) -> None:
    plan = staffed_plan()
    plan.project = replace(plan.project, author="Ana Ruiz", page_setup=OWN)
    window = open_window(session, qtbot, tmp_path, plan)
    window.show_view("team")
    dialog = actions.make_preview(window, window.document)
    try:
        printer = dialog._gantry_printer
        margins = printer.pageLayout().margins(QPageLayout.Unit.Millimeter)
        assert (margins.top(), margins.left()) == pytest.approx((30.0, 40.0))
        target = tmp_path / "preview.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
    finally:
        dialog.deleteLater()
    (page,) = pdf_pages(target)
    assert "Confidential" in page
    assert "Sheet 1 / 1" in page
