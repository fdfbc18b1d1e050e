"""PDF and PNG output of the shared renderer, checked through poppler and pixel colours."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtGui import QImage, QPageLayout, QPdfWriter

from app.domain.errors import AppError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.export import image_layout, print_options, render_image
from app.report.gantt_paint import Colors
from app.report.options import PrintOptions
from app.report.render import fit_columns, page_layout, render_table

DAY = 480
NAMES = ["Kick-off", "Survey site", "Order steel", "Erect frame", "Roofing", "Handover"]

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils not installed (packaging/sysdeps.sh installs it)",
)


def _plan(extra: int = 0) -> Plan:
    plan = Plan(
        project=Project(
            name="Harbour Warehouse",
            start=datetime(2026, 3, 2, 8),
            status_date=datetime(2026, 3, 20, 17),
        )
    )
    plan.append_task(Task(1, "Build", 1))
    for i, name in enumerate(NAMES, start=2):
        plan.append_task(Task(i, name, 2, duration_minutes=(i % 3 + 2) * DAY * 3))
    for i in range(extra):
        plan.append_task(Task(100 + i, f"Extra step {i}", 2, duration_minutes=2 * DAY))
    for a, b in zip(range(2, 7), range(3, 8), strict=True):
        plan.add_link(Link(a, b))
    plan.add_resource(Resource(1, "Marta"))
    plan.add_assignment(Assignment(1, 3, 1))
    return plan


def _pdftotext(path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


@needs_poppler
@pytest.mark.parametrize(("wide", "tall"), [(1, 1), (2, 1), (3, 2)])
def test_pdf_page_grid_header_timescale_and_names(qapp, tmp_path, wide, tall):
    plan = _plan(extra=30)
    out = tmp_path / "plan.pdf"
    write_plan(plan, out, pages_wide=wide, pages_tall=tall, paper="A4", landscape=True)
    assert _pages(out) == wide * tall
    seen: set[str] = set()
    names = [t.name for t in plan.tasks]
    months = ("Mar", "Apr", "May", "Jun", "Jul", "Aug", "2026")
    for page in range(1, wide * tall + 1):
        text = _pdftotext(out, page)
        assert "Harbour Warehouse" in text, f"header missing on page {page}"
        grid = f"Page {page} of {wide * tall}"
        if wide > 1:  # and where it goes in the grid (rows printed left to right)
            grid += f" (row {(page - 1) // wide + 1}, column {(page - 1) % wide + 1})"
        assert grid in text, f"footer missing on page {page}"
        assert "Status date: 2026-03-20" in text
        assert any(m in text for m in months), f"timescale missing on page {page}"
        assert "Task name" in text  # columns repeated on every page
        seen.update(n for n in names if n in text)
    assert seen == set(names)


@needs_poppler
def test_pdf_date_range_and_paper(qapp, tmp_path):
    plan = _plan()
    out = tmp_path / "range.pdf"
    write_plan(
        plan,
        out,
        date_from=datetime(2026, 4, 1),
        date_to=datetime(2026, 5, 31),
        paper="Letter",
        landscape=False,
    )
    text = _pdftotext(out, 1)
    assert "Apr" in text
    assert "Mar 2026" not in text
    assert "March" not in text
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "612 x 792" in info  # Letter, portrait, in points


def test_pdf_to_date_is_the_last_day_shown(qapp):
    """``--to 2026-04-01`` shows all of April 1st, as Page Setup's "To" does; one day is a range."""
    opts = print_options(_plan(), date_from="2026-04-01", date_to="2026-04-01")
    assert (opts.date_from, opts.date_to) == (datetime(2026, 4, 1), datetime(2026, 4, 2))
    timed = print_options(_plan(), date_to="2026-04-01T12:00")
    assert timed.date_to == datetime(2026, 4, 1, 12)  # a moment is kept as given


@needs_poppler
def test_names_of_the_last_bars_stay_on_the_page(qapp, tmp_path):
    """The chart ends late enough for the people drawn right of the project's last bar."""
    plan = _plan()
    plan.add_resource(Resource(2, "Northern Builders Region"))
    plan.add_assignment(Assignment(2, 7, 2))  # Handover: the last task
    out = tmp_path / "names.pdf"
    write_plan(plan, out, landscape=True)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])
    region = re.search(r'xMax="([\d.]+)" yMax="[\d.]+">Region</word>', boxes)
    assert region is not None  # the whole name was drawn
    assert float(region[1]) < page_width - 20  # inside the page margin, not cut at its edge


