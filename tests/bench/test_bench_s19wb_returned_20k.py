"""Reading back a returned client workbook of a 20k-task plan with custom fields
(``make bench``): the whole read (calamine included) and read_roundtrip on the sheets'
cell values, so that its own share shows. No timing is asserted here."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import python_calamine as pc

from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.roundtrip_import import read_roundtrip
from app.io.workbook_cells import PLAN_SHEET, SNAPSHOT_SHEET
from tests.bench.generate import make_plan

N_TASKS = 20_000


def _plan() -> Plan:
    plan = make_plan(N_TASKS, N_TASKS * 3 // 2, 3, n_resources=50)
    plan.tasks = [
        replace(t, custom=(("Text1", f"Owner {i % 17}"), ("Number1", float(i % 13))))
        for i, t in enumerate(plan.tasks)
    ]
    plan._structure_changed()
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Number1", "Points"))
    return plan


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("s19wb") / "returned.xlsx"
    write_plan(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def test_bench_s19wb_read_returned_20k(benchmark, book: Path) -> None:
    trip = benchmark.pedantic(read_roundtrip_workbook, args=(book,), rounds=3, iterations=1)
    assert len(trip.theirs.tasks) == N_TASKS


def test_bench_s19wb_read_roundtrip_rows_20k(benchmark, book: Path) -> None:
    sheets = pc.CalamineWorkbook.from_path(str(book))
    snapshot = sheets.get_sheet_by_name(SNAPSHOT_SHEET).to_python()
    rows = sheets.get_sheet_by_name(PLAN_SHEET).to_python()
    trip = benchmark.pedantic(read_roundtrip, args=(snapshot, rows), rounds=5, iterations=1)
    assert len(trip.theirs.tasks) == N_TASKS
