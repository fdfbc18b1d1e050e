"""Readers of large files report how far they are and stop when told (app.domain.progress)."""

from __future__ import annotations

import sqlite3

import pytest

from app import formats
from app.domain.errors import CancelledError
from app.domain.progress import part, report
from app.io import gan, mspdi
from app.io.mspdi_write import write_mspdi
from app.io.xml_safety import _CHUNK, RowStream, parse_xml
from app.store.document import OPEN_STEPS, GantryFile, read_plan
from app.store.load import load_plan
from app.store.lock import lock_path
from tests.bench.generate import make_plan


class Recorder:
    """A progress callback that keeps every report and says stop after ``stop_after`` of them."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def __call__(self, done: int, total: int) -> bool:
        self.seen.append((done, total))
        return self.stop_after is None or len(self.seen) < self.stop_after

    def assert_monotonic_to_the_end(self) -> None:
        assert len(self.seen) > 2
        totals = {total for _done, total in self.seen}
        assert len(totals) == 1, totals  # one bar, never rescaled
        total = totals.pop()
        dones = [done for done, _total in self.seen]
        assert dones == sorted(dones)
        assert dones[0] == 0
        assert dones[-1] == total > 0


@pytest.fixture(scope="module")
def big_plan():
    return make_plan(3000, 4500, 3, n_resources=20)


@pytest.fixture(scope="module")
def big_xml(big_plan, tmp_path_factory):
    path = tmp_path_factory.mktemp("xml") / "big.xml"
    write_mspdi(big_plan, path)
    assert path.stat().st_size > 20 * _CHUNK
    return path


@pytest.fixture(scope="module")
def big_gantry(big_plan, tmp_path_factory):
    path = tmp_path_factory.mktemp("gantry") / "big.gantry"
    GantryFile.create(path, big_plan).close()
    return path


# ---------------------------------------------------------------------- the contract


def test_report_raises_when_the_callback_says_stop():
    report(None, 5, 10)  # nobody listening: nothing happens
    report(Recorder(), 5, 10)
    with pytest.raises(CancelledError):
        report(Recorder(stop_after=1), 5, 10)


def test_a_part_reports_into_its_share_of_the_whole():
    whole = Recorder()
    stage = part(whole, 200, 600, 1000)
    for done in (0, 25, 50, 100, 150):  # past the end counts as the end
        assert stage(done, 100)
    stage(0, 0)  # a stage with nothing to do is at its start
    assert [done for done, _ in whole.seen] == [200, 300, 400, 600, 600, 200]
    assert {total for _, total in whole.seen} == {1000}


# ---------------------------------------------------------------------- MS Project XML


def test_parse_xml_reports_the_bytes_parsed(big_xml):
    seen = Recorder()
    plain = parse_xml(big_xml)
    root = parse_xml(big_xml, progress=seen)
    seen.assert_monotonic_to_the_end()
    assert seen.seen[-1] == (big_xml.stat().st_size,) * 2
    assert len(seen.seen) >= big_xml.stat().st_size // _CHUNK  # every piece is reported
    assert len(root) == len(plain)


def test_parse_xml_stops_at_the_piece_where_it_is_told(big_xml):
    rows: list[object] = []
    seen = Recorder(stop_after=4)
    with pytest.raises(CancelledError):
        parse_xml(big_xml, RowStream(mspdi._TASKS, rows.extend), progress=seen)
    assert len(seen.seen) == 4
    assert seen.seen[-1][0] < big_xml.stat().st_size  # it stopped well before the end
    assert 0 < len(rows) < 3000  # ... with only the first rows read


def test_read_mspdi_reports_up_to_its_steps_and_reads_the_same_plan(big_xml):
    seen = Recorder()
    plan = mspdi.read_mspdi(big_xml, progress=seen)
    seen.assert_monotonic_to_the_end()
    assert seen.seen[-1] == (mspdi.READ_STEPS, mspdi.READ_STEPS)
    # The parse and the building of the plan both move the bar.
    assert any(0 < done < mspdi._PARSED for done, _ in seen.seen)
    assert any(mspdi._PARSED < done < mspdi.READ_STEPS for done, _ in seen.seen)
    plain = mspdi.read_mspdi(big_xml)
    assert plan.tasks == plain.tasks
    assert plan.links == plain.links
    assert plan.assignments == plain.assignments


@pytest.mark.parametrize("where", ["parsing", "building"])
def test_read_mspdi_stops_when_cancelled(big_xml, where):
    seen = Recorder()
    first = mspdi.read_mspdi(big_xml, progress=seen)
    assert first is not None
    # Stop at the first report of the chosen stage.
    if where == "parsing":
        n = next(i for i, (d, _) in enumerate(seen.seen) if 0 < d < mspdi._PARSED)
    else:
        n = next(i for i, (d, _) in enumerate(seen.seen) if d > mspdi._PARSED)
    stopping = Recorder(stop_after=n + 1)
    with pytest.raises(CancelledError):
        mspdi.read_mspdi(big_xml, progress=stopping)
    assert len(stopping.seen) == n + 1  # nothing more was reported after the stop
    assert stopping.seen[-1][0] < mspdi.READ_STEPS


def test_formats_passes_progress_to_the_xml_reader(big_xml):
    seen = Recorder()
    formats.read_plan(big_xml, progress=seen)
    assert seen.seen[-1] == (mspdi.READ_STEPS, mspdi.READ_STEPS)
    assert len(seen.seen) > 20
    assert formats.reports_progress(big_xml)


def test_a_reader_that_cannot_report_is_reported_before_and_after(big_plan, tmp_path):
    path = tmp_path / "plan.csv"
    formats.write_plan(big_plan, path)
    assert not formats.reports_progress(path)
    seen = Recorder()
    plan = formats.read_plan(path, progress=seen)
    assert seen.seen == [(0, 1), (1, 1)]
    assert len(plan.tasks) == len(big_plan.tasks)
    with pytest.raises(CancelledError):
        formats.read_plan(path, progress=Recorder(stop_after=2))


# ---------------------------------------------------------------------- .gantry


def test_load_plan_reports_rows_and_loads_the_same_plan(big_gantry):
    conn = sqlite3.connect(big_gantry)
    conn.row_factory = sqlite3.Row
    try:
        seen = Recorder()
        plan = load_plan(conn, seen)
        plain = load_plan(conn)
    finally:
        conn.close()
    seen.assert_monotonic_to_the_end()
    # Tasks are read a block at a time, each block reported.
    assert len(seen.seen) > 3000 // 1024
    assert plan.tasks == plain.tasks
    assert plan.links == plain.links
    assert plan.assignments == plain.assignments
    assert plan.resources == plain.resources


def test_load_plan_stops_when_cancelled(big_gantry):
    conn = sqlite3.connect(big_gantry)
    conn.row_factory = sqlite3.Row
    seen = Recorder(stop_after=2)
    try:
        with pytest.raises(CancelledError):
            load_plan(conn, seen)
    finally:
        conn.close()
    assert len(seen.seen) == 2
    done, total = seen.seen[-1]
    assert 0 < done < total  # stopped after the first block of rows


@pytest.mark.parametrize("read_only", [False, True])
def test_gantry_open_reports_and_ends_at_its_steps(big_gantry, read_only):
    seen = Recorder()
    with GantryFile.open(big_gantry, read_only=read_only, progress=seen) as file:
        assert len(file.plan.tasks) == 3000
    seen.assert_monotonic_to_the_end()
    assert seen.seen[-1] == (OPEN_STEPS, OPEN_STEPS)


@pytest.mark.parametrize("stop_after", [2, "last"])
def test_a_cancelled_open_leaves_no_lock_and_the_file_opens_again(big_gantry, stop_after):
    every = Recorder()
    GantryFile.open(big_gantry, progress=every).close()
    n = len(every.seen) if stop_after == "last" else stop_after
    seen = Recorder(stop_after=n)
    with pytest.raises(CancelledError):
        GantryFile.open(big_gantry, progress=seen)
    assert len(seen.seen) == n
    assert not lock_path(big_gantry).exists()
    with GantryFile.open(big_gantry) as again:  # not locked, not half-written
        assert len(again.plan.tasks) == 3000


def test_store_read_plan_passes_progress_on(big_gantry):
    seen = Recorder()
    plan = read_plan(big_gantry, progress=seen)
    assert seen.seen[-1] == (OPEN_STEPS, OPEN_STEPS)
    assert len(plan.tasks) == 3000


# ---------------------------------------------------------------------- GanttProject


@pytest.fixture
def padded_gan(shared_data, tmp_path):
    """A real .gan file with a long comment inside, so it is parsed in many pieces."""
    text = (shared_data / "gan" / "ganttproject-HouseBuildingSample.gan").read_text("utf-8")
    head, tail = text.split("<project", 1)
    path = tmp_path / "padded.gan"
    path.write_text(head + "<!--" + "x" * (12 * gan._CHUNK) + "-->\n<project" + tail, "utf-8")
    return path


def test_read_gan_reports_and_reads_the_same_plan(padded_gan):
    seen = Recorder()
    plan = gan.read_gan(padded_gan, progress=seen)
    seen.assert_monotonic_to_the_end()
    assert seen.seen[-1] == (gan.READ_STEPS, gan.READ_STEPS)
    assert len(seen.seen) > 12
    assert plan.tasks == gan.read_gan(padded_gan).tasks


def test_read_gan_stops_when_cancelled(padded_gan):
    seen = Recorder(stop_after=3)
    with pytest.raises(CancelledError):
        gan.read_gan(padded_gan, progress=seen)
    assert seen.seen[-1][0] < gan._PARSED
