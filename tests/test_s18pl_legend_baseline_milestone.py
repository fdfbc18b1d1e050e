"""The printed legend shows the grey diamond a milestone's baseline is drawn as (since
1db479e) beside the Baseline bar, when a printed milestone has a baseline shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report import gantt_pages
from app.report.chart_options import ChartOptions
from app.report.colors import Colors
from app.report.gantt_pages import GanttPageLayout, paint_page
from app.report.options import PrintOptions
from app.report.page_frame import LEGEND_H, has_baseline_milestone_rows, legend_items, paint_legend
from app.report.plan_lookups import PlanLookups
from app.report.task_table import cell_text

DAY = 480
START = datetime(2026, 1, 5, 8)


def _plan(milestone_baseline: bool = True) -> Plan:
    plan = Plan(project=Project(name="Slab", start=START))
    plan.append_task(Task(1, "Works", 1))
    plan.append_task(Task(2, "Pour", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Signed off", 2, milestone=True))
    entries = [BaselineEntry(2, START, datetime(2026, 1, 9, 17))]
    if milestone_baseline:
        signed = datetime(2026, 1, 8, 17)
        entries.append(BaselineEntry(3, signed, signed))
    plan.set_baseline(Baseline(0, START, tuple(entries)))
    return plan


def test_s18pl_the_entry_follows_the_baseline_entry():
    assert "baseline_milestone" not in legend_items(baseline=True, slack=False)
    items = legend_items(baseline=True, slack=False, baseline_milestone=True)
    assert items[items.index("baseline") + 1] == "baseline_milestone"
    # baselines hidden: neither
    assert "baseline_milestone" not in legend_items(False, False, baseline_milestone=True)


def test_s18pl_only_a_printed_milestone_with_a_baseline_counts():
    plan = _plan()
    sched = schedule(plan)
    lookups = PlanLookups(plan)
    assert has_baseline_milestone_rows(lookups, sched, [1, 2, 3])
    assert not has_baseline_milestone_rows(lookups, sched, [1, 2])  # filtered out
    bare = _plan(milestone_baseline=False)
    assert not has_baseline_milestone_rows(PlanLookups(bare), schedule(bare), [1, 2, 3])


def _printed_flags(plan: Plan, monkeypatch, show_baseline: bool) -> list[bool]:
    seen: list[bool] = []
    real = gantt_pages.paint_legend

    def spy(*args, **entries):
        seen.append(entries.get("baseline_milestone", False))
        real(*args, **entries)

    monkeypatch.setattr(gantt_pages, "paint_legend", spy)
    sched = schedule(plan)
    options = PrintOptions(chart=replace(ChartOptions(), show_baseline=show_baseline))
    layout = GanttPageLayout(plan, sched, options, 780.0, 540.0)
    chart, cells = layout.painter_for(), cell_text(plan, sched)
    image = QImage(800, 560, QImage.Format.Format_ARGB32)
    for slot in layout.pages:
        p = QPainter(image)
        try:
            paint_page(p, layout, slot, chart, cells, date(2026, 1, 5))
        finally:
            p.end()
    return seen


def test_s18pl_printed_pages_ask_for_the_diamond(qapp, monkeypatch):
    assert set(_printed_flags(_plan(), monkeypatch, True)) == {True}
    assert set(_printed_flags(_plan(), monkeypatch, False)) == {False}
    assert set(_printed_flags(_plan(False), monkeypatch, True)) == {False}


def test_s18pl_the_swatch_is_a_grey_diamond(qapp):
    image = QImage(600, int(LEGEND_H), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    paint_legend(p, 0, 600, True, False, baseline_milestone=True)
    p.end()
    grey = Colors.baseline.rgb()
    y = round(LEGEND_H / 2)
    columns = [x for x in range(600) if image.pixel(x, y) == grey]
    # the bar and, after a gap, the diamond: widest at its middle, a point above
    bar_end = next(x for i, x in enumerate(columns) if columns[i + 1] != x + 1)
    diamond = [x for x in columns if x > bar_end + 10]
    assert 4 <= len(diamond) <= 9
    middle = diamond[len(diamond) // 2]
    assert image.pixel(middle, y - 3) == grey or image.pixel(middle, y - 2) == grey
    assert image.pixel(diamond[0], y - 3) != grey  # a diamond, not a square
