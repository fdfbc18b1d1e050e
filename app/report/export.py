"""Writers for ``.pdf`` and ``.png``: the plan scheduled and drawn by the shared renderer.

Registered in app/formats.py, so ``gantry convert plan.gantry out.pdf`` and the
window's Export PDF produce the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as compute_schedule
from app.report.columns import DEFAULT_COLUMNS, Column, columns_for
from app.report.gantt_pages import ROW_H, TIMESCALE_H, cell_text, chart_span, paint_table
from app.report.gantt_paint import ChartOptions, ChartRow, GanttPainter
from app.report.options import PAPERS, PrintOptions
from app.report.render import CancelledError, ensure_gui_app, page_layout, render_gantt
from app.report.timescale import Timescale

PNG_DEFAULT_WIDTH = 1600
PNG_MIN_CHART = 200
PNG_FONT = 11  # text height in the PNG, pixels


def _as_datetime(value: Any, name: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise AppError(f"{name}: '{value}' is not a date (use YYYY-MM-DD)") from None


def print_options(plan: Plan, **options: Any) -> PrintOptions:
    """PrintOptions from the command line's keyword options (unknown ones are ignored)."""
    paper = options.get("paper") or "A4"
    match = {p.lower(): p for p in PAPERS}.get(str(paper).lower())
    if match is None:
        raise AppError(f"unknown paper '{paper}' (use {', '.join(PAPERS)})")
    wide = int(options.get("pages_wide") or 1)
    given_tall = options.get("pages_tall")
    tall = None if given_tall is None else int(given_tall)  # None: as many as stay legible
    if wide < 1 or (tall is not None and tall < 1):
        raise AppError("pages wide and pages tall must be at least 1")
    date_from = _as_datetime(options.get("date_from"), "from")
    date_to = _as_datetime(options.get("date_to"), "to")
    if date_from and date_to and date_to <= date_from:
        raise AppError("the 'to' date must come after the 'from' date")
    base = options.get("print_options")
    opts = base if isinstance(base, PrintOptions) else PrintOptions()
    chart = replace(opts.chart, status_date=plan.project.status_date)
    return replace(
        opts,
        pages_wide=wide,
        pages_tall=tall,
        date_from=date_from,
        date_to=date_to,
        paper=match,
        # Portrait unless asked: `gantry convert ... --landscape` must mean something.
        landscape=bool(options.get("landscape", False)),
        chart=chart,
    )


def write_pdf(plan: Plan, path: Path, **options: Any) -> None:
    """Write the Gantt chart as a vector PDF, tiled over ``pages_wide`` x ``pages_tall`` pages."""
    opts = print_options(plan, **options)
    ensure_gui_app()
    sched = options.get("schedule") or compute_schedule(plan)
    export_pdf_file(plan, sched, opts, Path(path))


def export_pdf_file(
    plan: Plan,
    schedule: Schedule,
    options: PrintOptions,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Write a PDF with already chosen options; returns the page count.

    A cancelled export (``progress`` returned False) leaves no file behind.
    """
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(plan.project.name)
    writer.setCreator("Gantry")
    writer.setResolution(300)
    writer.setPageLayout(page_layout(options))
    try:
        pages = render_gantt(writer, plan, schedule, options, progress)
    except CancelledError:
        del writer
        path.unlink(missing_ok=True)
        raise
    del writer  # flushes the file
    if not path.exists():
        raise AppError(f"{path}: could not write the PDF")
    return pages


@dataclass(frozen=True, slots=True)
class ImageLayout:
    """Where things sit in a PNG: table width, chart origin, row positions (pixels)."""

    width: int
    height: int
    columns: tuple[Column, ...]
    table_width: float
    timescale: Timescale
    header_height: float
    row_height: float
    uids: tuple[int, ...]

    def x_of(self, moment: datetime) -> float:
        """Pixel column of a moment."""
        return self.table_width + self.timescale.x_of(moment)

    def row_top(self, uid: int) -> float:
        """Pixel row where a task's row starts."""
        return self.header_height + self.uids.index(uid) * self.row_height


def image_layout(plan: Plan, schedule: Schedule, width: int = PNG_DEFAULT_WIDTH) -> ImageLayout:
    """Layout of the PNG of a plan at a given width."""
    # Column widths are in points for 8-unit text; the PNG's text is PNG_FONT pixels.
    grow = PNG_FONT / 8
    columns = tuple(replace(c, width=c.width * grow) for c in columns_for(DEFAULT_COLUMNS))
    table_w = float(sum(c.width for c in columns))
    if width - table_w < PNG_MIN_CHART:
        columns = tuple(replace(c, width=c.width * grow) for c in columns_for(("name",)))
        table_w = columns[0].width
    start, finish = chart_span(schedule, None, None)
    chart_w = max(width - table_w, PNG_MIN_CHART / 2)
    ts = Timescale.fitting(start, finish, chart_w)
    uids = tuple(t.uid for t in plan.tasks)
    height = int(TIMESCALE_H + len(uids) * ROW_H + 1)
    return ImageLayout(width, height, columns, table_w, ts, TIMESCALE_H, ROW_H, uids)


def render_image(plan: Plan, schedule: Schedule, width: int = PNG_DEFAULT_WIDTH) -> QImage:
    """The whole plan as one image: task columns left, chart right."""

    lay = image_layout(plan, schedule, width)
    image = QImage(lay.width, max(lay.height, 1), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    chart = GanttPainter(
        plan,
        schedule,
        lay.timescale,
        ChartOptions(status_date=plan.project.status_date),
        font_px=PNG_FONT,
    )
    rows = [ChartRow(uid, lay.row_top(uid), lay.row_height) for uid in lay.uids]
    p = QPainter(image)
    try:
        paint_table(
            p, lay.columns, rows, cell_text(plan, schedule), lay.header_height, font_px=PNG_FONT
        )
        p.translate(lay.table_width, 0)
        chart_w = lay.width - lay.table_width
        p.setClipRect(QRectF(0, 0, chart_w, lay.height))
        body = QRectF(0, lay.header_height, chart_w, lay.height - lay.header_height)
        chart.paint_background(p, body)
        chart.paint_timescale(p, QRectF(0, 0, chart_w, lay.header_height))
        geoms = chart.paint_bars(p, rows)
        chart.paint_links(p, geoms, plan.links, lay.row_height)
        chart.paint_lines(p, body)
    finally:
        p.end()
    return image


def write_png(plan: Plan, path: Path, **options: Any) -> None:
    """Write the Gantt chart as a PNG ``width`` pixels wide (default 1600)."""
    width = int(options.get("width") or PNG_DEFAULT_WIDTH)
    if width < 100 or width > 20000:
        raise AppError(f"PNG width {width} is outside 100..20000 pixels")
    ensure_gui_app()
    sched = options.get("schedule") or compute_schedule(plan)
    image = render_image(plan, sched, width)
    if not image.save(str(path)):
        raise AppError(f"{path}: could not write the PNG")
