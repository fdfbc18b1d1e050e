"""A lag keeps the unit it was typed in (``3FS+1w`` reads back ``3FS+1w``, not ``3FS+5d``), as
MS Project keeps it (<LagFormat>): in the predecessor text, a .gantry file (schema v21; a v20
file opens with no units) and MS Project XML (each of its three read paths alike)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.link import Link, LinkType
from app.domain.notation import format_predecessor, parse_predecessors
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_links import read_link
from app.io.mspdi_values import NS, Reader
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DAY = 480
W, M, H = DurationUnit.WEEKS, DurationUnit.MONTHS, DurationUnit.HOURS


def _text(link: Link, project: Project) -> str:
    return format_predecessor(
        "1",
        link.type,
        link.lag_minutes,
        link.lag_percent,
        link.lag_elapsed,
        project,
        link.lag_unit,
    )


@pytest.mark.parametrize(
    ("typed", "minutes", "elapsed", "unit"),
    [
        ("1FS+1w", 5 * DAY, False, W),
        ("1SS-2w", -10 * DAY, False, W),
        ("1FS+1ew", 7 * 1440, True, W),
        ("1FF+0.5mo", 10 * DAY, False, M),
        ("1FS+16h", 2 * DAY, False, H),
        ("1FS+2d", 2 * DAY, False, DurationUnit.DAYS),
    ],
)
def test_s17lag_typed_unit_is_kept_and_shown(typed, minutes, elapsed, unit):
    project = Project()
    (ref,) = parse_predecessors(typed, project)
    assert (ref.lag_minutes, ref.lag_elapsed, ref.lag_unit) == (minutes, elapsed, unit)
    link = Link(1, 2, ref.type, ref.lag_minutes, ref.lag_percent, ref.lag_elapsed, ref.lag_unit)
    assert _text(link, project) == typed


def test_s17lag_without_a_unit_or_in_percent_shows_as_before():
    project = Project()
    assert _text(Link(1, 2, lag_minutes=5 * DAY), project) == "1FS+5d"
    assert _text(Link(1, 2, lag_minutes=7 * 1440, lag_elapsed=True), project) == "1FS+7ed"
    (ref,) = parse_predecessors("1FF+50%", project)
    assert ref.lag_unit is None
    assert _text(Link(1, 2, LinkType.FF, lag_percent=50.0), project) == "1FF+50%"


def test_s17lag_the_sheet_shows_the_unit_typed_and_a_new_unit_is_an_edit():
    plan = Plan(project=Project(name="Lag", start=datetime(2027, 3, 1, 8, 0)))
    for uid in (1, 2):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=2 * DAY))
    doc = Document(plan)
    model = TaskTreeModel(doc)
    cell = model.index_of_uid(2, Column.PREDECESSORS)
    assert model.setData(cell, "1FS+5d", 2)
    assert model.setData(cell, "1FS+1w", 2)  # the same minutes in another unit: kept
    assert doc.plan.links[0].lag_unit is W
    assert model.index_of_uid(2, Column.PREDECESSORS).data() == "1FS+1w"
    assert model.index_of_uid(1, Column.SUCCESSORS).data() == "2FS+1w"


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lags", start=datetime(2027, 3, 1, 8, 0)))
    for uid in range(1, 7):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=2 * DAY))
    plan.links = [
        Link(1, 2, lag_minutes=5 * DAY, lag_unit=W),
        Link(2, 3, LinkType.SS, lag_minutes=7 * 1440, lag_elapsed=True, lag_unit=W),
        Link(3, 4, lag_minutes=-DAY, lag_unit=H),
        Link(4, 5, LinkType.FF, lag_minutes=20 * DAY, lag_unit=M),
        Link(5, 6, lag_percent=25.0),
    ]
    return plan


def test_s17lag_units_survive_a_gantry_file(tmp_path):
    path = tmp_path / "lags.gantry"
    write_plan(_plan(), path)
    assert read_plan(path).links == _plan().links


def test_s17lag_a_v20_file_opens_with_no_units(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE links DROP COLUMN lag_unit")
    conn.execute("PRAGMA user_version = 20")
    conn.commit()
    conn.close()
    links = read_plan(path).links
    assert {lk.lag_unit for lk in links} == {None}
    assert [lk.lag_minutes for lk in links] == [lk.lag_minutes for lk in _plan().links]
    assert read_plan(path).links == links  # migrated once, kept as v21


def _read_both(path, monkeypatch):
    """The links as gantry reads the file (plain rows) and with the plain path off."""
    plain = read_mspdi(path).links
    with monkeypatch.context() as m:
        m.setattr(xml_safety, "_plain_parse", lambda *args: None)
        parsed = read_mspdi(path).links
    return plain, parsed


def test_s17lag_units_round_trip_ms_project_xml(tmp_path, monkeypatch):
    path = tmp_path / "lags.xml"
    write_mspdi(_plan(), path)
    text = path.read_text(encoding="utf-8")
    for code in (9, 10, 5, 11, 19):  # MS Project's weeks, elapsed weeks, hours, months, %
        assert f"<LagFormat>{code}</LagFormat>" in text
    plain, parsed = _read_both(path, monkeypatch)
    assert plain == parsed == _plan().links


def test_s17lag_the_checked_reader_gives_the_fast_paths_unit():
    elem = SafeET.fromstring(
        f'<PredecessorLink xmlns="{NS}"><PredecessorUID>1</PredecessorUID><Type>1</Type>'
        "<LinkLag>24000</LinkLag><LagFormat>41</LagFormat></PredecessorLink>"
    )  # 41: estimated weeks
    link = read_link(Reader(elem, "Task 2"), 2, {1, 2}, set(), [], None)
    assert link == Link(1, 2, lag_minutes=2400, lag_unit=W)


def test_s17lag_ms_project_files_read_as_before(shared_data):
    """MS Project's files keep LagFormat 7 (days) on every link: a lag in days (shown as
    before, +1d), no unit where there is no lag (s18t: days are a unit MS Project shows)."""
    paths = sorted((shared_data / "mspdi").glob("*.xml"))
    seen = 0
    for path in paths:
        if "<LagFormat>" not in path.read_text(encoding="utf-8", errors="replace"):
            continue
        links = read_mspdi(path).links
        seen += len(links)
        for lk in links:
            assert lk.lag_unit is (DurationUnit.DAYS if lk.lag_minutes else None)
    assert seen
