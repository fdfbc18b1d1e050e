"""View > Group by drawn: the Gantt chart's group bars, the printout's and Copy Picture's
group header rows."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.grouping_rows import is_group_key
from app.report.export import Picture, render_picture
from app.report.group_rows import GROUP_BAR, GROUP_FILLS
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.gantt.canvas import group_tip, paint_group_bars
from app.ui.gantt.view import GanttView
from app.ui.models.task_rows import group_headers
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.test_s16g_sheet_groups import BY_RESOURCE, _plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "drawn.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _near(color: QColor, wanted: QColor, slack: int = 12) -> bool:
    return all(
        abs(a - b) <= slack for a, b in zip(color.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_the_chart_draws_a_group_bar_on_each_header_row(window, qtbot):
    view = window.findChild(GanttView)
    assert view is not None
    window.action_collection["group_resource"].trigger()
    qtbot.waitUntil(lambda: len(view.visible_rows()) >= len(BY_RESOURCE))
    rows = view.visible_rows()
    heads = [r for r in rows if is_group_key(r.uid)]
    assert len(heads) == 3
    image = QImage(view.canvas.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        drawn = paint_group_bars(view, p, image.width(), image.height())
    finally:
        p.end()
    assert drawn == 3
    # The canvas as painted: Ann's group bar runs from Specs' start to Code's finish.
    shot = view.canvas.grab().toImage()
    group = window.model.group_of(heads[0].uid)
    scale = view.chart_painter().scale
    x = int((scale.x_of(group.rollup.start) + scale.x_of(group.rollup.finish)) / 2) - view.hscroll
    y = int(heads[0].top + heads[0].height * 0.35)
    assert _near(shot.pixelColor(x, y), GROUP_BAR)
    # No bar on the header row past the group's finish.
    after = int(scale.x_of(group.rollup.finish)) - view.hscroll + 30
    if after < shot.width():
        assert not _near(shot.pixelColor(after, y), GROUP_BAR)
    # Ungrouped, nothing is drawn.
    window.action_collection["group_no_group"].trigger()
    p = QPainter(image)
    try:
        assert paint_group_bars(view, p, image.width(), image.height()) == 0
    finally:
        p.end()


def test_print_options_carry_the_header_rows(window):
    window.action_collection["group_resource"].trigger()
    options = actions.print_options(window, window.document)
    assert options.rows == tuple(window.model.shown_uids())
    heads = [u for u in options.rows if is_group_key(u)]
    assert sorted(options.groups) == sorted(heads)
    assert options.groups[heads[0]].label == "Resource Names: Ann"
    assert not options.chart.show_links  # as on screen: a task may show in two groups
    window.action_collection["group_no_group"].trigger()
    options = actions.print_options(window, window.document)
    assert options.groups == {}
    assert options.chart.show_links


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_pdf_prints_the_group_headers(window, tmp_path, monkeypatch):
    target = tmp_path / "grouped.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    window.action_collection["group_resource"].trigger()
    assert actions.export_pdf(window, window.document) == target
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for label in ("Resource Names: Ann", "Resource Names: Bob", "No Resource Names"):
        assert label in text
    assert text.count("Specs") == 2  # under Ann and under Bob
    assert text.index("Resource Names: Ann") < text.index("Resource Names: Bob")


def test_a_picture_of_grouped_rows_shades_the_headers(window):
    window.action_collection["group_resource"].trigger()
    model = window.model
    uids = tuple(model.shown_uids())
    picture = Picture(uids=uids, columns=("name",), width=900, groups=group_headers(model))
    document = window.document
    image = render_picture(document.plan, document.schedule, picture)
    # The first row below the timescale is Ann's header: shaded yellow at its left.
    from app.report.export import picture_layout

    lay = picture_layout(document.plan, document.schedule, picture)
    y = int(lay.row_top(uids[0]) + lay.row_height / 2)
    assert _near(image.pixelColor(2, y), GROUP_FILLS[0])
    task_y = int(lay.row_top(uids[1]) + lay.row_height / 2)
    assert not _near(image.pixelColor(2, task_y), GROUP_FILLS[0])
    # Specs, under Ann and under Bob, is written on both of its rows.
    for i, uid in enumerate(uids):
        if uid == 2:
            mid = int(lay.header_height + (i + 0.5) * lay.row_height)
            dark = [x for x in range(4, 120) if image.pixelColor(x, mid).lightness() < 120]
            assert dark, f"row {i} holds no text"
    # Without its groups a header row is left blank rather than failing.
    bare = render_picture(document.plan, document.schedule, Picture(uids=uids, width=900))
    assert bare.width() == 900


def test_hovering_a_group_bar_tells_its_figures(window, qtbot):
    from PySide6.QtCore import QPointF

    view = window.findChild(GanttView)
    window.action_collection["group_resource"].trigger()
    qtbot.waitUntil(lambda: len(view.visible_rows()) >= len(BY_RESOURCE))
    head = next(r for r in view.visible_rows() if is_group_key(r.uid))
    group = window.model.group_of(head.uid)
    scale = view.chart_painter().scale
    x = (scale.x_of(group.rollup.start) + scale.x_of(group.rollup.finish)) / 2 - view.hscroll
    tip = group_tip(view, QPointF(x, head.top + head.height / 2))
    assert tip is not None
    assert tip.splitlines()[0] == "Resource Names: Ann (2 tasks)"
    assert "Duration: 9d" in tip
    task_row = next(r for r in view.visible_rows() if not is_group_key(r.uid))
    assert group_tip(view, QPointF(x, task_row.top + task_row.height / 2)) is None
