"""The risk register printed by ``gantry risks FILE -o risks.pdf``: the Risks view's table
under the printouts' header and footer, its totals in bold, and under the title what the
filter left out and how the rows are sorted, as Risks > Export PDF prints them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPainter

from app.report.options import PrintOptions
from app.report.pdf_file import paint_pdf
from app.report.render import BoldRow, ensure_gui_app, fits_across, page_layout, render_table


def write_register_pdf(
    path: Path,
    project: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    totals: Sequence[Sequence[str]],
    note: str,
    first_page: Callable[[QPainter, QRectF], None] | None = None,
) -> int:
    """Write the register at ``path`` on A4, portrait when its columns fit there (a long
    text wraps), else landscape; ``first_page`` paints a page before the table (the heat
    map); returns the page count."""
    ensure_gui_app()
    printed = [list(r) for r in rows] + [BoldRow(t) for t in totals]
    portrait = replace(PrintOptions(paper="A4"), landscape=False)
    width = page_layout(portrait).paintRect(QPageLayout.Unit.Point).width()
    landscape = not fits_across(headers, printed, width)
    layout = page_layout(replace(portrait, landscape=landscape))
    title = "Risks"  # the header prints the project's name beside it, as the window's
    return paint_pdf(
        path,
        f"{project} — {title}",
        layout,
        lambda writer: render_table(
            writer, title, headers, printed, project=project, note=note, first_page=first_page
        ),
    )
