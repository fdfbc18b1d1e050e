"""Reading a generated 10k-task MS Project XML file: plain rows from their text, then
every row parsed by ElementTree (the plain path turned off), side by side (``make bench``).

The read is most of ``gantry schedule plan.xml --json`` (issue #3's whole-process
figure); the two must give the same plan.
"""

from __future__ import annotations

import gc

import pytest

from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def plan_xml(tmp_path_factory):
    path = tmp_path_factory.mktemp("s16cli") / "plan10k.xml"
    write_mspdi(make_plan(10_000, 15_000, 3), path)
    return path


def _read(path):
    # as the command line reads: the collector off (app.cli.run)
    gc.disable()
    try:
        return read_mspdi(path, check_cycles=False)
    finally:
        gc.enable()


def test_read_10k_plain_rows(benchmark, plan_xml):
    plan = benchmark.pedantic(_read, args=(plan_xml,), rounds=7, iterations=1)
    assert len(plan.tasks) == 10_000


def test_read_10k_every_row_parsed(benchmark, plan_xml, monkeypatch):
    plain = _read(plan_xml)
    monkeypatch.setattr(xml_safety, "_plain_parse", lambda *args: None)
    plan = benchmark.pedantic(_read, args=(plan_xml,), rounds=7, iterations=1)
    assert plan.tasks == plain.tasks
    assert plan.links == plain.links
