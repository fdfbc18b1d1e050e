"""On paper and in pictures the people's names right of a bar are drawn after the link
lines, which are kept off the names' boxes: a link line running on past a bar to a later
successor struck through the names ('Chen Wei' on the demo's printed Gantt); now it passes
behind them."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.report import gantt_paint
from app.report.export import PNG_FONT, Picture, picture_layout, render_picture
from app.report.fonts import report_font
from app.report.gantt_pages import GanttPageLayout, paint_page
from app.report.options import PrintOptions
from app.report.task_table import cell_text

START = datetime(2026, 3, 2, 8, 0)
NAME = "Ana Lindqvist"


def crossing_plan() -> Plan:
    """A one-day task done by Ana, linked to a task three weeks later on the next row: the
    link's line runs along the first row, under Ana's name, to the later start."""
    plan = Plan(project=Project(name="Halo", start=START))
    plan.append_task(Task(1, "Prep", 1, duration_minutes=480))
    later = START + timedelta(days=21)
    plan.append_task(
        Task(
            2,
            "Later",
            1,
            duration_minutes=480,
            constraint_type=ConstraintType.SNET,
            constraint_date=later,
        )
    )
    plan.add_link(Link(1, 2, LinkType.FS))
    plan.add_resource(Resource(1, NAME))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 480))
    return plan


def _dark(c: QColor) -> bool:
    return max(c.red(), c.green(), c.blue()) < 140


def _white(c: QColor) -> bool:
    return min(c.red(), c.green(), c.blue()) > 235


def test_the_link_line_breaks_around_the_name_in_a_picture(qapp):
    plan = crossing_plan()
    sched = schedule(plan)
    picture = Picture(width=900, columns=("name",))
    lay = picture_layout(plan, sched, picture)
    image = render_picture(plan, sched, picture)
    top = int(lay.row_top(1))
    bottom = int(top + lay.row_height)
    name_x = lay.x_of(sched.times[1].finish) + 5
    name_w = QFontMetricsF(report_font(PNG_FONT)).horizontalAdvance(NAME)
    # The line's height: the dark pixel of the row well right of the name, before task 2.
    probe = int(name_x + name_w + 30)
    assert probe < lay.x_of(sched.times[2].start)
    ys = [y for y in range(top, bottom) if _dark(QColor(image.pixel(probe, y)))]
    assert ys, "no link line along the first row"
    y = ys[0]
    span = range(int(name_x) + 1, int(name_x + name_w) - 1)
    white = [x for x in span if _white(QColor(image.pixel(x, y)))]
    # Drawn through the name, the line left no white pixel on its way under it.
    assert len(white) > len(span) // 10


def test_a_printed_page_draws_the_names_after_the_links(qapp, monkeypatch):
    plan = crossing_plan()
    sched = schedule(plan)
    order: list[str] = []
    links = gantt_paint.GanttPainter.paint_links
    labels = gantt_paint.GanttPainter.paint_labels

    def record_links(self, *args, **kw):
        order.append("links")
        return links(self, *args, **kw)

    def record_labels(self, *args, **kw):
        order.append("labels")
        return labels(self, *args, **kw)

    monkeypatch.setattr(gantt_paint.GanttPainter, "paint_links", record_links)
    monkeypatch.setattr(gantt_paint.GanttPainter, "paint_labels", record_labels)
    layout = GanttPageLayout(plan, sched, PrintOptions(columns=("name",)), 780.0, 540.0)
    image = QImage(780, 540, QImage.Format.Format_RGB32)
    p = QPainter(image)
    try:
        paint_page(
            p, layout, layout.pages[0], layout.painter_for(), cell_text(plan, sched), START.date()
        )
    finally:
        p.end()
    assert order == ["links", "labels"]
