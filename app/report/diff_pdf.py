"""The change report (app/report/diff_report.py) printed: a landscape table under the
printouts' own header and footer (the title, "Printed:" with the time, Page x of y), the
facts and the project's figures first, then the changes, their headings on every page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from app.report.diff_report import CHANGE_HEADERS, FIGURE_HEADERS, DiffReport
from app.report.options import PrintOptions
from app.report.pdf_file import paint_pdf
from app.report.render import BoldRow, SpanRow, ensure_gui_app, page_layout, render_table


def report_rows(report: DiffReport) -> list[list[str]]:
    """The printed rows under the changes' headings (every page repeats them): each fact (its
    texts from the Item column on to the edge), a blank row, the figures under their own headings (bold), a blank row, the changes (a
    long baseline's tasks past the first ten counted in one row: ``report.printed``)."""
    # a fact's texts in one cell beside its label, run on over the Field and Old columns to
    # the edge: in the Item column alone, 'month1.gantry saved ... no status date' wrapped
    rows: list[list[str]] = [
        SpanRow([fact[0], "  ".join(t for t in fact[1:] if t)]) for fact in report.facts
    ]
    rows.append([])
    if report.figures:  # each figure's old and new under the changes' Old and New
        title, old, new, change = FIGURE_HEADERS
        rows.append(BoldRow([title, "", "", old, new, change]))
        rows += [[name, "", "", a, b, c] for name, a, b, c in report.figures]
        rows.append([])
    changes = report.rows if report.printed is None else report.printed  # a long baseline: counted
    sections = report.printed_sections if report.printed is not None else report.sections
    if len(sections) != len(changes):
        sections = ("",) * len(changes)
    titles = report.section_titles or {}
    heading = None
    for row, section in zip(changes, sections, strict=True):
        if section and section != heading and section in titles:  # each section under its title
            if heading is not None:
                rows.append([])
            rows.append(BoldRow(["", titles[section]]))
            heading = section
        rows.append(list(row))
    return rows if changes else [*rows, ["no changes"]]


def paint_report(device: QPagedPaintDevice, report: DiffReport, made: datetime) -> int:
    """Paint ``report`` on ``device`` (a PDF, a printer); returns its page count."""
    return render_table(
        device,
        report.title,
        CHANGE_HEADERS,
        report_rows(report),
        project=report.project,
        printed_on=made,
    )


def write_report_pdf(report: DiffReport, path: Path, made: datetime | None = None) -> int:
    """Write ``report`` as a landscape A4 PDF at ``path``; returns its page count."""
    ensure_gui_app()
    layout = page_layout(PrintOptions(paper="A4", landscape=True))
    when = made or datetime.now()
    return paint_pdf(path, report.title, layout, lambda writer: paint_report(writer, report, when))
