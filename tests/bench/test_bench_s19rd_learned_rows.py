"""The MS Project XML read of a 10k-task plan with and without the learned row shapes
(app/io/mspdi_row_patterns.py), as ``gantry schedule`` reads it (``make bench``).

Without shapes every plain row is split (app/io/mspdi_plain.py), as before
they were learned. No timed asserts: pytest-benchmark reports the figures.
"""

from __future__ import annotations

import gc

import pytest

from app.io import mspdi_row_patterns
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def xml_10k(tmp_path_factory):
    path = tmp_path_factory.mktemp("s19rd") / "plan.xml"
    write_mspdi(make_plan(10_000, 15_000, 3), path)
    return path


def _read(path):
    gc.disable()  # as the command reads it
    try:
        return read_mspdi(path, check_cycles=False)
    finally:
        gc.enable()


@pytest.mark.parametrize("shapes", [True, False], ids=["learned", "split"])
def test_s19rd_read_10k(benchmark, xml_10k, monkeypatch, shapes):
    if not shapes:
        monkeypatch.setattr(mspdi_row_patterns.RowPatterns, "read", lambda *args: None)
    plan = benchmark(_read, xml_10k)
    assert len(plan.tasks) == 10_000
    assert len(plan.links) == 15_000
