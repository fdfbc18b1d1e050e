"""Print blank pages off (the Usage default): a page of the grid past the first column whose
rows carry no figure in its periods is left out; the pages kept are the same as before."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtGui import QPdfWriter

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.usage import Scale
from app.report.options import PrintOptions
from app.report.render import page_layout
from app.report.usage_pages import (
    UsageLine,
    UsageSheet,
    device_usage_plan,
    render_usage,
    usage_page_grid,
    usage_page_plan,
)
from app.store.document import GantryFile
from app.ui.printing import actions
from app.ui.usage.rows import Mode

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
_LABEL = re.compile(r"Page (\d+) of (\d+) \(row (\d+), column (\d+)\)")
_FIGURE = re.compile(r"^\d[\d,]*\.\dh$")


@pytest.fixture
def session(qtbot):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


def sparse_plan(n_tasks: int = 100, assigned: tuple[int, ...] = (1, 50, 100)) -> Plan:
    """A chain of 2-day tasks over most of a year; only ``assigned`` have someone on them."""
    plan = Plan(project=Project(name="Sparse", start=datetime(2026, 3, 2, 8, 0)))
    for uid in range(1, n_tasks + 1):
        plan.append_task(Task(uid, f"Step {uid}", 1, duration_minutes=2 * 480))
        if uid > 1:
            plan.add_link(Link(uid - 1, uid, LinkType.FS))
    plan.add_resource(Resource(1, "Ana"))
    for n, uid in enumerate(assigned, start=1):
        plan.add_assignment(Assignment(n, uid, 1, 1.0, 2 * 480))
    return plan


def busy_plan() -> Plan:
    """One person on one long task: every week of the grid has a figure."""
    plan = Plan(project=Project(name="Busy", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Long haul", 1, duration_minutes=150 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 150 * 480))
    return plan


def usage_window(session, qtbot, tmp_path, plan, mode=Mode.TASKS, scale=Scale.DAYS):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("usage")
    view = window.views["usage"]
    view.set_mode(mode)
    view.set_scale(scale)
    view.wait_built()
    return window


def export(window, monkeypatch, target, blank_pages: bool):
    actions.set_print_options(window.document, PrintOptions(usage_blank_pages=blank_pages))
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    return pdf_pages(target)


def pdf_pages(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def place(page: str) -> tuple[int, int]:
    match = _LABEL.search(page)
    assert match is not None, page
    return int(match.group(3)), int(match.group(4))


def grid(pages: list[str]) -> tuple[int, int]:
    """Rows and columns of the grid the pages come from (its last row and column)."""
    places = [place(page) for page in pages]
    return max(r for r, _ in places), max(c for _, c in places)


def body(page: str) -> list[list[str]]:
    """The page's words line by line, without its footer line (which alone says k of N
    printed, rows and dates); spacing aside, as pdftotext lays out each page on its own."""
    return [line.split() for line in page.splitlines() if "Page " not in line and line.strip()]


# ------------------------------------------------------------------ the page plan


def _sheet(figures_by_line: list[tuple[int, ...]], periods: int) -> UsageSheet:
    lines = tuple(
        UsageLine(f"Row {n}", "8.0h", tuple((k, "8.0h") for k in ks), periods)
        for n, ks in enumerate(figures_by_line)
    )
    return UsageSheet(
        "Task Usage by day", "Task Name", tuple(f"D{k}" for k in range(periods)), lines
    )


def test_the_plan_keeps_the_first_column_and_pages_with_a_figure(qapp):
    periods = 200
    sheet = _sheet([(), (5,), (), (199,)] * 30, periods)  # 120 lines
    width, height = 780.0, 540.0
    _n, _t, _p, across, down = usage_page_grid(sheet, width, height)
    full = usage_page_plan(sheet, width, height, blank_pages=True)
    kept = usage_page_plan(sheet, width, height)
    assert full.rows == kept.rows >= 2
    assert full.cols == kept.cols >= 3
    assert full.count == full.rows * full.cols
    assert full.blank == 0
    last_col = 199 // across
    assert 5 // across == 0  # the figures of period 5 sit on the names' column of pages
    expected = [(r, c) for c in range(full.cols) for r in range(full.rows) if c in (0, last_col)]
    assert list(kept.pages) == expected
    assert kept.blank == full.count - kept.count
    assert down * full.rows >= len(sheet.lines)


def test_a_page_is_blank_only_for_its_own_rows(qapp):
    # the figure far right is on the last band of rows only: the other bands drop that page
    sheet = _sheet([()] * 100 + [(150,)], 160)
    plan = usage_page_plan(sheet, 780.0, 540.0)
    _n, _t, _p, across, down = usage_page_grid(sheet, 780.0, 540.0)
    col = 150 // across
    last_band = 100 // down
    assert (last_band, col) in plan.pages
    assert all((r, col) not in plan.pages for r in range(last_band))
    assert all((r, 0) in plan.pages for r in range(plan.rows))  # never blank: names


def test_one_page_across_leaves_nothing_out(qapp):
    sheet = _sheet([()] * 50, 3)
    plan = usage_page_plan(sheet, 780.0, 540.0)
    assert plan.blank == 0
    assert plan.count == plan.rows


def test_render_prints_the_planned_pages(qapp, tmp_path):
    sheet = _sheet([(), (120,)] * 10, 140)
    target = tmp_path / "grid.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageLayout(page_layout(PrintOptions(landscape=True)))
    plan = device_usage_plan(writer, sheet)
    pages = render_usage(writer, sheet, project="P", printed_on=date(2026, 3, 2))
    del writer
    assert pages == plan.count
    assert plan.blank > 0
    if shutil.which("pdftotext"):
        texts = pdf_pages(target)
        assert len(texts) == plan.count
        assert [place(t) for t in texts] == [(r + 1, c + 1) for r, c in plan.pages]


# ------------------------------------------------------------------ through the window


@needs_poppler
def test_task_usage_by_day_leaves_out_its_blank_pages(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    every = export(window, monkeypatch, tmp_path / "every.pdf", blank_pages=True)
    kept = export(window, monkeypatch, tmp_path / "kept.pdf", blank_pages=False)
    rows, cols = grid(every)
    assert rows >= 2
    assert cols >= 5
    assert len(every) == rows * cols
    assert len(kept) < len(every) / 2  # three assigned tasks of a hundred
    by_place = {place(page): page for page in every}
    for n, page in enumerate(kept, start=1):
        r, c = place(page)
        # the same grid, figures and headings as the page printed with every page
        assert body(page) == body(by_place[r, c])
        assert f"Page {n} of {len(kept)} (row {r}, column {c})" in page
        assert re.search(r"Rows \d+\u2013\d+, \w{3} \d+ \w{3} \u2013 \w{3} \d+ \w{3}", page), page
    kept_places = {place(page) for page in kept}
    assert {(r, 1) for r in range(1, rows + 1)} <= kept_places  # the names' pages
    for (r, c), page in by_place.items():
        if (r, c) in kept_places:
            continue
        # a page left out shows no figure beyond its rows' totals (the names' page has them)
        repeated = set(by_place[r, 1].split())
        assert not [w for w in page.split() if _FIGURE.match(w) and w not in repeated], page

    # every figure of an assigned task is on a page kept: 2 days x 8h, three tasks
    def figures(pages):
        return sum(
            1
            for page in pages
            for words in body(page)
            if words[:2] in (["Step", "1"], ["Step", "50"], ["Step", "100"])
            for w in words[3:]
            if _FIGURE.match(w)
        )

    assert figures(kept) == figures(every)


@needs_poppler
def test_a_grid_full_of_figures_prints_as_before(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, busy_plan(), Mode.RESOURCES, Scale.WEEKS)
    every = export(window, monkeypatch, tmp_path / "every.pdf", blank_pages=True)
    kept = export(window, monkeypatch, tmp_path / "kept.pdf", blank_pages=False)
    assert len(every) >= 4
    assert kept == every  # same pages, same labels: no "printed" count, no holes


@needs_poppler
def test_page_setup_choice_is_kept_for_the_document(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    base = actions.print_options(window, window.document)
    assert base.usage_blank_pages is False  # the Usage default
    assert base.blank_pages is True  # the Gantt keeps MS Project's
    monkeypatch.setattr(
        actions.PageSetupDialog,
        "ask",
        classmethod(lambda cls, parent, options, s, f: replace(options, usage_blank_pages=True)),
    )
    chosen = actions.page_setup(window, window.document)
    assert chosen is not None
    assert actions.print_options(window, window.document).usage_blank_pages is True
    target = tmp_path / "again.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    actions.export_pdf(window, window.document)
    pages = pdf_pages(target)
    rows, cols = grid(pages)
    assert len(pages) == rows * cols
    assert f"Page 1 of {len(pages)} (row 1, column 1)" in pages[0]