def test_a_portrait_print_fills_its_pages_before_starting_the_next(qapp):
    """The task columns make a portrait print small: as many rows go on a page as fit then."""
    from app.report.gantt_pages import ROW_H, TIMESCALE_H, GanttPageLayout

    plan = _plan(extra=60)
    lay = GanttPageLayout(plan, schedule(plan), PrintOptions(landscape=False), 400.0, 700.0)
    assert lay.scale < 1.0  # the columns set the size
    fits = int((lay.body_height / lay.scale - TIMESCALE_H) // ROW_H)
    first = lay.pages[0]
    assert first.last_task - first.first_task == min(fits, len(plan.tasks))
    assert len(lay.pages) == -(-len(plan.tasks) // fits)


@needs_poppler
def test_names_too_long_for_the_chart_end_in_an_ellipsis(qapp, tmp_path):
    plan = _plan()
    plan.add_resource(Resource(2, "Northern Builders " + "and Partners " * 12 + "Region"))
    plan.add_assignment(Assignment(2, 7, 2))
    out = tmp_path / "long.pdf"
    write_plan(plan, out, landscape=True)
    text = _pdftotext(out, 1)
    assert "Northern Builders and Partners" in text
    assert "Region" not in text  # cut, and said to be cut:
    assert "…" in text


def test_label_room_moves_the_chart_end_only_as_needed(qapp):
    from PySide6.QtGui import QFontMetricsF

    from app.report.fonts import report_font
    from app.report.gantt_pages import LABEL_ROOM, LONE_LABEL_ROOM, end_with_label_room

    metrics = QFontMetricsF(report_font(8))
    start, end = datetime(2026, 3, 2), datetime(2026, 4, 1)
    bar = datetime(2026, 3, 20)  # a bar with room left of it for a short name
    usual = end_with_label_room(start, end, [], 600, metrics)
    assert usual == start + (end - start) * 1.04 + (usual - start - (end - start) * 1.04)
    early = [(start, datetime(2026, 3, 5), "Ana")]
    assert end_with_label_room(start, end, early, 600, metrics) == usual
    late = end_with_label_room(start, end, [(bar, end, "Ana Lopez")], 600, metrics)
    assert late > usual
    width = metrics.horizontalAdvance("Ana Lopez") + 8
    x_finish = 600 * (end - start) / (late - start)
    assert x_finish + width == pytest.approx(600, abs=0.5)  # the name ends at the edge
    # too long for LABEL_ROOM after the bar, short enough for the room left of it
    long = end_with_label_room(start, end, [(bar, end, "Someone With A Long Name")], 600, metrics)
    assert 600 * (end - start) / (long - start) == pytest.approx(600 * (1 - LABEL_ROOM))
    # no room left of its bar either (a bar from the start, its slack drawn to the end):
    # room after it up to LONE_LABEL_ROOM, so the name is not cut where it fits that
    lone = end_with_label_room(start, end, [(start, end, "Someone With A Long Name")], 600, metrics)
    width = metrics.horizontalAdvance("Someone With A Long Name") + 8
    assert 600 * (end - start) / (lone - start) + width == pytest.approx(600, abs=0.5)
    huge = end_with_label_room(start, end, [(start, end, "x" * 400)], 600, metrics)
    assert 600 * (end - start) / (huge - start) == pytest.approx(600 * (1 - LONE_LABEL_ROOM))


def test_bad_options_are_user_errors(qapp, tmp_path):
    with pytest.raises(AppError, match="paper"):
        write_plan(_plan(), tmp_path / "x.pdf", paper="B5")
    with pytest.raises(AppError, match="must not come before"):
        write_plan(_plan(), tmp_path / "x.pdf", date_from="2026-05-01", date_to="2026-04-01")
    with pytest.raises(AppError, match="width"):
        write_plan(_plan(), tmp_path / "x.png", width=5)


def _close(c, expected, tol=30) -> bool:
    return (
        abs(c.red() - expected.red()) <= tol
        and abs(c.green() - expected.green()) <= tol
        and abs(c.blue() - expected.blue()) <= tol
    )


def test_png_bars_sit_at_their_dates(qapp, tmp_path):
    plan = _plan()
    out = tmp_path / "plan.png"
    write_plan(plan, out, width=1200)
    image = QImage(str(out))
    assert image.width() == 1200
    sched = schedule(plan)
    lay = image_layout(plan, sched, 1200)
    assert image.height() == lay.height
    for uid in (2, 4, 7):
        times = sched[uid]
        x0, x1 = lay.x_of(times.start), lay.x_of(times.finish)
        y = round(lay.row_top(uid) + lay.row_height / 2) - 2  # above the progress band
        expected = Colors.critical if times.critical else Colors.bar
        inside = image.pixelColor(round((x0 + x1) / 2), y)
        assert _close(inside, expected), f"task {uid}: {inside.name()} in the bar"
        assert _close(image.pixelColor(round(x0) + 2, y), expected)
        assert _close(image.pixelColor(round(x1) - 2, y), expected)
        before = image.pixelColor(round(x0) - 4, y)
        assert not _close(before, expected, tol=10), f"task {uid}: bar starts too early"


def test_png_of_a_tiny_plan_is_deterministic(qapp):
    plan = _plan()
    sched = schedule(plan)
    a = render_image(plan, sched, 800)
    b = render_image(plan, sched, 800)
    assert a == b


def test_fit_columns_keeps_narrow_columns_whole_and_shares_the_rest():
    assert fit_columns([50, 60], 200) == [50, 60]  # all fit: as needed
    widths = fit_columns([300, 40, 55, 400], 300)
    assert widths[1:3] == [40, 55]  # figures keep their width
    assert widths[0] == widths[3] == pytest.approx((300 - 95) / 2)  # the long ones share
    assert sum(widths) == pytest.approx(300)
    assert fit_columns([100, 100, 100], 150) == [50, 50, 50]


@needs_poppler
def test_table_report_right_aligns_figures_and_left_aligns_text(qapp, tmp_path):
    out = tmp_path / "budget.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageLayout(page_layout(PrintOptions(landscape=False)))
    rows = [["Dig the footings", "€800.00"], ["Pour", "€16,600.00"]]
    render_table(writer, "Budget", ["Task", "Budget"], rows, project="Harbour Warehouse")
    del writer
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout

    def box(word: str) -> tuple[float, float]:
        found = re.search(
            rf'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">{word}<', boxes
        )
        assert found is not None, word
        return float(found[1]), float(found[2])

    assert box("€800.00")[1] == pytest.approx(box("€16,600.00")[1], abs=0.5)  # right edges
    assert box("Dig")[0] == pytest.approx(box("Pour")[0], abs=0.5)  # left edges


@needs_poppler
def test_table_report_has_header_footer_and_every_row(qapp, tmp_path):
    out = tmp_path / "team.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageLayout(page_layout(PrintOptions(landscape=False)))
    rows = [[f"Person {i}", "Engineer", f"{50 + i} €/h"] for i in range(120)]
    pages = render_table(
        writer,
        "Team",
        ["Name", "Role", "Rate"],
        rows,
        project="Harbour Warehouse",
        printed_on=date(2026, 3, 1),
    )
    del writer
    assert pages == _pages(out) > 1
    text = "".join(_pdftotext(out, p) for p in range(1, pages + 1))
    for p in range(1, pages + 1):
        page = _pdftotext(out, p)
        assert "Harbour Warehouse" in page
        assert "Printed: 2026-03-01" in page
        assert "Name" in page
        assert f"Page {p} of {pages}" in page
    assert all(f"Person {i} " in text or f"Person {i}\n" in text for i in range(120))


def test_landscape_layout_is_wider_than_tall(qapp):
    lay = page_layout(PrintOptions(paper="A3", landscape=True))
    rect = lay.fullRect(QPageLayout.Unit.Point)
    assert rect.width() > rect.height()


@needs_poppler
def test_scale_mode_and_unrepeated_columns(qapp, tmp_path):
    plan = _plan(extra=80)
    out = tmp_path / "scaled.pdf"
    from app.report.export import export_pdf_file

    opts = PrintOptions(scale=1.0, repeat_columns=False, printed_on=date(2026, 3, 1))
    pages = export_pdf_file(plan, schedule(plan), opts, out)
    assert pages == _pages(out) > 2
    first, last = _pdftotext(out, 1), _pdftotext(out, pages)
    place = re.search(r"Page \d+ of (\d+)(?: \(row (\d+), column (\d+)\))?", last)
    assert place is not None
    rows, cols = (int(place.group(2)), int(place.group(3))) if place.group(2) else (pages, 1)
    assert int(place.group(1)) == rows * cols == pages
    assert rows > 1
    assert "Task name" in first
    if cols > 1:
        assert "Task name" not in _pdftotext(out, 2)  # columns only on the first page column
    label = f"Page {pages} of {pages}" + (f" (row {rows}, column {cols})" if cols > 1 else "")
    assert label in last


def test_png_draws_the_status_date_line(qapp):
    plan = _plan()
    sched = schedule(plan)
    image = render_image(plan, sched, 1000)
    lay = image_layout(plan, sched, 1000)
    x = round(lay.x_of(plan.project.status_date))
    column = [image.pixelColor(x, y) for y in range(round(lay.header_height) + 2, lay.height - 2)]
    hits = sum(_close(c, Colors.status, tol=60) for c in column)
    assert hits > len(column) // 4  # a dashed line down the chart
    elsewhere = [
        image.pixelColor(x + 15, y) for y in range(round(lay.header_height) + 2, lay.height - 2)
    ]
    assert sum(_close(c, Colors.status, tol=60) for c in elsewhere) == 0


def test_hours_zoom_shades_nights_and_lunch_but_not_working_hours(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter

    from app.report.gantt_paint import ChartOptions, GanttPainter
    from app.report.timescale import Timescale, level_named

    plan = _plan()
    scale = Timescale.at_level(datetime(2026, 3, 2), level_named("hours"))  # a Monday
    chart = GanttPainter(plan, schedule(plan), scale, ChartOptions())
    image = QImage(round(scale.x_of(datetime(2026, 3, 3))), 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    chart.paint_background(p, QRectF(0, 0, image.width(), 40))
    p.end()

    def at(hour: float):
        return image.pixelColor(
            round(scale.x_of(datetime(2026, 3, 2)) + hour * scale.px_per_day / 24), 20
        )

    assert _close(at(3), Colors.nonworking, tol=3)
    assert _close(at(12.5), Colors.nonworking, tol=3)  # lunch break
    assert at(10) == QColor("white")
    assert at(15) == QColor("white")


@needs_poppler
def test_convert_is_portrait_when_paper_alone_is_asked(qapp, tmp_path):
    def size(path):
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
        line = next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))
        w, h = (float(v) for v in line.split()[2:5:2])
        return w, h

    write_plan(_plan(), tmp_path / "p.pdf", paper="A4")  # no orientation: see test_s19p2_*
    write_plan(_plan(), tmp_path / "l.pdf", landscape=True)
    pw, ph = size(tmp_path / "p.pdf")
    lw, lh = size(tmp_path / "l.pdf")
    assert pw < ph
    assert lw > lh


@needs_poppler
def test_a_big_plan_takes_pages_tall_by_default_instead_of_squeezing_onto_one(qapp, tmp_path):
    """GanttProject squeezes any plan onto one page; without --pages-tall, rows stay legible."""
    from app.report.gantt_pages import LEGIBLE_SCALE, GanttPageLayout

    small, big = _plan(), _plan(extra=300)
    out = tmp_path / "big.pdf"
    write_plan(big, out, paper="A4")
    pages = _pages(out)
    assert pages > 1
    assert f"Page {pages} of {pages}" in _pdftotext(out, pages)
    assert "Extra step 299" in _pdftotext(out, pages)  # the last row is on the last page
    rect = page_layout(PrintOptions(paper="A4", landscape=False)).paintRectPoints()
    layout = GanttPageLayout(big, schedule(big), PrintOptions(), rect.width(), rect.height())
    assert layout.rows_count == pages
    assert layout.scale >= LEGIBLE_SCALE
    # one page fewer would have shrunk the rows below the legible size
    tighter = GanttPageLayout(
        big, schedule(big), PrintOptions(pages_tall=pages - 1), rect.width(), rect.height()
    )
    assert tighter.scale < LEGIBLE_SCALE
    # a plan that fits one page legibly stays on one page
    write_plan(small, tmp_path / "small.pdf", paper="A4")
    assert _pages(tmp_path / "small.pdf") == 1
    # asked for one page, one page it is
    write_plan(big, tmp_path / "one.pdf", paper="A4", pages_tall=1)
    assert _pages(tmp_path / "one.pdf") == 1
