"""Writing MS Project XML: read -> write -> read gives the same plan; .mpp through mpxj."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from dataclasses import replace
from datetime import date, datetime

import pytest

from app import formats
from app.domain.calendar import Calendar, CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import occurrences
from app.domain.errors import FileFormatError
from app.domain.link import Link, LinkType
from app.domain.notation import auto_unit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, RateEntry, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

_FIELDS = ("project", "tasks", "calendars", "resources", "assignments", "baselines")


def _entered(plan: Plan, tasks: list[Task]) -> list[Task]:
    """``tasks`` without an automatic summary's own duration: it is written as its span;
    nor a summary's own % complete and actual dates: written rolled up (s17mspdiw)."""
    return [
        replace(
            t,
            duration_minutes=0 if not t.manual else t.duration_minutes,
            percent_complete=0.0,
            actual_start=None,
            actual_finish=None,
        )
        if plan.is_summary(t.uid)
        else t
        for t in tasks
    ]


def _same(a: Plan, b: Plan, refreshed: bool = False) -> None:
    """Equal plans; ``refreshed``: automatic tasks' start/finish are the newly computed dates."""
    for name in _FIELDS:
        if name == "tasks":
            if not refreshed:
                assert _entered(a, a.tasks) == _entered(b, b.tasks), name
            continue
        assert getattr(a, name) == getattr(b, name), name
    if refreshed:
        auto = [replace(t, start=None, finish=None) if not t.manual else t for t in b.tasks]
        # a task without a unit is written in the unit Gantry shows it in, and reads back so
        shown = [
            replace(t, duration_unit=auto_unit(t.duration_minutes, a.project, t.elapsed))
            if t.duration_unit is None
            else t
            for t in a.tasks
        ]
        assert _entered(a, shown) == _entered(b, auto)
        # so is a lag without a unit (s18t: MS Project XML keeps days as a unit too)
        links = [
            replace(lk, lag_unit=auto_unit(abs(lk.lag_minutes), a.project, lk.lag_elapsed))
            if lk.lag_unit is None and lk.lag_minutes and lk.lag_percent is None
            else lk
            for lk in a.links
        ]
        assert sorted(links, key=lambda lk: lk.key) == sorted(b.links, key=lambda lk: lk.key)
        return
    assert sorted(a.links, key=lambda lk: lk.key) == sorted(b.links, key=lambda lk: lk.key)


def test_every_shared_file_round_trips(shared_data, tmp_path):
    files = sorted((shared_data / "mspdi").glob("*.xml")) + sorted(
        (shared_data / "mpp").glob("*.xml")
    )
    assert len(files) > 40
    for path in files:
        first = read_mspdi(path)
        out = tmp_path / path.name
        write_mspdi(first, out)
        # an automatic task is written with its scheduled dates (s21m2), MS Project's but on
        # SplitTaskFinishDate.xml, whose split MPXJ's XML does not carry (test_mspdi_oracle)
        times = schedule(first).times
        first.update_tasks(
            replace(t, start=times[t.uid].start, finish=times[t.uid].finish)
            for t in first.tasks
            if not t.manual
        )
        _same(first, read_mspdi(out))


