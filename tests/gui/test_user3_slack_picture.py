"""Copy Picture with Show Slack on keeps the slack lines and the names whole.

Found on the demo plan: with View > Show Slack on, a picture of a few selected rows
ended after the last bar, so the slack lines ran off its edge and the people's names,
drawn after the slack, were cut ('Jonas Weber[5') or missing altogether. Since the chart
keeps only a little room past the finish for names (LABEL_ROOM), a name with no room
after the slack goes left of its bar, as MS Project prints the last bars' names: either
way it is drawn whole, inside the chart.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFontMetricsF

from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.chart_options import ChartRow
from app.report.export import PNG_FONT, picture_layout
from app.report.fonts import report_font
from app.report.gantt_pages import LABEL_FONT, GanttPageLayout
from app.report.gantt_paint import GanttPainter
from app.report.options import PrintOptions
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.document import Document
from app.ui.gantt.copy_picture import picture_for
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    # Notes: 1 day, unlinked, so it has weeks of slack up to the project's finish.
    plan.append_task(Task(8, "Notes", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Someone With A Long Name"))
    plan.add_assignment(Assignment(1, 8, 1, 0.5, 240))
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


@pytest.mark.parametrize("show_slack", [False, True])
def test_picture_of_selected_rows_ends_after_slack_and_names(window, show_slack):
    view = window.findChild(GanttView)
    view.set_option("show_slack", show_slack)  # View > Show Slack
    window.tree.select_uids([2, 8])  # Specs (critical, no slack) and Notes
    doc = window.document
    times = doc.schedule[8]
    assert times.total_slack_minutes > 0
    picture = picture_for(view, CopyPictureChoice("selected", fit=True))
    assert picture.chart.show_slack is show_slack
    lay = picture_layout(doc.plan, doc.schedule, picture)
    chart_w = lay.width - lay.table_width
    drawn_to = times.late_finish if show_slack else times.finish
    assert lay.timescale.x_of(drawn_to) <= chart_w  # the slack line ends in the picture
    label = doc.lookups().resources[8]
    width = QFontMetricsF(report_font(PNG_FONT)).horizontalAdvance(label)
    chart = GanttPainter(doc.plan, doc.schedule, lay.timescale, picture.chart, font_px=PNG_FONT)
    chart.label_end = chart_w
    _assert_whole_inside(chart, drawn_to, width, chart_w)


@pytest.mark.parametrize("show_slack", [False, True])
def test_printed_chart_ends_after_the_names_drawn_after_slack(show_slack):
    """File > Print and PDF: the same, on paper."""
    plan = build_plan()
    plan.append_task(Task(8, "Notes", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Someone"))
    plan.add_assignment(Assignment(1, 8, 1, 0.5, 240))
    sched = schedule(plan)
    options = PrintOptions()
    options = replace(options, chart=replace(options.chart, show_slack=show_slack))
    layout = GanttPageLayout(plan, sched, options, 780.0, 540.0)
    painter = layout.painter_for()
    times = sched[8]
    drawn_to = times.late_finish if show_slack else times.finish
    width = QFontMetricsF(report_font(LABEL_FONT)).horizontalAdvance("Someone[50%]")
    chart_end = layout.pages[-1].chart_x1
    assert painter.scale.x_of(drawn_to) <= chart_end
    _assert_whole_inside(painter, drawn_to, width, chart_end)


def _assert_whole_inside(chart, drawn_to, width, chart_end):
    """Notes' name is drawn whole (its box is the text plus 2 px a side) inside the chart:
    after its bar or slack when it fits there, else left of its bar."""
    row = ChartRow(8, 0.0, 20.0)
    (box,) = chart.label_boxes([row], {8: chart.geometry(row)})
    assert box.width() - 4 == pytest.approx(width)
    assert box.left() + 2 >= 0
    assert box.right() - 2 <= chart_end
    after = chart.scale.x_of(drawn_to) + 5 + width <= chart_end
    assert (box.left() + 2 > chart.scale.x_of(drawn_to)) is after
