"""File > Print Preview printed every sheet column on an upright page, the Gantt a quarter
of it (a 322-row sprint plan): until Page Setup chooses, the window prints the columns left
of the divider, as MS Project does, and Automatic turns a squeezed Gantt landscape for a few
more pages (portrait only where landscape takes many more: s20wn's 2,000 tasks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report import page_orientation
from app.report.options import PrintOptions
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.printing import actions
from app.ui.settings import Settings


def sprints(rows: int) -> Plan:
    """Sprints of ten stories each, one after another."""
    plan = Plan(project=Project(name="Sprints", start=datetime(2027, 1, 4, 8)))
    uid, story = 0, None
    while uid < rows:
        uid += 1
        plan.append_task(Task(uid, f"Sprint {uid}", 1))
        for _ in range(10):
            uid += 1
            plan.append_task(Task(uid, f"Story {uid}", 2, duration_minutes=2 * 480))
            if story is not None:
                plan.add_link(Link(story, uid, LinkType.FS))
            story = uid
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "sprints.gantry"
    GantryFile.create(path, sprints(320)).close()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1400, 800)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _left_of_divider(window) -> tuple[str, ...]:
    tree = window.tree
    header = tree.horizontalHeader()
    width = tree.viewport().width()
    shown = sorted(
        (c for c in range(header.count()) if not header.isSectionHidden(c)),
        key=header.visualIndex,
    )
    return tuple(
        window.model.headerData(c, header.orientation()) or ""
        for c in shown
        if header.sectionPosition(c) < width
    )


def test_s25su_the_columns_left_of_the_divider_print(window, qtbot):
    window.splitter.setSizes([420, 980])
    qtbot.waitUntil(lambda: window.tree.viewport().width() < 450)
    narrow = actions.chosen_options(window, window.document).columns
    assert narrow[0] == "id"
    assert "name" in narrow
    assert "finish" not in narrow  # behind the chart
    assert len(narrow) == len(_left_of_divider(window))
    window.splitter.setSizes([1300, 100])
    qtbot.waitUntil(lambda: window.tree.viewport().width() > 1000)
    wide = actions.chosen_options(window, window.document).columns
    assert wide[: len(narrow)] == narrow
    assert "finish" in wide
    assert len(wide) > len(narrow)
    # chosen in Page Setup: kept, wherever the divider is
    actions.set_print_options(window.document, PrintOptions(columns=("name", "finish")))
    assert actions.chosen_options(window, window.document).columns == ("name", "finish")


def test_s25su_the_sprint_plan_previews_landscape(window, qtbot):
    window.splitter.setSizes([640, 760])
    options = actions.chosen_options(window, window.document)
    assert options.landscape is None  # Automatic
    assert actions.print_options(window, window.document).landscape is True
    dialog = actions.make_preview(window, window.document)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith(" — Automatic (landscape)")
    dialog.close()


@pytest.mark.parametrize(("rows", "landscape"), [(90, True), (320, True), (2000, False)])
def test_s25su_a_few_more_pages_buy_a_readable_chart(rows, landscape):
    plan = sprints(rows)
    options = PrintOptions()
    assert page_orientation.wide_chart_wants_landscape(plan, options) is landscape
    upright = page_orientation.oriented(plan, replace(options, landscape=False))
    assert upright.landscape is False  # a choice is never turned
