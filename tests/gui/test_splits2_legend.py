"""The printed legend gets a "Split" entry when the printed rows hold a split task."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtGui import QImage, QPainter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.report import gantt_pages
from app.report.gantt_pages import GanttPageLayout, paint_page
from app.report.options import PrintOptions
from app.report.page_frame import LEGEND_LABELS, has_split_rows, legend_items
from app.report.task_table import cell_text

DAY = 480


def _plan(split: bool = True) -> Plan:
    plan = Plan(project=Project(name="Slab", start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Works", 1))
    pauses = (Split(2 * DAY, 3 * DAY),) if split else ()
    plan.append_task(Task(2, "Pour", 2, duration_minutes=5 * DAY, splits=pauses))
    plan.append_task(Task(3, "Sign", 2, duration_minutes=2 * DAY))
    return plan


def test_legend_items_name_split_only_when_asked():
    assert "split" not in legend_items(baseline=True, slack=True)
    items = legend_items(baseline=False, slack=False, split=True)
    assert items[-1] == "split"
    assert LEGEND_LABELS["split"] == "Split"


def test_split_rows_are_the_printed_split_leaves():
    plan = _plan()
    assert has_split_rows(plan, [1, 2, 3])
    assert not has_split_rows(plan, [1, 3])  # the split task filtered out of the printout
    assert not has_split_rows(_plan(split=False), [1, 2, 3])


def _legend_flags(plan: Plan, monkeypatch, **options) -> list[bool]:
    """The ``split`` flag paint_legend got on each printed page."""
    seen: list[bool] = []
    real = gantt_pages.paint_legend

    def spy(p, top, width, baseline, slack, split=False, path=(), **entries):
        seen.append(split)
        real(p, top, width, baseline, slack, split, path, **entries)

    monkeypatch.setattr(gantt_pages, "paint_legend", spy)
    sched = schedule(plan)
    layout = GanttPageLayout(plan, sched, PrintOptions(**options), 780.0, 540.0)
    chart, cells = layout.painter_for(), cell_text(plan, sched)
    image = QImage(800, 560, QImage.Format.Format_ARGB32)
    for slot in layout.pages:
        p = QPainter(image)
        try:
            paint_page(p, layout, slot, chart, cells, date(2026, 1, 5))
        finally:
            p.end()
    return seen


def test_printed_pages_of_a_plan_with_a_split_task_show_the_split_entry(qapp, monkeypatch):
    flags = _legend_flags(_plan(), monkeypatch)
    assert flags
    assert all(flags)


@pytest.mark.parametrize(("split", "rows"), [(False, None), (True, (1, 3))])
def test_no_split_entry_without_a_printed_split_task(qapp, monkeypatch, split, rows):
    flags = _legend_flags(_plan(split), monkeypatch, rows=rows)
    assert flags
    assert not any(flags)


def test_layout_knows_its_split_rows(qapp):
    plan = _plan()
    options = PrintOptions()
    sched = schedule(plan)
    assert GanttPageLayout(plan, sched, options, 780.0, 540.0).split_rows
    filtered = replace(options, rows=(1, 3))
    assert not GanttPageLayout(plan, sched, filtered, 780.0, 540.0).split_rows
