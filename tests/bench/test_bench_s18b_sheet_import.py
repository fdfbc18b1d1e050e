"""Import of a big client sheet: 10k and 100k rows of Task | Duration | Start | Predecessors |
Resource, a phase heading every 20 rows (the outline from section rows), a start date on
every seventh row, five people; read in process (``read_workbook``), as File > Import
reads it, with and without a progress callback."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.io.excel_import import read_workbook

_PEOPLE = ("Ana", "Ben", "Cleo", "Dan", "Eve")


def client_sheet(path: Path, n: int) -> Path:
    """The generated sheet of ``n`` rows (openpyxl write-only, as a client's tool writes one)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["Task", "Duration", "Start", "Predecessors", "Resource"])
    first = datetime(2027, 1, 4, 8)
    for i in range(n):
        if i % 20 == 0:
            ws.append([f"Phase {i // 20 + 1}", None, None, None, None])
            continue
        start = first + timedelta(days=i % 200) if i % 7 == 0 else None
        pred = f"{i}" if i % 20 > 1 else None
        ws.append([f"Task {i + 1}", f"{1 + i % 5}d", start, pred, _PEOPLE[i % 5]])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def sheet_10k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return client_sheet(tmp_path_factory.mktemp("s18b") / "client_10k.xlsx", 10_000)


@pytest.fixture(scope="module")
def sheet_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return client_sheet(tmp_path_factory.mktemp("s18b") / "client_100k.xlsx", 100_000)


def _check(plan, n: int) -> None:
    assert len(plan.tasks) == n
    assert len(plan.links) == n // 20 * 18
    assert len(plan.resources) == len(_PEOPLE)


def test_bench_s18b_import_10k_rows(benchmark, sheet_10k: Path) -> None:
    plan = benchmark.pedantic(read_workbook, args=(sheet_10k,), rounds=5, iterations=1)
    _check(plan, 10_000)


def test_bench_s18b_import_10k_rows_with_progress(benchmark, sheet_10k: Path) -> None:
    def read() -> object:
        return read_workbook(sheet_10k, progress=lambda _done, _total: True)

    _check(benchmark.pedantic(read, rounds=5, iterations=1), 10_000)


def test_bench_s18b_import_100k_rows(benchmark, sheet_100k: Path) -> None:
    plan = benchmark.pedantic(read_workbook, args=(sheet_100k,), rounds=3, iterations=1)
    _check(plan, 100_000)


def test_bench_s18b_import_100k_rows_with_progress(benchmark, sheet_100k: Path) -> None:
    def read() -> object:
        return read_workbook(sheet_100k, progress=lambda _done, _total: True)

    _check(benchmark.pedantic(read, rounds=3, iterations=1), 100_000)