def _rich_plan() -> Plan:
    cal = Calendar(
        uid=1,
        exceptions=(
            CalendarException("Xmas", date(2026, 12, 24), date(2026, 12, 26)),
            CalendarException(
                "Sat work",
                date(2026, 1, 10),
                date(2026, 1, 10),
                working=True,
                intervals=((540, 780),),
            ),
            CalendarException(
                "Every other Fri",
                date(2026, 1, 1),
                date(2026, 6, 30),
                recurrence=Recurrence(RecurrenceKind.WEEKLY, period=2, weekdays=(4,)),
            ),
            CalendarException(
                "Last Mon",
                date(2026, 1, 1),
                date(2027, 12, 31),
                recurrence=Recurrence(
                    RecurrenceKind.MONTHLY_BY_WEEKDAY, week_of_month=5, weekday=0, occurrences=6
                ),
            ),
            CalendarException(
                "May 1",
                date(2026, 1, 1),
                date(2030, 12, 31),
                recurrence=Recurrence(RecurrenceKind.YEARLY_BY_DATE, day_of_month=1, month=5),
            ),
        ),
    )
    night = Calendar(
        uid=2, name="Night", base_uid=1, week=(((0, 1440),), None, None, None, None, (), ())
    )
    plan = Plan(
        project=Project(name="Warehouse", notes="Budget approved on 2025-12-01."),
        calendars={1: cal, 2: night},
    )
    plan.append_task(Task(1, "Phase"))
    plan.insert_tasks(
        1,
        [
            Task(2, "Dig", outline_level=2, duration_minutes=960, notes="mind the pipes"),
            Task(
                3,
                "Pour",
                outline_level=2,
                duration_minutes=1440,
                elapsed=True,
                constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2026, 1, 12, 8),
                deadline=datetime(2026, 2, 1, 17),
                percent_complete=40.0,
                actual_start=datetime(2026, 1, 12, 8),
                fixed_cost=1250.5,
                calendar_uid=2,
            ),
            Task(
                4,
                "Sign-off",
                outline_level=1,
                duration_minutes=0,
                milestone=True,
                manual=True,
                start=datetime(2026, 2, 2, 9),
                finish=datetime(2026, 2, 2, 9),
            ),
        ],
    )
    plan.links += [
        Link(2, 3, LinkType.SS, lag_minutes=240),
        Link(3, 4, LinkType.FS, lag_percent=-25.0),
        Link(2, 4, LinkType.FF, lag_minutes=2880, lag_elapsed=True),
    ]
    plan.add_resource(
        Resource(
            1,
            "Ana",
            initials="A",
            role="Engineer",
            email="ana@example.com",
            skills=("Concrete", "Surveying"),
            max_units=0.5,
            standard_rate=80.0,
            overtime_rate=120.0,
            cost_per_use=15.0,
            calendar_uid=2,
            availability=(Availability(None, datetime(2026, 3, 1), 0.5),),
            rate_tables=((RateEntry(None, 80.0), RateEntry(datetime(2026, 6, 1), 90.0)),),
        )
    )
    plan.add_resource(Resource(2, "Concrete", type=ResourceType.MATERIAL, material_label="m3"))
    plan.add_resource(Resource(3, "Travel", type=ResourceType.COST))
    plan.add_assignment(
        Assignment(
            1,
            2,
            1,
            units=0.5,
            work_minutes=480,
            actual_work_minutes=120,
            overtime_work_minutes=60,
            actual_overtime_work_minutes=45,
        )
    )
    plan.add_assignment(Assignment(2, 3, 3, cost=300.25))
    return plan


def test_plan_built_in_gantry_round_trips(tmp_path):
    plan = _rich_plan()
    out = tmp_path / "plan.xml"
    formats.write_plan(plan, out)
    again = formats.read_plan(out)
    _same(plan, again, refreshed=True)
    assert again.task(2).start == datetime(2026, 1, 5, 8)


def test_actual_overtime_work_round_trips(shared_data, tmp_path):
    plan = _rich_plan()
    out = tmp_path / "plan.xml"
    write_mspdi(plan, out)
    assert "<ActualOvertimeWork>PT0H45M0S</ActualOvertimeWork>" in out.read_text(encoding="utf-8")
    assert read_mspdi(out).assignments[0].actual_overtime_work_minutes == 45
    # MS Project's own file: PT1H6M5.07S of finished overtime on Resource One
    first = read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    # kept to the second (s26co): 66 min 5.07 s
    assert {a.uid: a.actual_overtime_work_minutes for a in first.assignments} == {
        2: pytest.approx(66.0845),
        5: 120,
    }
    write_mspdi(first, out)
    assert read_mspdi(out).assignments == first.assignments


def test_written_file_carries_current_schedule(tmp_path):
    plan = _rich_plan()
    out = tmp_path / "plan.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    assert "<EarlyStart>2026-01-05T08:00:00</EarlyStart>" in text
    assert 'xmlns="http://schemas.microsoft.com/project"' in text


