"""A whole Gantt PDF as ``gantry convert plan.gantry plan.pdf`` writes it (one page wide, as
many pages tall as keep the rows legible), 1k and 10k tasks on A4 and A3 (``make bench``).
Nothing timed is asserted; the page count is, so a run that printed less is not faster."""

from __future__ import annotations

import pytest

from app.domain.scheduler import schedule
from app.report.export import export_pdf_file, print_options
from tests.bench.generate import make_plan


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("tasks", [1_000, 10_000])
def test_bench_s30pr_pdf(benchmark, qapp, tmp_path, tasks, paper):
    plan = make_plan(tasks, tasks * 3 // 2, n_resources=50)
    sched = schedule(plan)
    options = print_options(plan, paper=paper)
    out = tmp_path / "plan.pdf"
    pages = benchmark.pedantic(
        export_pdf_file, args=(plan, sched, options, out), rounds=1, iterations=1
    )
    assert pages >= tasks // 100  # at most ~90 legible rows a page, even on A3
    assert out.stat().st_size > 0
