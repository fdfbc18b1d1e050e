"""MS Project's elapsed percentage lag (``3SS+25e%``, <LagFormat> 20; 52 estimated): a share of
the predecessor's duration counted around the clock, as an elapsed lag is (KB Q109416: lead and
lag "as a percentage or elapsed percentage of the duration of the predecessor task"). It was
read as a plain percentage, counted on the working calendar, and written back as 19."""

from __future__ import annotations

from datetime import datetime

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.link import Link, LinkType
from app.domain.notation import format_link, parse_predecessors
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_links import read_link
from app.io.mspdi_values import NS, Reader
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan

MONDAY = datetime(2027, 3, 1, 8, 0)


def _plan(elapsed: bool, link_type: LinkType = LinkType.SS, percent: float = 25.0) -> Plan:
    plan = Plan(project=Project(name="Lags", start=MONDAY))
    plan.append_task(Task(1, "Pour", 1, duration_minutes=10 * 480))  # 10d: 4,800 minutes
    plan.append_task(Task(2, "Strip", 1, duration_minutes=480))
    plan.links = [Link(1, 2, link_type, lag_percent=percent, lag_elapsed=elapsed)]
    return plan


def _start(plan: Plan) -> datetime:
    return schedule(plan).times[2].start


def test_s20mr_an_elapsed_percentage_counts_around_the_clock():
    # 25 % of 4,800 minutes is 1,200: 20 working hours (Wednesday noon) on the calendar,
    # 20 hours around the clock (Tuesday 04:00, the next working moment Tuesday 08:00)
    assert _start(_plan(elapsed=False)) == datetime(2027, 3, 3, 13, 0)
    assert _start(_plan(elapsed=True)) == datetime(2027, 3, 2, 8, 0)


def test_s20mr_an_elapsed_lead_and_a_finish_link():
    # FS-50e% from Friday 12 March 17:00: 2,400 minutes (40 hours) back, Thursday 01:00
    # -> the next working moment, Thursday 08:00 (a working lead would be 5 days)
    assert _start(_plan(True, LinkType.FS, -50.0)) == datetime(2027, 3, 11, 8, 0)
    assert _start(_plan(False, LinkType.FS, -50.0)) == datetime(2027, 3, 8, 8, 0)


def test_s20mr_the_sheet_reads_and_writes_e_percent():
    project = Project()
    (ref,) = parse_predecessors("1SS+25e%", project)
    assert (ref.lag_percent, ref.lag_elapsed, ref.lag_minutes) == (25.0, True, 0)
    assert not parse_predecessors("1SS+25%", project)[0].lag_elapsed
    assert format_link("1", _plan(True).links[0], project) == "1SS+25e%"
    assert format_link("1", _plan(False).links[0], project) == "1SS+25%"


def _xml(fmt: int) -> str:
    rows = (
        "<Task><UID>1</UID><ID>1</ID><Name>Pour</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT80H0M0S</Duration></Task>"
        "<Task><UID>2</UID><ID>2</ID><Name>Strip</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>1</PredecessorUID>"
        "<Type>3</Type><CrossProject>0</CrossProject><LinkLag>25</LinkLag>"
        f"<LagFormat>{fmt}</LagFormat></PredecessorLink></Task>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2027-03-01T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>"
        f"<Tasks>{rows}</Tasks></Project>"
    )


@pytest.mark.parametrize(("fmt", "elapsed"), [(19, False), (20, True), (51, False), (52, True)])
def test_s20mr_ms_project_xml_reads_lag_format_20_elapsed_on_each_path(
    tmp_path, monkeypatch, fmt, elapsed
):
    path = tmp_path / "lags.xml"
    path.write_text(_xml(fmt), encoding="utf-8")
    want = [Link(1, 2, LinkType.SS, lag_percent=25.0, lag_elapsed=elapsed)]
    assert read_mspdi(path).links == want  # plain rows
    with monkeypatch.context() as m:
        m.setattr(xml_safety, "_plain_parse", lambda *args: None)
        assert read_mspdi(path).links == want  # parsed rows
    elem = SafeET.fromstring(
        f'<PredecessorLink xmlns="{NS}"><PredecessorUID>1</PredecessorUID><Type>3</Type>'
        f"<LinkLag>25</LinkLag><LagFormat>{fmt}</LagFormat></PredecessorLink>"
    )
    assert read_link(Reader(elem, "Task 2"), 2, {1, 2}, set(), [], None) == want[0]  # checked


def test_s20mr_elapsed_percentages_are_written_back_as_20_and_kept_in_gantry_files(tmp_path):
    for elapsed, code in ((True, 20), (False, 19)):
        xml = tmp_path / f"out{code}.xml"
        write_mspdi(_plan(elapsed), xml)
        assert f"<LinkLag>25</LinkLag><LagFormat>{code}</LagFormat>" in xml.read_text("utf-8")
        assert read_mspdi(xml).links == _plan(elapsed).links
        kept = tmp_path / f"kept{code}.gantry"
        write_plan(_plan(elapsed), kept)
        assert read_plan(kept).links == _plan(elapsed).links
