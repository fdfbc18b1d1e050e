"""A printout of the rows a filter, sort or group chose said nothing of it: twelve critical
tasks read as the plan. The page header now says which on a line under the project's name
("Filter: Critical · Grouped by Resource"), from the window and from ``gantry convert`` (the
plan's saved view), and only when one is on: a plain printout is as before."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.view_state import SheetView
from app.report.gantt_pages import GanttPageLayout
from app.report.options import PrintOptions
from app.report.page_frame import HEADER_H, NOTE_H, header_layout
from app.report.view_note import view_note
from app.store.document import GantryFile, write_plan
from app.ui.app import Session
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
CRITICAL = TaskFilter(FilterKind.CRITICAL)
BY_RESOURCE = GroupBy((GroupKey(GroupField.RESOURCE_NAMES),), name="Resource")
BY_START = TaskSort((SortKey(SortField.START, descending=True),))


def _text(pdf) -> str:
    run = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(run.stdout.split())


def test_s18p2_the_note_names_what_is_on():
    plan = build_plan()
    assert view_note(plan) == ""
    assert view_note(plan, TaskFilter(FilterKind.ALL), TaskSort(), GroupBy()) == ""
    assert view_note(plan, CRITICAL) == "Filter: Critical"
    assert view_note(plan, CRITICAL, None, BY_RESOURCE) == "Filter: Critical · Grouped by Resource"
    assert view_note(plan, None, BY_START) == "Sorted by Start (descending)"


def test_s18p2_the_page_header_says_it_under_the_name(qapp):
    plan = build_plan()
    note = "Filter: Critical · Grouped by Resource"
    layout = GanttPageLayout(plan, schedule(plan), PrintOptions(view_note=note), 780.0, 540.0)
    info = layout.page_info(layout.pages[0], date(2026, 3, 1))
    assert info.note == note
    assert header_layout(info, 780.0).name == "Sample"
    plain = GanttPageLayout(plan, schedule(plan), PrintOptions(), 780.0, 540.0)
    assert plain.page_info(plain.pages[0], date(2026, 3, 1)).note == ""
    # a line more for the note, none without: the plain page's rows start where they did
    assert layout.body_top == plain.body_top + NOTE_H
    assert plain.body_top == HEADER_H


@needs_poppler
def test_s18p2_convert_says_the_saved_views_filter_and_group(qapp, tmp_path):
    plan = build_plan()
    plan.view = SheetView(task_filter=CRITICAL, task_group=BY_RESOURCE)
    source = tmp_path / "plan.gantry"
    write_plan(plan, source)
    out = tmp_path / "out.pdf"
    assert main(["convert", str(source), str(out)]) == 0
    # "Printed:" with the time since s26au
    said = re.search(rf"Printed: {date.today()} \d\d:\d\d (Filter: [^\n]*)", _text(out))
    assert said is not None
    assert said.group(1).startswith("Filter: Critical · Grouped by Resource")
    assert main(["convert", str(source), str(out), "--filter", "all-tasks"]) == 0
    assert "Filter:" not in _text(out)
    assert "Grouped by Resource" in _text(out)
    plan.view = None
    write_plan(plan, source)
    assert main(["convert", str(source), str(out)]) == 0
    text = _text(out)
    assert "Filter" not in text
    assert "Grouped by" not in text
    assert "Sorted by" not in text


@pytest.fixture
def window(tmp_path, qtbot):
    session = Session(Settings())
    path = tmp_path / "window.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


@needs_poppler
def test_s18p2_the_window_prints_its_filter_sort_and_group(window, monkeypatch, tmp_path):
    assert actions.print_options(window, window.document).view_note == ""
    window.findChild(object, "filter_controller").apply(CRITICAL)
    window.findChild(object, "sort_controller").apply(BY_START)
    window.findChild(object, "group_controller").apply(BY_RESOURCE)
    note = "Filter: Critical · Sorted by Start (descending) · Grouped by Resource"
    assert actions.print_options(window, window.document).view_note == note
    target = tmp_path / "shown.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    said = re.search(rf"Printed: {date.today()} \d\d:\d\d ", _text(target))
    assert said is not None
    assert _text(target)[said.end() :].startswith(note)  # the header's next line
    window.findChild(object, "filter_controller").apply(TaskFilter(FilterKind.ALL))
    window.findChild(object, "sort_controller").apply(TaskSort())
    window.findChild(object, "group_controller").apply(GroupBy())
    assert actions.print_options(window, window.document).view_note == ""
