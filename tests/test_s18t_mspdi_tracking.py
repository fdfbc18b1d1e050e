"""MS Project XML written and read as MS Project does for progress, leveling and lags.

- A manual summary's <ActualDuration> is its Duration x the rolled-up % it is written with.
- The project summary row (UID 0) carries <Duration>, <ActualDuration> and
  <RemainingDuration>, and its <ActualStart> is the project's start, as MS Project wrote
  them in mspdiresource.xml and the assignment-assignments files.
- <PreLeveledStart>/<PreLeveledFinish> mark a task leveling moved or split: read back, its
  pauses are leveling's again, so Clear Leveling takes them out after a round trip.
- <LagFormat> names the unit a lag is shown in, days (7, 8) included: MS Project's ``+0.5d``
  reads back ``+0.5d``, not ``+4h``.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.leveling import without_leveling
from app.domain.link import Link
from app.domain.notation import format_link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.splits import Split
from app.domain.task import DurationUnit, Task
from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_links import read_link
from app.io.mspdi_values import NS, Reader, parse_duration
from app.io.mspdi_write import write_mspdi

DAY = 480
MON = datetime(2027, 1, 4, 8, 0)


def _rows(text: str) -> dict[str, str]:
    """Each <Task> element's text by UID."""
    return {
        re.search(r"<UID>(-?\d+)</UID>", body).group(1): body
        for body in re.findall(r"<Task>(.*?)</Task>", text, re.S)
    }


def _value(body: str, tag: str) -> str | None:
    found = re.search(f"<{tag}>(.*?)</{tag}>", body)
    return None if found is None else found.group(1)


def _minutes(body: str, tag: str) -> int | None:
    text = _value(body, tag)
    return None if text is None else parse_duration(text)


# ------------------------------------------------------------------ manual summary


def test_s18t_manual_summary_actual_duration_uses_the_rolled_up_percent(tmp_path):
    plan = Plan(project=Project(name="Manual", start=MON))
    plan.append_task(
        Task(
            1,
            "Phase",
            1,
            duration_minutes=4 * DAY,
            manual=True,
            start=MON,
            finish=datetime(2027, 1, 7, 17, 0),
        )
    )
    plan.append_task(
        Task(2, "Build", 2, duration_minutes=2 * DAY, percent_complete=50.0, actual_start=MON)
    )
    plan.append_task(Task(3, "Check", 2, duration_minutes=2 * DAY))
    path = tmp_path / "manual.xml"
    write_mspdi(plan, path)
    row = _rows(path.read_text(encoding="utf-8"))["1"]
    assert _value(row, "PercentComplete") == "25"  # 1d done of 4d below it
    assert _minutes(row, "Duration") == 4 * DAY
    assert _minutes(row, "ActualDuration") == DAY  # Duration x 25 %
    assert _minutes(row, "RemainingDuration") == 3 * DAY


# ------------------------------------------------------------------ project row

_PROJECT_FILES = [
    "mspdi/mspdiresource.xml",
    "mspdi/assignment-assignments-project2007-mspdi.xml",
    "mspdi/assignment-assignments-project2019-mspdi.xml",
    "mspdi/mspdiassignmentfields.xml",
    "mpp/Software-Development.xml",
]


@pytest.mark.parametrize("name", _PROJECT_FILES)
def test_s18t_project_row_holds_what_ms_project_wrote(shared_data, tmp_path, name):
    source = shared_data / name
    out = tmp_path / "back.xml"
    write_mspdi(read_mspdi(source), out)
    theirs = _rows(source.read_text(encoding="utf-8", errors="replace"))["0"]
    ours = _rows(out.read_text(encoding="utf-8"))["0"]
    for tag in ("Duration", "ActualDuration", "RemainingDuration"):
        # to the minute: Gantry keeps whole minutes (MS Project: PT81H8M24S)
        assert _minutes(ours, tag) == pytest.approx(_minutes(theirs, tag), abs=1), tag
    assert _value(ours, "ActualStart") == _value(theirs, "ActualStart")
    assert _value(ours, "Start") == _value(theirs, "Start")


