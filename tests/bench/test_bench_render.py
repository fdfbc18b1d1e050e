"""PDF and PNG rendering speed on generated plans (``make bench``)."""

from __future__ import annotations

from app.domain.scheduler import schedule
from app.report.export import export_pdf_file, render_image
from app.report.options import PrintOptions
from tests.bench.test_bench_gantt import generated_plan


def test_bench_pdf_1000_tasks_4x4(benchmark, qapp, tmp_path):
    plan = generated_plan(1000)
    sched = schedule(plan)
    out = tmp_path / "big.pdf"
    pages = benchmark.pedantic(
        export_pdf_file,
        args=(plan, sched, PrintOptions(pages_wide=4, pages_tall=4), out),
        rounds=2,
        iterations=1,
    )
    assert pages == 16


def test_bench_png_500_tasks(benchmark, qapp):
    plan = generated_plan(500)
    sched = schedule(plan)
    image = benchmark(render_image, plan, sched, 1600)
    assert image.width() == 1600


def test_bench_png_200_rows_of_10k_tasks(benchmark, qapp):
    """Copy Picture / ``convert --rows``: cost follows the 200 rows drawn, not the 10k planned."""
    from app.report.export import Picture, picture_height, render_picture
    from app.report.plan_lookups import PlanLookups
    from tests.bench.generate import make_plan

    plan = make_plan(10_000, 15_000, n_resources=50)
    sched = schedule(plan)
    lookups = PlanLookups(plan).warm()  # the window's shared tables, built when the plan opened
    uids = tuple(t.uid for t in plan.tasks[5_000:5_200])
    image = benchmark(render_picture, plan, sched, Picture(uids=uids), lookups)
    assert image.height() == picture_height(200)
