"""The printed Gantt's dates reach every deadline arrow and, when baselines are drawn, every
baseline bar, as MS Project's 'Print: dates from/to' default covers the whole project:
a deadline after the project's finish was cut off by the page's right edge."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QColor, QImage

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.export import Picture, export_pdf_file, picture_layout
from app.report.gantt_pages import ROW_H, GanttPageLayout
from app.report.gantt_paint import ChartOptions, ChartRow, Colors
from app.report.options import PrintOptions

START = datetime(2026, 3, 2, 8, 0)
DEADLINE = datetime(2026, 5, 29, 17, 0)  # twelve weeks after a one-week project
LATE_BASELINE = datetime(2026, 7, 10, 17, 0)


def short_plan(deadline: datetime | None = DEADLINE, baseline: bool = False) -> Plan:
    """Five one-week tasks; the third has a deadline long after they all finish."""
    plan = Plan(project=Project(name="Deadline", start=START))
    for uid in range(1, 6):
        plan.append_task(
            Task(
                uid,
                f"Task {uid}",
                1,
                duration_minutes=5 * 480,
                deadline=deadline if uid == 3 else None,
            )
        )
    if baseline:
        entry = BaselineEntry(4, START - timedelta(days=14), LATE_BASELINE)
        plan.baselines[0] = Baseline(0, START, (entry,))
    return plan


def layout_of(plan: Plan, **options) -> GanttPageLayout:
    return GanttPageLayout(plan, schedule(plan), PrintOptions(**options), 780.0, 540.0)


def chart_width(layout: GanttPageLayout) -> float:
    return sum(s.chart_x1 - s.chart_x0 for s in layout.pages if s.row == 1)


def test_a_deadline_after_the_finish_is_inside_the_printed_dates(qapp):
    layout = layout_of(short_plan(), columns=("name",))
    assert layout.start <= START
    assert layout.finish > DEADLINE
    x = layout.painter_for().scale.x_of(DEADLINE)
    assert 0 < x < chart_width(layout) - 5  # the arrow's head is on the paper


def test_without_a_deadline_the_dates_end_near_the_finish(qapp):
    layout = layout_of(short_plan(deadline=None), columns=("name",))
    assert layout.finish < START + timedelta(days=14)


def test_a_deadline_before_the_start_is_inside_too(qapp):
    early = START - timedelta(days=20)
    layout = layout_of(short_plan(deadline=early), columns=("name",))
    assert layout.start <= early
    assert layout.painter_for().scale.x_of(early) > 0


def test_a_chosen_range_is_kept(qapp):
    end = START + timedelta(days=10)
    layout = layout_of(short_plan(), columns=("name",), date_to=end)
    assert layout.finish == end


def test_baselines_widen_the_dates_only_when_drawn(qapp):
    plan = short_plan(deadline=None, baseline=True)
    hidden = layout_of(plan, columns=("name",))
    assert hidden.finish < START + timedelta(days=14)
    drawn = layout_of(plan, columns=("name",), chart=ChartOptions(show_baseline=True))
    assert drawn.start <= START - timedelta(days=14)
    assert drawn.finish > LATE_BASELINE


def test_scaled_print_reaches_the_deadline(qapp):
    layout = layout_of(short_plan(), columns=("name",), scale=1.0)
    x = layout.painter_for().scale.x_of(DEADLINE)
    assert x < max(s.chart_x1 for s in layout.pages)


def test_the_picture_reaches_the_deadline(qapp):
    plan = short_plan()
    pic = picture_layout(plan, schedule(plan), Picture(width=1600))
    assert pic.x_of(DEADLINE) < pic.width - 5


def _green_columns(image: QImage) -> list[int]:
    """The x of every pixel close to the deadline arrow's green."""
    want = Colors.deadline
    xs = []
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - want.red()) < 40
                and abs(c.green() - want.green()) < 40
                and abs(c.blue() - want.blue()) < 40
            ):
                xs.append(x)
    return xs


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_pdf_shows_the_arrow_right_of_the_bars(qapp, tmp_path):
    plan = short_plan()
    # no legend: its 'Deadline' entry has a green arrow of its own
    options = PrintOptions(columns=("name",), legend=False, printed_on=START.date())
    pdf = tmp_path / "deadline.pdf"
    export_pdf_file(plan, schedule(plan), options, pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    image = QImage(str(tmp_path / "page.png"))
    xs = _green_columns(image)
    assert xs, "no deadline arrow on the page"
    # Far right of the bars (a week on a thirteen-week chart), inside the page's frame.
    assert min(xs) > image.width() * 0.6
    assert max(xs) < image.width() - 3


def kickoff_plan() -> Plan:
    """A kick-off milestone on the first morning, then a long task: a narrow chart."""
    plan = Plan(project=Project(name="Kick-off", start=START))
    plan.append_task(Task(1, "Kick-off", 1, duration_minutes=0))
    plan.append_task(Task(2, "Long haul", 1, duration_minutes=200 * 480))
    return plan


@pytest.mark.parametrize("scale", [None, 1.0])
def test_the_first_milestone_is_whole_on_the_page(qapp, scale):
    plan = kickoff_plan()
    layout = layout_of(plan, columns=("name",), scale=scale)
    g = layout.painter_for().geometry(ChartRow(1, 0.0, ROW_H))
    assert g is not None
    assert g.x0 >= 0  # the diamond's left point is on the paper
    assert layout.start < START


def test_a_chosen_first_date_is_kept_to_the_day(qapp):
    plan = kickoff_plan()
    layout = layout_of(plan, columns=("name",), date_from=START)
    assert layout.start == START
