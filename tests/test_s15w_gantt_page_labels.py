"""Printed Gantt across pages: the names right of a bar stay on the page where they begin,
and a timescale caption cut by a page edge is an abbreviation or nothing.

Found by a tester printing the demo plan three pages wide: page 2 began with
"r, Aisha Khan" and "ei[50%]", the ends of names whose bars ended on page 1, and a
month cut by the page edge read "M" among "March 2027" and "April 2027" (a week "3"
among "W15" and "W16"). MS Project writes "M" only where every column is that tiny.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from app.domain.scheduler import schedule
from app.formats import read_plan
from app.report.gantt_pages import GanttPageLayout, paint_page
from app.report.gantt_paint import cut_cell_labels
from app.report.options import PrintOptions
from app.report.task_table import cell_text
from app.report.timescale import TierCell, Unit, unit_labels

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


class _Recorder(QPainter):
    """A painter that notes every text drawn at a point (bar labels, timescale captions)."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[float, str]] = []

    def drawText(self, *args):
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
            self.texts.append((args[0].x(), args[1]))
        return super().drawText(*args)


@pytest.fixture(scope="module", params=[3, 7])
def printed(qapp, request):
    """(layout, [(slot, texts drawn on it)]) for the demo plan 3 and 7 pages wide (A4 landscape)."""
    plan = read_plan(DEMO)
    sched = schedule(plan)
    options = PrintOptions(pages_wide=request.param, pages_tall=1)
    layout = GanttPageLayout(plan, sched, options, 780.0, 540.0)
    chart = layout.painter_for()
    cells = cell_text(plan, sched)
    pages = []
    for slot in layout.pages:
        image = QImage(800, 560, QImage.Format.Format_ARGB32)
        p = _Recorder(image)
        paint_page(p, layout, slot, chart, cells, date(2026, 11, 26))
        p.end()
        pages.append((slot, p.texts))
    return layout, pages


def _labels_on(layout, texts):
    """The bar labels among the texts drawn: a person list, whole or ended with "…"."""
    names = set(layout.lookups.resources.values())
    out = []
    for x, text in texts:
        if text in names:
            out.append((x, text, text))
        elif text.endswith("\u2026"):
            whole = [n for n in names if n.startswith(text[:-1])]
            if whole:
                out.append((x, text, whole[0]))
    return out


def test_a_label_is_drawn_on_the_page_where_it_begins_and_ends_at_its_edge(printed):
    layout, pages = printed
    assert len(pages) in (3, 7)
    metrics = layout.painter_for()._metrics
    cut = 0
    for slot, texts in pages:
        for x, text, _whole in _labels_on(layout, texts):
            assert slot.chart_x0 <= x < slot.chart_x1, (slot.col, text)
            assert x + metrics.horizontalAdvance(text) <= slot.chart_x1 + 0.5, (slot.col, text)
            cut += text != _whole
    assert cut > 0  # the demo has names that reach a page edge: they end in "…"


def test_no_label_is_drawn_twice(printed):
    layout, pages = printed
    rows_drawn = [len(_labels_on(layout, texts)) for _slot, texts in pages]
    people_rows = sum(1 for label in layout.lookups.resources.values() if label)
    assert sum(rows_drawn) <= people_rows
    assert all(rows_drawn)  # every page carries names of its own


def test_no_caption_at_a_page_edge_is_a_lone_initial(printed):
    """Seven pages wide, the days tier's cell cut by page 4's edge read "T" (Tuesday)
    among day numbers; three wide, none should either."""
    _layout, pages = printed
    for slot, texts in pages:
        for x, text in texts:
            if slot.chart_x0 - 1 <= x <= slot.chart_x1:
                assert not (len(text) == 1 and text.isalpha()), (slot.col, text)


def _cell(start: datetime, unit: Unit, width: float) -> TierCell:
    return TierCell(start, 0.0, width, unit_labels(start, unit))


def test_a_cut_month_takes_an_abbreviation_never_its_initial():
    may = _cell(datetime(2027, 5, 1), Unit.MONTH, 60.0)
    assert cut_cell_labels(may, 0, 12.0) == ("May 2027", "May 2027", "May")
    assert cut_cell_labels(may, 0, 60.0)[-1] == "M"  # a whole cell keeps every form
    assert cut_cell_labels(may, 3, 3.0) == ("M",)  # a tier of tiny columns: so be it


def test_a_cut_week_keeps_its_week_number_form():
    week = _cell(datetime(2027, 4, 19), Unit.WEEK, 40.0)
    assert cut_cell_labels(week, 3, 20.0) == ("W16",)
