"""Names right of the bars cut with "…" in the middle of a name when many people are on a
task: the page keeps whole names and says how many more ("Chen Wei[50%], +3"). With a
scale, the names run on to the right edge of the pages made wide enough for them, where
they were cut at the project's finish."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QFontMetricsF

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.bar_labels import fitted_label
from app.report.fonts import report_font
from app.report.gantt_pages import LABEL_FONT, ROW_H, TIMESCALE_H, GanttPageLayout
from app.report.gantt_paint import ChartRow
from app.report.options import PrintOptions

NAMES = ["Aisha Khan", "Tom Becker", "Sofia Rossi", "Maria Lopez", "Chen Wei", "Priya Nair"]


def crew() -> Plan:
    """A long task, then the last one with six people at 50 %."""
    plan = Plan(project=Project(name="Crew", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480 * 40))
    plan.append_task(Task(2, "Handover", 1, duration_minutes=480 * 2))
    plan.add_link(Link(1, 2))
    for uid, name in enumerate(NAMES, start=1):
        plan.add_resource(Resource(uid, name))
        plan.add_assignment(Assignment(uid, 2, uid, units=0.5))
    return plan


def test_s18p2_fitted_label_keeps_whole_names_and_counts_the_rest(qapp):
    advance = QFontMetricsF(report_font(LABEL_FONT)).horizontalAdvance
    label = "Aisha Khan[50%], Tom Becker, Sofia Rossi[25%]"
    assert fitted_label(label, advance(label), advance) == label
    two = advance("Aisha Khan[50%], Tom Becker, +1")
    assert fitted_label(label, two, advance) == "Aisha Khan[50%], Tom Becker, +1"
    assert fitted_label(label, two - 1, advance) == "Aisha Khan[50%], +2"
    assert fitted_label(label, 20, advance) == ""  # not one name: the caller elides
    assert fitted_label("45%", 5, advance) == ""


def _label_on_pages(layout: GanttPageLayout) -> list[str]:
    painter = layout.painter_for()
    row = ChartRow(2, TIMESCALE_H + ROW_H, ROW_H)
    geom = painter.geometry(row)
    out = []
    for slot in layout.pages:
        placed = painter._label_at(2, geom, None, (slot.chart_x0, slot.chart_x1))
        if placed is not None:
            out.append(placed[1])
    return out


def test_s18p2_a_fitted_page_prints_whole_names_and_a_count(qapp):
    plan = crew()
    layout = GanttPageLayout(plan, schedule(plan), PrintOptions(), 770.0, 523.0)
    (label,) = _label_on_pages(layout)
    shown, _, more = label.rpartition(", +")
    assert more.isdigit()
    names = shown.split(", ")
    assert len(names) + int(more) == len(NAMES)
    assert names == [f"{n}[50%]" for n in NAMES[: len(names)]]
    assert "\u2026" not in label


def test_s18p2_a_scaled_print_lets_the_names_run_to_the_pages_edge(qapp):
    plan = crew()
    layout = GanttPageLayout(plan, schedule(plan), PrintOptions(scale=1.0), 523.0, 770.0)
    painter = layout.painter_for()
    assert painter.label_end == layout.chart_end == layout.pages[-1].chart_x1
    assert painter.label_end > layout.timescale.x_of(layout.finish)  # it was cut there
    (label,) = _label_on_pages(layout)
    # cut at the page edge: the first name (without its units, shortened) and the count
    assert label.startswith("Aisha K")
    assert label.endswith("+5")
    assert "[" not in label
