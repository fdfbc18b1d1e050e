"""Format > Task Path in print: Print Preview, Print, Export PDF and Copy Picture keep its colours,
and the printed legend names them."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QImage, QPainter

from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.task_path import PathKind
from app.report.export import render_picture
from app.report.gantt_pages import GanttPageLayout, paint_page
from app.report.gantt_paint import PATH_COLORS, ChartOptions, ChartRow, Colors, path_kinds_in
from app.report.options import PrintOptions
from app.report.page_frame import LEGEND_LABELS, legend_items
from app.report.task_table import cell_text
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.gantt.copy_picture import picture_for, printed_chart
from app.ui.gantt.task_path import ACTION_IDS, highlight_of
from app.ui.gantt.task_path import PATH_COLORS as WINDOW_COLORS
from app.ui.gantt.toggles import gantt_view_of
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _plan():
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "paths.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def highlight(window, name, *kinds):
    window.tree.select_uids([uid(window, name)])
    for kind in kinds:
        window.action_collection[ACTION_IDS[kind]].setChecked(True)


def test_print_and_screen_use_the_same_colours():
    assert {k: c.name() for k, c in PATH_COLORS.items()} == {
        k: c.name() for k, c in WINDOW_COLORS.items()
    }


def test_the_legend_lists_the_printed_paths_only():
    path = {2: PathKind.DRIVING_PREDECESSORS, 6: PathKind.SUCCESSORS}
    assert path_kinds_in(path, [1, 2, 3]) == (PathKind.DRIVING_PREDECESSORS,)
    assert path_kinds_in(path, [6, 2]) == (PathKind.DRIVING_PREDECESSORS, PathKind.SUCCESSORS)
    assert path_kinds_in({}, [1, 2]) == ()
    items = legend_items(False, False, path=(PathKind.SUCCESSORS,))
    assert items[-1] == "path:SUCCESSORS"
    assert LEGEND_LABELS[items[-1]] == "Successors"
    assert not any(i.startswith("path:") for i in legend_items(True, True, True))


def _page(plan, chart: ChartOptions) -> tuple[QImage, GanttPageLayout]:
    sched = schedule(plan)
    layout = GanttPageLayout(plan, sched, PrintOptions(chart=chart), 780.0, 540.0)
    image = QImage(780, 540, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    p = QPainter(image)
    try:
        paint_page(
            p,
            layout,
            layout.pages[0],
            layout.painter_for(),
            cell_text(plan, sched),
            date(2026, 3, 1),
        )
    finally:
        p.end()
    return image, layout


def _bar_colour(image: QImage, layout: GanttPageLayout, uid: int):
    """The colour at the middle of a task's bar on the first page."""
    chart = layout.painter_for()
    row = layout.row_of[uid]
    geom = chart.geometry(ChartRow(uid, 28.0 + row * 16.0, 16.0))
    x = layout.table_width + (geom.x0 + geom.x1) / 2
    y = geom.top + (geom.bottom - geom.top) * 0.2  # above the progress line
    return image.pixelColor(int(x * layout.scale), int(layout.body_top + y * layout.scale))


def test_a_printed_page_draws_the_path_bars_in_their_colour(qapp):
    plan = _plan()
    image, layout = _page(plan, ChartOptions(path={3: PathKind.DRIVING_PREDECESSORS}))
    assert layout.path_kinds == (PathKind.DRIVING_PREDECESSORS,)
    orange = PATH_COLORS[PathKind.DRIVING_PREDECESSORS]
    on_path = _bar_colour(image, layout, 3)
    assert abs(on_path.red() - orange.red()) < 20
    assert abs(on_path.green() - orange.green()) < 20  # not the critical red it is without
    assert abs(on_path.blue() - orange.blue()) < 20
    plain = _bar_colour(image, layout, 8)  # Docs, not on the path: the usual blue
    assert plain.blue() > plain.red()
    bare, bare_layout = _page(plan, ChartOptions())
    assert bare_layout.path_kinds == ()
    assert _bar_colour(bare, bare_layout, 3) == Colors.critical  # Review is critical


def test_print_options_and_copy_picture_carry_the_windows_path(window):
    highlight(window, "Code", PathKind.DRIVING_PREDECESSORS, PathKind.SUCCESSORS)
    path = highlight_of(window).path()
    assert path  # Specs, Review before Code; Test, Go-live after it
    options = actions.print_options(window, window.document)
    assert dict(options.chart.path) == path
    view = gantt_view_of(window)
    assert dict(printed_chart(view).path) == path
    picture = picture_for(view, CopyPictureChoice(rows="all"))
    assert dict(picture.chart.path) == path
    # Remove Highlighting: nothing coloured in print either
    window.action_collection["task_path_remove"].trigger()
    assert actions.print_options(window, window.document).chart.path == {}


def test_copy_picture_draws_the_path_colours(window):
    highlight(window, "Code", PathKind.SUCCESSORS)
    view = gantt_view_of(window)
    document = window.document
    picture = picture_for(view, CopyPictureChoice(rows="all", fit=True))
    image = render_picture(document.plan, document.schedule, picture, document.lookups())
    purple = PATH_COLORS[PathKind.SUCCESSORS]
    found = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) == purple
    )
    assert found > 20
    window.action_collection["task_path_remove"].trigger()
    plain = render_picture(
        document.plan,
        document.schedule,
        picture_for(view, CopyPictureChoice(rows="all", fit=True)),
        document.lookups(),
    )
    assert not any(
        plain.pixelColor(x, y) == purple
        for x in range(0, plain.width(), 2)
        for y in range(0, plain.height(), 2)
    )


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_export_pdf_prints_the_path_and_its_legend(window, tmp_path, monkeypatch):
    highlight(window, "Code", PathKind.DRIVING_PREDECESSORS, PathKind.SUCCESSORS)
    target = tmp_path / "path.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")],
        check=True,
    )
    page = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not page.isNull()
    colours = {
        page.pixelColor(x, y).name() for x in range(page.width()) for y in range(page.height())
    }

    def near(color) -> bool:
        return any(
            abs(int(c[1:3], 16) - color.red()) < 12
            and abs(int(c[3:5], 16) - color.green()) < 12
            and abs(int(c[5:7], 16) - color.blue()) < 12
            for c in colours
        )

    assert near(PATH_COLORS[PathKind.DRIVING_PREDECESSORS])
    assert near(PATH_COLORS[PathKind.SUCCESSORS])
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Driving Predecessors" in text
        assert "Successors" in text