def test_s18t_project_row_elements_stand_where_the_schema_puts_them(shared_data, tmp_path):
    out = tmp_path / "back.xml"
    write_mspdi(read_mspdi(shared_data / "mspdi" / "mspdiresource.xml"), out)
    root = SafeET.parse(str(out)).getroot()
    ns = "{" + NS + "}"
    row = next(iter(root.iter(ns + "Task")))
    tags = [c.tag.removeprefix(ns) for c in row]
    order = [
        "Finish",
        "Duration",
        "DurationFormat",
        "ActualStart",
        "ActualDuration",
        "ActualWork",
        "RemainingDuration",
        "RemainingWork",
    ]
    assert [t for t in tags if t in order] == order


def test_s18t_project_row_of_a_plan_not_begun(tmp_path):
    plan = Plan(project=Project(name="New", start=MON))
    plan.append_task(Task(1, "Build", 1, duration_minutes=3 * DAY))
    path = tmp_path / "new.xml"
    write_mspdi(plan, path)
    row = _rows(path.read_text(encoding="utf-8"))["0"]
    assert (_minutes(row, "Duration"), _minutes(row, "ActualDuration")) == (3 * DAY, 0)
    assert _minutes(row, "RemainingDuration") == 3 * DAY
    assert _value(row, "ActualStart") is None


# ------------------------------------------------------------------ leveling marks


def _leveled_plan() -> Plan:
    plan = Plan(project=Project(name="Split", start=MON))
    plan.append_task(
        Task(1, "Cut", 1, duration_minutes=2 * DAY, splits=(Split(240, DAY, leveling=True),))
    )
    plan.append_task(Task(2, "Mine", 1, duration_minutes=2 * DAY, splits=(Split(240, DAY),)))
    plan.append_task(
        Task(
            3,
            "Both",
            1,
            duration_minutes=3 * DAY,
            splits=(Split(240, DAY), Split(2 * DAY, 2 * DAY, leveling=True)),
        )
    )
    plan.append_task(
        Task(
            4,
            "Delayed",
            1,
            duration_minutes=2 * DAY,
            leveling_delay_minutes=DAY,
            splits=(Split(DAY, 60, leveling=True),),
        )
    )
    return plan


def _both_reads(path: Path, monkeypatch) -> list[Plan]:
    """The plan as gantry reads the file (plain rows) and with the plain path off."""
    plain = read_mspdi(path)
    with monkeypatch.context() as m:
        m.setattr(xml_safety, "_plain_parse", lambda *args: None)
        parsed = read_mspdi(path)
    return [plain, parsed]


def test_s18t_leveling_pauses_read_back_as_leveling_s(tmp_path, monkeypatch):
    plan = _leveled_plan()
    path = tmp_path / "leveled.xml"
    write_mspdi(plan, path)
    assert path.read_text(encoding="utf-8").count("<PreLeveledStart>") == 3
    for back in _both_reads(path, monkeypatch):
        assert [t.splits for t in back.tasks] == [t.splits for t in plan.tasks]
        assert [t.leveling_delay_minutes for t in back.tasks] == [0, 0, 0, DAY]
        # Clear Leveling after the round trip: what it gives on the plan itself
        cleared, expected = without_leveling(back), without_leveling(plan)
        assert [t.splits for t in cleared.tasks] == [t.splits for t in expected.tasks]
        assert [(t.splits, t.leveling_delay_minutes) for t in cleared.tasks] == [
            ((), 0),
            ((Split(240, DAY),), 0),
            ((Split(240, DAY),), 0),
            ((), 0),
        ]


def test_s18t_preleveled_dates_without_splits_change_nothing(tmp_path):
    """A row with <PreLeveledStart> and no pause (leveling only delayed it) reads as before."""
    plan = Plan(project=Project(name="Delay", start=MON))
    plan.append_task(Task(1, "Late", 1, duration_minutes=DAY, leveling_delay_minutes=DAY))
    path = tmp_path / "delay.xml"
    write_mspdi(plan, path)
    assert "<PreLeveledStart>" in path.read_text(encoding="utf-8")
    (back,) = read_mspdi(path).tasks
    assert (back.splits, back.leveling_delay_minutes) == ((), DAY)


# ------------------------------------------------------------------ lag units

