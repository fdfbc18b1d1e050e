"""MS Project XML leveling delays follow <LevelingDelayFormat>: elapsed days are calendar time.

MS Project keeps <LevelingDelay> in tenths of a minute and shows it in elapsed
days (format 8) unless told otherwise: a task delayed 14 edays from its early
start on a Monday starts two weeks later, ten working days. The reader took 14
edays for 14 working days (four days too late) and the writer wrote the delay
as working days. Now an elapsed delay becomes the working minutes that start the
task where MS Project put it (from its early start, its predecessors' delays
included), and the writer writes MS Project's elapsed days back.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.calendar import STANDARD_DAY, Calendar, standard_calendar
from app.domain.leveling_elapsed import elapsed_delay, working_delays
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

DAY = 480
EDAY = 1440
MON = datetime(2027, 1, 4, 8, 0)
NS = "http://schemas.microsoft.com/project"


def _row(uid: int, name: str, days: int, delay: str = "", preds: tuple[int, ...] = ()) -> str:
    links = "".join(
        f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>1</Type></PredecessorLink>"
        for p in preds
    )
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT{days * 8}H0M0S</Duration><DurationFormat>7</DurationFormat>"
        f"{delay}{links}</Task>"
    )


def _delay(tenths: int, fmt: int) -> str:
    return (
        f"<LevelingDelay>{tenths}</LevelingDelay><LevelingDelayFormat>{fmt}</LevelingDelayFormat>"
    )


def _file(tmp_path: Path, *rows: str) -> Path:
    text = (
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}"><Name>Lev</Name>'
        "<StartDate>2027-01-04T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>"
        f"<Tasks>{''.join(rows)}</Tasks></Project>"
    )
    path = tmp_path / "lev.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _chain(tmp_path: Path, build_delay: str, test_delay: str = "") -> Path:
    """Design (5d) -> Build (3d) -> Test (1d), from Monday 4 January 2027."""
    return _file(
        tmp_path,
        _row(1, "Design", 5),
        _row(2, "Build", 3, build_delay, (1,)),
        _row(3, "Test", 1, test_delay, (2,)),
    )


def test_fourteen_elapsed_days_over_two_weekends_are_ten_working_days(tmp_path):
    plan = read_mspdi(_chain(tmp_path, _delay(14 * EDAY * 10, 8)))
    found = schedule(plan)
    # Design ends Friday 8th; Build could start Monday 11th, 14 days later is Monday 25th
    assert found[2].start == datetime(2027, 1, 25, 8, 0)  # was Friday 29th (14 working days)
    assert plan.task(2).leveling_delay_minutes == 10 * DAY
    assert elapsed_delay(plan, found, 2) == 14 * EDAY  # what MS Project shows


def test_a_delay_landing_on_a_weekend_starts_the_next_working_morning(tmp_path):
    # Build ends Wednesday 27th; Test could start Thursday 28th, +2 edays = Saturday
    path = _chain(tmp_path, _delay(14 * EDAY * 10, 8), _delay(2 * EDAY * 10, 8))
    plan = read_mspdi(path)
    found = schedule(plan)
    assert found[2].start == datetime(2027, 1, 25, 8, 0)
    assert found[3].start == datetime(2027, 2, 1, 8, 0)  # Monday: its early start hung on Build's
    assert plan.task(3).leveling_delay_minutes == 2 * DAY  # Thursday and Friday


@pytest.mark.parametrize(
    ("tenths", "fmt", "start"),
    [
        (3 * DAY * 10, 7, datetime(2027, 1, 14, 8, 0)),  # 3 working days: Thursday
        (16 * 60 * 10, 6, datetime(2027, 1, 12, 8, 0)),  # 16 ehours: Tuesday 00:00 -> 08:00
        (2 * 60 * 10, 5, datetime(2027, 1, 11, 10, 0)),  # 2 working hours
        (7 * EDAY * 10, 8, datetime(2027, 1, 18, 8, 0)),  # 7 edays: a week
        (7 * EDAY * 10, 10, datetime(2027, 1, 18, 8, 0)),  # 1 eweek (tenths of minutes too)
        (90 * 10, 4, datetime(2027, 1, 11, 9, 30)),  # 90 eminutes
    ],
)
def test_each_unit_is_read_as_its_format_says(tmp_path, tenths, fmt, start):
    plan = read_mspdi(_chain(tmp_path, _delay(tenths, fmt)))
    assert schedule(plan)[2].start == start


def test_a_delay_without_a_format_is_read_in_elapsed_days(tmp_path):
    plan = read_mspdi(_chain(tmp_path, f"<LevelingDelay>{7 * EDAY * 10}</LevelingDelay>"))
    assert schedule(plan)[2].start == datetime(2027, 1, 18, 8, 0)


def test_written_in_elapsed_days_and_read_back_to_the_same_dates(tmp_path):
    plan = read_mspdi(_chain(tmp_path, _delay(14 * EDAY * 10, 8), _delay(2 * EDAY * 10, 8)))
    before = schedule(plan)
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    delays = re.findall(
        r"<UID>(\d+)</UID>.*?<LevelingDelay>(\d+)</LevelingDelay>"
        r"<LevelingDelayFormat>(\d+)</LevelingDelayFormat>",
        text,
        re.S,
    )
    by_uid = {int(uid): (int(tenths), int(fmt)) for uid, tenths, fmt in delays}
    assert by_uid[2] == (14 * EDAY * 10, 8)  # MS Project's own unit, its own number
    assert by_uid[1] == (0, 7)
    # Thursday to Monday: the same start as 2 edays (a weekend adds no work)
    assert by_uid[3][1] == 8
    again = read_mspdi(out)
    after = schedule(again)
    assert [again.task(u).leveling_delay_minutes for u in (1, 2, 3)] == [0, 10 * DAY, 2 * DAY]
    for uid in (1, 2, 3):
        assert (after[uid].start, after[uid].finish) == (before[uid].start, before[uid].finish)


def test_a_started_tasks_pause_is_written_in_working_days(tmp_path):
    plan = Plan(project=Project(name="Lev", start=MON))
    plan.append_task(
        Task(
            1,
            "Cure",
            duration_minutes=4 * DAY,
            actual_start=MON,
            percent_complete=50.0,
            leveling_delay_minutes=DAY,
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    out = tmp_path / "started.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    assert "<LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>" in text
    assert read_mspdi(out).task(1).leveling_delay_minutes == DAY


def test_working_delays_leave_the_plan_as_it_was():
    plan = Plan(project=Project(name="Lev", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY, leveling_delay_minutes=7))
    plan.add_link(Link(1, 2, LinkType.FS))
    assert working_delays(plan, {2: 14 * EDAY, 99: EDAY}) == {2: 10 * DAY}
    assert plan.task(2).leveling_delay_minutes == 7


def test_a_plan_that_cannot_be_scheduled_keeps_the_first_guess(tmp_path):
    path = _file(
        tmp_path,
        _row(1, "Design", 5, "", (2,)),
        _row(2, "Build", 3, _delay(14 * EDAY * 10, 8), (1,)),
    )
    plan = read_mspdi(path, check_cycles=False)  # a loop: the scheduler refuses it
    assert plan.task(2).leveling_delay_minutes == 14 * DAY


def test_a_task_on_its_own_calendar_counts_that_calendars_working_days():
    four_days = Calendar(uid=2, name="4x8", week=(STANDARD_DAY,) * 4 + ((), (), ()))
    plan = Plan(
        project=Project(name="Lev", start=MON),
        calendars={1: standard_calendar(1), 2: four_days},
    )
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY, calendar_uid=2))
    plan.add_link(Link(1, 2, LinkType.FS))
    # Build could start Monday 11th; a week of elapsed time is four of its working days
    delays = working_delays(plan, {2: 7 * EDAY})
    assert delays == {2: 4 * DAY}
    plan.update_task(replace(plan.task(2), leveling_delay_minutes=delays[2]))
    found = schedule(plan)
    assert found[2].start == datetime(2027, 1, 18, 8, 0)
    assert elapsed_delay(plan, found, 2) == 7 * EDAY
