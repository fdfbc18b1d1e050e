"""MS Project's Tracking Gantt writes each bar's % complete right of it: ChartOptions'
right_label, drawn on screen and in print, set by View > Tracking Gantt and put back by
View > Gantt Chart."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.assets import resource_path
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.report.export import write_pdf
from app.report.gantt_paint import ChartOptions, GanttPainter
from app.report.options import PrintOptions
from app.report.timescale import Timescale, level_named
from app.ui.app import Session
from app.ui.gantt.copy_picture import printed_chart
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


@pytest.fixture
def plan():
    """Specs 40 % done, Code 75 % done and staffed by Ana."""
    plan = build_plan()
    plan.update_task(replace(plan.task(2), percent_complete=40.0))
    plan.update_task(replace(plan.task(5), percent_complete=75.0))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1, work_minutes=5 * 480))
    return plan


def _painter(plan, **options) -> GanttPainter:
    scale = Timescale(datetime(2026, 3, 1), 26.0, level_named("days"))
    return GanttPainter(plan, schedule(plan), scale, ChartOptions(**options))


def test_the_label_right_of_a_bar_is_the_options_choice(qapp, plan):
    people = _painter(plan)
    assert ChartOptions().right_label == "people"
    assert people.bar_label(5) == "Ana"
    assert people.bar_label(2) == ""
    assert _painter(plan, show_resources=False).bar_label(5) == ""
    percent = _painter(plan, right_label="percent")
    assert percent.bar_label(2) == "40%"
    assert percent.bar_label(5) == "75%"
    assert percent.bar_label(7) == "0%"  # the milestone too
    design = percent.bar_label(1)  # a summary: rolled up from Specs and Review
    assert design == f"{schedule(plan).get(1).percent_complete:.0f}%"
    assert design not in ("0%", "40%")
    assert _painter(plan, right_label="percent", show_resources=False).bar_label(2) == "40%"
    assert _painter(plan, right_label=None).bar_label(5) == ""


def _pdf_text(plan, tmp_path, chart: ChartOptions) -> str:
    out = tmp_path / f"{chart.right_label}.pdf"
    write_pdf(plan, out, print_options=PrintOptions(columns=("name",), chart=chart))
    return subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_poppler
def test_the_printout_writes_the_percent_instead_of_the_people(qapp, plan, tmp_path):
    people = _pdf_text(plan, tmp_path, ChartOptions())
    assert "Ana" in people
    assert "40%" not in people
    percent = _pdf_text(plan, tmp_path, ChartOptions(right_label="percent"))
    assert "40%" in percent
    assert "75%" in percent
    assert "Ana" not in percent


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "g.ini")


def _open(qtbot, ini, path):
    window = Session(Settings(QSettings(ini, QSettings.Format.IniFormat))).open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_tracking_gantt_labels_the_bars_with_percent_and_gantt_chart_puts_back(
    qtbot, tmp_path, ini
):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    window = _open(qtbot, ini, path)
    actions = window.action_collection
    assert window.gantt.options.right_label == "people"
    actions["view_tracking_gantt"].trigger()
    assert window.gantt.options.right_label == "percent"
    assert printed_chart(window.gantt).right_label == "percent"  # Print and PDF draw it
    task = window.document.plan.tasks[1]
    assert window.gantt.chart_painter().bar_label(task.uid).endswith("%")
    actions["view_gantt"].trigger()
    assert window.gantt.options.right_label == "people"
    actions["view_tracking_gantt"].trigger()
    window.close()
    again = _open(qtbot, ini, path)  # left in Tracking Gantt: it reopens so, labels too
    assert again.action_collection["view_tracking_gantt"].isChecked()
    assert again.gantt.options.right_label == "percent"
    again.action_collection["view_gantt"].trigger()
    assert again.gantt.options.right_label == "people"
