"""Finding a --no-roundtrip workbook's milestone rows on its Gantt sheet, 10,000 tasks.

The diamond's rows found in the sheet's XML (app/io/workbook_gantt_marks.py) against the
whole sheet read by calamine, which the read did before. Timings are not asserted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.formats import write_plan
from app.io.excel_book import Book
from app.io.workbook_gantt_marks import marked_rows
from app.io.workbook_limits import WorkbookLimits
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def sheet_book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[int]]:
    """make_plan(10_000, 12_000) with every 500th task of a duration marked Milestone, and the
    IDs the read asks for (tasks with a duration, neither summary nor milestone there)."""
    folder = tmp_path_factory.mktemp("marks")
    plan = make_plan(10_000, 12_000)
    long = [t for t in plan.tasks if t.duration_minutes and not plan.is_summary(t.uid)]
    plan.update_tasks(replace(t, milestone=True) for t in long[::500])
    source = folder / "plan.gantry"
    write_plan(plan, source)
    book = folder / "plan.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    wanted = {k for k, t in enumerate(plan.tasks, 1) if t.duration_minutes} - {
        plan.index_of(t.uid) + 1 for t in plan.tasks if plan.is_summary(t.uid)
    }
    return book, wanted


def test_bench_s29df_marked_rows_scan(benchmark, sheet_book: tuple[Path, set[int]]) -> None:
    rows = benchmark(marked_rows, sheet_book[0], "Gantt", "◆", sheet_book[1])
    assert rows  # the 17 marked


def test_bench_s29df_whole_gantt_sheet_read(benchmark, sheet_book: tuple[Path, set[int]]) -> None:
    def read() -> int:
        return len(Book(sheet_book[0], WorkbookLimits()).rows("Gantt").rows)

    assert benchmark(read) > 10_000