@pytest.mark.skipif(
    importlib.util.find_spec("mpxj") is None or shutil.which("java") is None,
    reason="reading .mpp needs the optional mpxj package and a Java runtime",
)
def test_mpp_reads_like_its_xml_conversion(shared_data):
    from app.io.mpp import read_mpp

    mpp = read_mpp(shared_data / "mpp" / "CalculateCriticalPath.mpp")
    xml = read_mspdi(shared_data / "mpp" / "CalculateCriticalPath.xml")
    assert mpp.tasks == xml.tasks
    assert mpp.links == xml.links
    assert mpp.calendars == xml.calendars


def test_mpp_without_mpxj_says_what_to_install(tmp_path, monkeypatch):
    from app.io import mpp

    monkeypatch.setitem(sys.modules, "jpype", None)
    monkeypatch.setitem(sys.modules, "mpxj", None)
    path = tmp_path / "plan.mpp"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FileFormatError, match=r"needs Java and the mpxj package"):
        mpp.read_mpp(path)


def test_mpp_in_the_desktop_bundle_asks_for_the_xml_instead(tmp_path, monkeypatch):
    """A PyInstaller bundle cannot pip install: it points to MS Project's own XML export."""
    from app.io import mpp

    monkeypatch.setitem(sys.modules, "jpype", None)
    monkeypatch.setitem(sys.modules, "mpxj", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    path = tmp_path / "plan.mpp"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FileFormatError, match=r"Save As > XML Format") as caught:
        mpp.read_mpp(path)
    assert "pip install" not in str(caught.value)


def test_holiday_country_is_written_as_exceptions(tmp_path):
    plan = _rich_plan()
    plan.calendars[1] = replace(plan.calendars[1], holiday_country="FR")
    out = tmp_path / "fr.xml"
    write_mspdi(plan, out)
    again = read_mspdi(out)
    cal = again.calendars[1]
    assert cal.holiday_country is None
    # one exception holds it: a yearly one, as MS Project's users type it (s25cal)
    bastille = [e for e in cal.exceptions if date(2026, 7, 14) in occurrences(e)]
    assert len(bastille) == 1
    assert bastille[0].name
    wt = WorkTime.for_calendar(cal, again.calendars)
    assert not wt.is_working_day(date(2026, 7, 14))  # Bastille Day, a Tuesday
    assert not wt.is_working_day(date(2026, 12, 25))
    assert wt.working_intervals(date(2026, 1, 10)) == ((540, 780),)  # own exception kept


def _child_orders(root, parent_tag):
    q = "{http://schemas.microsoft.com/project}"
    for elem in root.iter(q + parent_tag):
        tags = []
        for child in elem:
            tag = child.tag.removeprefix(q)
            if tag not in tags:
                tags.append(tag)
        yield tags


@pytest.mark.parametrize(
    "parent",
    [
        "Project",
        "Task",
        "Resource",
        "Assignment",
        "Exception",
        "Calendar",
        "WeekDay",
        "PredecessorLink",
        "Baseline",
        "Rate",
        "AvailabilityPeriod",
    ],
)
def test_element_order_follows_ms_project(shared_data, tmp_path, parent):
    """MS Project validates element order: ours must never contradict the order in its files."""
    import defusedxml.ElementTree as SafeET

    before: set[tuple[str, str]] = set()
    for path in sorted((shared_data / "mspdi").glob("*.xml")):
        for tags in _child_orders(SafeET.parse(str(path)).getroot(), parent):
            before.update((a, b) for i, a in enumerate(tags) for b in tags[i + 1 :])
    out = tmp_path / "ours.xml"
    plan = _rich_plan()
    plan.project = replace(plan.project, status_date=datetime(2026, 1, 20, 17))
    write_mspdi(plan, out)
    for tags in _child_orders(SafeET.parse(str(out)).getroot(), parent):
        for i, a in enumerate(tags):
            for b in tags[i + 1 :]:
                assert (b, a) not in before or (a, b) in before, f"<{a}> before <{b}> in {parent}"
