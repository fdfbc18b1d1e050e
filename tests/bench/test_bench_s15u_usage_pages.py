"""Task Usage by week of a generated 25,000-task plan on paper (A4 landscape, the preview's).

tests/bench/generate.make_plan(25_000, 37_500, 3, n_resources=250): 41,666 printed lines
over 87 weeks, 1,226 x 87 = 106,662 pages with every page printed (Export PDF took 443 s
before blank pages were left out); 3,132 pages without the blank ones, which render_usage
drew to a PDF in 68 s once, by hand (load 6 on the shared 2-core box; not a benchmark: too
slow to repeat). By day: 668,170 pages -> 9,042. Min of rounds in the docstrings below.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from app.domain.usage import Scale
from app.report.options import PrintOptions
from app.report.render import CancelledError, page_layout
from app.report.usage_pages import UsageSheet, device_usage_plan, render_usage
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def sheet(qapp) -> UsageSheet:
    view = UsageView(Document(make_plan(25_000, 37_500, 3, n_resources=250)))
    view.resize(1400, 800)
    view.show()
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.WEEKS)
    view.wait_built()
    got = view.print_sheet()
    view.close()
    view.deleteLater()
    return got


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(page_layout(PrintOptions(landscape=True)))
    return writer


def test_bench_s15u_page_plan_without_blank_pages(benchmark, sheet, tmp_path):
    """Which of 106,662 pages print, read from the lines' figures: 3,132 (103,530 left out)."""
    writer = _writer(tmp_path / "plan.pdf")
    plan = benchmark.pedantic(device_usage_plan, args=(writer, sheet, False), rounds=5)
    assert plan.rows * plan.cols == 106_662
    assert 0 < plan.count < plan.rows * plan.cols / 10


def test_bench_s15u_page_plan_with_blank_pages(benchmark, sheet, tmp_path):
    """The same grid with every page printed: the column widths alone (the floor)."""
    writer = _writer(tmp_path / "plan.pdf")
    plan = benchmark.pedantic(device_usage_plan, args=(writer, sheet, True), rounds=5)
    assert plan.count == 106_662


@pytest.mark.parametrize("blank_pages", [False, True], ids=["kept", "every"])
def test_bench_s15u_first_500_pages(benchmark, sheet, tmp_path, blank_pages):
    """The first 500 pages drawn (then cancelled): the time per page either way, which the
    page counts turn into a whole export's time."""

    def draw() -> int:
        writer = _writer(tmp_path / f"pages-{blank_pages}.pdf")
        drawn = 0

        def progress(done: int, total: int) -> bool:
            nonlocal drawn
            drawn = done
            return done < 500

        with contextlib.suppress(CancelledError):  # the 500th page said stop
            render_usage(writer, sheet, project="Bench", progress=progress, blank_pages=blank_pages)
        del writer
        return drawn

    assert benchmark.pedantic(draw, rounds=2, iterations=1) == 500


@pytest.fixture(scope="module")
def scheduled():
    from app.domain.scheduler import schedule

    plan = make_plan(25_000, 37_500, 3, n_resources=250)
    return plan, schedule(plan)


@pytest.mark.parametrize("blank_pages", [False, True], ids=["kept", "every"])
def test_bench_s15u_gantt_layout_8_wide(benchmark, qapp, scheduled, blank_pages):
    """The same plan's Gantt fitted 8 pages wide on A4 landscape: 5,408 pages, 3,100 with a
    bar (each row's span read from its dates, and its links' ends). Min of 3: 0.66 s against
    0.15 s for the grid alone at load 3; 2.0-2.5 s against 0.47 s at load 10. A bar geometry
    per row, first written, took 2.6 s more than the grid at load 3."""
    from app.report.gantt_pages import GanttPageLayout

    plan, sched = scheduled
    options = PrintOptions(pages_wide=8, blank_pages=blank_pages)
    layout = benchmark.pedantic(
        GanttPageLayout, args=(plan, sched, options, 780.0, 540.0), rounds=3, iterations=1
    )
    assert layout.grid_pages == 5408
    assert (len(layout.pages) < 5408) is not blank_pages
