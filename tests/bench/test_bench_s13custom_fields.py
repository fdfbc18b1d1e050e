"""Custom field values on every task of a 10k-task plan (``make bench``): MS Project XML
read and write, the .gantry save, the workbook export and schedule --json."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.cli.json_text import dumps
from app.cli.schedule_json import schedule_to_json_data
from app.domain.custom_fields import CustomField
from app.domain.scheduler import schedule
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def plan():
    base = make_plan(10_000, 15_000, 3)
    day = datetime(2026, 1, 5, 8, 0)
    base.tasks = [
        replace(
            t,
            custom=(
                ("Text1", f"Owner {i % 17}"),
                ("Number1", float(i % 13)),
                ("Flag1", i % 2 == 0),
                ("Date1", day + timedelta(days=i % 90)),
                ("Cost1", i * 1.5),
            )
            if i % 2 == 0
            else (("Text1", f"Owner {i % 17}"), ("Number1", float(i % 13))),
        )
        for i, t in enumerate(base.tasks)
    ]
    base._structure_changed()
    base.set_custom_field(CustomField("Text1", "Owner"))
    return base


def test_read_mspdi_with_custom_values(benchmark, plan, tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    read = benchmark.pedantic(read_mspdi, args=(path,), rounds=5, iterations=1)
    assert [t.custom for t in read.tasks] == [t.custom for t in plan.tasks]


def test_write_mspdi_with_custom_values(benchmark, plan, tmp_path):
    path = tmp_path / "plan.xml"
    benchmark.pedantic(write_mspdi, args=(plan, path), rounds=3, iterations=1)
    assert read_mspdi(path).project.custom_fields == plan.project.custom_fields


def test_gantry_save_with_custom_values(benchmark, plan, tmp_path):
    paths = iter(tmp_path / f"p{i}.gantry" for i in range(10))
    benchmark.pedantic(lambda: write_plan(plan, next(paths)), rounds=3, iterations=1)
    again = read_plan(tmp_path / "p0.gantry")
    assert [t.custom for t in again.tasks] == [t.custom for t in plan.tasks]


def test_schedule_json_with_custom_values(benchmark, plan):
    result = schedule(plan)
    text = benchmark.pedantic(
        lambda: dumps(schedule_to_json_data(plan, result), str), rounds=3, iterations=1
    )
    assert '"Owner": "Owner 0"' in text
