"""View > Leveling Gantt, MS Project's: the Delay table (Leveling Delay, Duration, Start,
Finish...) and each task's bar before leveling drawn above its leveled bar, the delay a
line before it; printed as shown; View > Gantt Chart goes back to Entry and plain bars."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QMenu

from app.assets import resource_path
from app.cli import main
from app.domain.leveling_fields import dates_before_leveling
from app.domain.scheduler import schedule
from app.report.bars import BarKind
from app.report.chart_options import ChartOptions, ChartRow
from app.report.export import export_pdf_file
from app.report.gantt_paint import GanttPainter
from app.report.options import PrintOptions
from app.report.page_frame import legend_items
from app.report.timescale import ZOOM_LEVELS, Timescale
from app.store.document import read_plan
from app.ui.app import Session
from app.ui.gantt.copy_picture import printed_chart
from app.ui.gantt.toggles import leveling_gantt_of, tracking_gantt_of
from app.ui.models.task_edits import DEFAULT_COLUMNS
from app.ui.settings import Settings
from app.ui.sheet_tables import built_in
from app.ui.table_menu import controller_of

DELAYED = 24  # the demo's 'Service desk module', 35ed once leveled


@pytest.fixture(scope="module")
def leveled(tmp_path_factory):
    path = tmp_path_factory.mktemp("s22lc") / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    assert main(["level", str(path)]) == 0
    return path


@pytest.fixture
def plan(tmp_path, leveled):
    path = tmp_path / "crm.gantry"
    shutil.copy(leveled, path)
    return path


def _open(qtbot, tmp_path, path):
    settings = Settings(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _shown(window) -> tuple[int, ...]:
    tree = window.tree
    header = tree.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return tuple(c for c in order if not tree.isColumnHidden(c))


def test_s22lc_leveling_gantt_shows_the_delay_table_and_the_bars_before_leveling(
    qtbot, tmp_path, plan
):
    window = _open(qtbot, tmp_path, plan)
    actions = window.action_collection
    view_menu = [a.objectName() for a in window.menuBar().findChild(QMenu, "view_menu").actions()]
    assert view_menu.index("view_leveling_gantt") == view_menu.index("view_tracking_gantt") + 1
    actions["view_leveling_gantt"].trigger()
    assert window.current_view == "gantt"
    assert _shown(window) == built_in("delay").columns
    assert controller_of(window).label.text() == "Table: Delay"
    assert actions["view_leveling_gantt"].isChecked()
    assert not actions["view_gantt"].isChecked()
    options = printed_chart(window.gantt)  # what the chart draws, prints and copies
    assert options.show_preleveled
    painter = window.gantt.chart_painter()
    geom = painter.geometry(ChartRow(DELAYED, 0.0, 20.0))
    before = dates_before_leveling(window.document.plan)[DELAYED]
    scale = painter.scale
    assert geom.preleveled == (scale.x_of(before[0]), scale.x_of(before[1]))
    assert geom.preleveled[0] < geom.x0  # it was to start earlier
    assert geom.delay_x0 is not None
    assert geom.delay_x0 < geom.x0
    assert geom.preleveled_top < geom.top  # above the leveled bar
    actions["view_gantt"].trigger()
    assert _shown(window) == DEFAULT_COLUMNS
    assert not window.gantt.options.show_preleveled
    assert window.gantt.chart_painter().geometry(ChartRow(DELAYED, 0.0, 20.0)).preleveled is None
    assert not leveling_gantt_of(window).active


def test_s22lc_from_tracking_gantt_to_leveling_gantt_and_back(qtbot, tmp_path, plan):
    window = _open(qtbot, tmp_path, plan)
    actions = window.action_collection
    actions["view_tracking_gantt"].trigger()
    assert actions["gantt_show_baseline"].isChecked()
    actions["view_leveling_gantt"].trigger()
    assert not actions["gantt_show_baseline"].isChecked()  # Tracking Gantt's, taken back
    assert not tracking_gantt_of(window).active
    assert window.gantt.options.right_label == "people"
    assert actions["view_leveling_gantt"].isChecked()
    actions["view_team"].trigger()
    window.show_view("gantt")  # back on the Gantt page: still the Leveling Gantt
    assert actions["view_leveling_gantt"].isChecked()
    assert window.gantt.options.show_preleveled
    actions["view_tracking_gantt"].trigger()
    assert not window.gantt.options.show_preleveled
    assert not leveling_gantt_of(window).active
    assert actions["gantt_show_baseline"].isChecked()


def test_s22lc_the_bar_before_leveling_is_drawn_for_every_task_of_a_leveled_plan(leveled):
    plan = read_plan(leveled)
    found = schedule(plan)
    scale = Timescale.at_level(datetime(2027, 1, 1), ZOOM_LEVELS[2])
    on = GanttPainter(plan, found, scale, ChartOptions(show_preleveled=True))
    off = GanttPainter(plan, found, scale, ChartOptions())
    row = ChartRow(DELAYED, 0.0, 20.0)
    assert off.geometry(row).preleveled is None
    kinds = {on.geometry(ChartRow(t.uid, 0.0, 20.0)).kind for t in plan.tasks}
    assert BarKind.MILESTONE in kinds
    image = QImage(800, 60, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    p = QPainter(image)
    geoms = on.paint_bars(p, [ChartRow(DELAYED, 0.0, 20.0), ChartRow(2, 20.0, 20.0)])
    p.end()
    assert geoms[DELAYED].preleveled is not None
    assert geoms[2].preleveled is not None  # kick-off did not move: its bar before is its bar
    assert geoms[2].preleveled[1] == geoms[2].x1 or geoms[2].kind is BarKind.MILESTONE


def test_s22lc_a_plan_left_in_leveling_gantt_reopens_in_it(qtbot, tmp_path, plan):
    window = _open(qtbot, tmp_path, plan)
    window.action_collection["view_leveling_gantt"].trigger()
    window.close()
    again = _open(qtbot, tmp_path, plan)
    assert leveling_gantt_of(again).active
    assert not tracking_gantt_of(again).active
    assert again.action_collection["view_leveling_gantt"].isChecked()
    assert _shown(again) == built_in("delay").columns
    assert printed_chart(again.gantt).show_preleveled
    again.action_collection["view_gantt"].trigger()
    again.close()
    third = _open(qtbot, tmp_path, plan)
    assert not leveling_gantt_of(third).active
    assert not third.gantt.options.show_preleveled


def test_s22lc_printed_leveling_gantt_has_its_bars_in_the_legend(leveled, tmp_path):
    plan = read_plan(leveled)
    chart = ChartOptions(show_preleveled=True)
    assert legend_items(False, False, preleveled=True)[-2:] == ["preleveled", "leveling_delay"]
    assert "preleveled" not in legend_items(False, False)
    out = tmp_path / "leveling.pdf"
    pages = export_pdf_file(plan, schedule(plan), PrintOptions(chart=chart), out)
    assert pages >= 1
    assert out.stat().st_size > 0