_FORMATS = [
    (3, DurationUnit.MINUTES, False),
    (4, DurationUnit.MINUTES, True),
    (5, DurationUnit.HOURS, False),
    (6, DurationUnit.HOURS, True),
    (7, DurationUnit.DAYS, False),
    (8, DurationUnit.DAYS, True),
    (9, DurationUnit.WEEKS, False),
    (10, DurationUnit.WEEKS, True),
    (11, DurationUnit.MONTHS, False),
    (12, DurationUnit.MONTHS, True),
    # estimated (+32): the same units
    (35, DurationUnit.MINUTES, False),
    (39, DurationUnit.DAYS, False),
    (40, DurationUnit.DAYS, True),
    (44, DurationUnit.MONTHS, True),
    # no format: Gantry picks the unit from the length
    (21, None, False),
    (53, None, False),
]


def _link_xml(lag: int, fmt: int) -> str:
    return (
        f'<PredecessorLink xmlns="{NS}"><PredecessorUID>1</PredecessorUID><Type>1</Type>'
        f"<LinkLag>{lag}</LinkLag><LagFormat>{fmt}</LagFormat></PredecessorLink>"
    )


@pytest.mark.parametrize(("fmt", "unit", "elapsed"), _FORMATS)
def test_s18t_every_lag_format_reads_into_its_unit(tmp_path, monkeypatch, fmt, unit, elapsed):
    elem = SafeET.fromstring(_link_xml(2400, fmt))  # 240 minutes
    link = read_link(Reader(elem, "Task 2"), 2, {1, 2}, set(), [], None)
    assert (link.lag_minutes, link.lag_unit, link.lag_elapsed) == (240, unit, elapsed)
    # and the fast and plain paths alike
    plan = Plan(project=Project(name="Lag", start=MON))
    plan.append_task(Task(1, "A", 1, duration_minutes=DAY))
    plan.append_task(Task(2, "B", 1, duration_minutes=DAY))
    plan.links = [Link(1, 2, lag_minutes=240)]
    path = tmp_path / "lag.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<LinkLag>\d+</LinkLag><LagFormat>\d+</LagFormat>", "", text)
    text = text.replace(
        "</PredecessorUID>", f"</PredecessorUID><LinkLag>2400</LinkLag><LagFormat>{fmt}</LagFormat>"
    )
    path.write_text(text, encoding="utf-8")
    for back in _both_reads(path, monkeypatch):
        (read,) = back.links
        assert (read.lag_minutes, read.lag_unit, read.lag_elapsed) == (240, unit, elapsed)


def test_s18t_half_a_day_lag_reads_back_as_ms_project_shows_it():
    elem = SafeET.fromstring(_link_xml(2400, 7))
    link = read_link(Reader(elem, "Task 2"), 2, {1, 2}, set(), [], None)
    assert format_link("1", link, Project()) == "1FS+0.5d"


def test_s18t_no_lag_keeps_no_unit():
    """MS Project writes LagFormat 7 on every link, lag or none: no lag has no unit."""
    elem = SafeET.fromstring(_link_xml(0, 7))
    link = read_link(Reader(elem, "Task 2"), 2, {1, 2}, set(), [], None)
    assert link == Link(1, 2)


def test_s18t_lags_without_a_unit_are_written_as_gantry_shows_them(tmp_path, monkeypatch):
    """A lag with no unit kept shows in the unit Gantry picks (+4h, +2d): MS Project is
    told that unit, so it shows the same, and the text reads back the same."""
    plan = Plan(project=Project(name="Lag", start=MON))
    for uid in (1, 2, 3, 4):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=DAY))
    plan.links = [
        Link(1, 2, lag_minutes=240),
        Link(2, 3, lag_minutes=2 * DAY),
        Link(3, 4),
    ]
    path = tmp_path / "lags.xml"
    write_mspdi(plan, path)
    formats = re.findall(r"<LagFormat>(\d+)</LagFormat>", path.read_text(encoding="utf-8"))
    assert formats == ["5", "7", "7"]
    for back in _both_reads(path, monkeypatch):
        shown = [format_link(str(lk.predecessor), lk, back.project) for lk in back.links]
        assert shown == [format_link(str(lk.predecessor), lk, plan.project) for lk in plan.links]
        assert shown == ["1FS+4h", "2FS+2d", "3"]
