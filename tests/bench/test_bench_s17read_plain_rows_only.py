"""The plain task rows of a generated 10k-task MS Project XML file read on their own: the
pieces of <Tasks> text the plain parse hands over, read again by a fresh TaskRows, without
the file read, the rest of the parse or the plan built (``make bench``).

This is ~80 % of the read of ``gantry schedule plan.xml --json`` (issue #3): ~170k
instructions a row, a third of it str.split making ~200 strings a row. Measure a change to
app/io/mspdi_rows.py, mspdi_plain.py or xml_safety._take here first; no timed asserts.
"""

from __future__ import annotations

import gc

import pytest

from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_rows import TaskRows
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def pieces(tmp_path_factory):
    """The pieces of <Tasks> text the plain parse hands to the rows, recorded in one read."""
    path = tmp_path_factory.mktemp("s17read") / "plan10k.xml"
    write_mspdi(make_plan(10_000, 15_000, 3), path)
    seen: list[bytes] = []
    take = xml_safety._take

    def recording(plain, piece):
        seen.append(piece)
        return take(plain, piece)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xml_safety, "_take", recording)
        read_mspdi(path, check_cycles=False)
    return seen


def _rows(pieces: list[bytes]) -> TaskRows:
    rows = TaskRows()
    gc.disable()  # as the command line reads (app.cli.run)
    try:
        for piece in pieces:
            assert xml_safety._take(rows, piece)
    finally:
        gc.enable()
    return rows


def test_bench_s17read_plain_rows_only_10k(benchmark, pieces):
    rows = benchmark.pedantic(_rows, args=(pieces,), rounds=7, iterations=1)
    taken = rows._taken
    assert len(taken) == 10_001
    assert taken[0] is None  # the project summary row (UID 0): left out of the plan
    assert all(len(row) == 7 for row in taken[1:])  # every task read from its text
