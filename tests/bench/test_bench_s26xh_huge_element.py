"""Read an MS Project XML whose one task <Name> is 50 MB (s26xb H2).

It took 176 s: the row reader searched and copied its growing buffer once per 64 KB
read, so a row that never ended cost the square of its length. Target: a few seconds,
as a 26 MB file of 15,000 tasks. Run with ``make bench``; nothing timed is asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.mspdi import read_mspdi

NS = "http://schemas.microsoft.com/project"
SIZE = 50_000_000


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("s26xh") / "huge.xml"
    rows = "".join(
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>Task {uid}</Name>"
        "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>"
        for uid in range(2, 200)
    )
    with path.open("w", encoding="utf-8") as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">')
        out.write("<StartDate>2026-01-05T08:00:00</StartDate><Tasks><Task><UID>1</UID>")
        out.write("<ID>1</ID><Name>")
        out.write("C" * SIZE)
        out.write("</Name><OutlineLevel>1</OutlineLevel></Task>")
        out.write(rows + "</Tasks></Project>")
    return path


def test_bench_read_a_50_mb_name(benchmark, huge):
    plan = benchmark.pedantic(read_mspdi, args=(huge,), rounds=2, iterations=1)
    assert len(plan.tasks) == 199
    assert len(plan.task(1).name) == 512
