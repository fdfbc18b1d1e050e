"""A .gan holds one calendar (s25cal): the exceptions of the project calendar's base
calendars are written as its dates, each day as Gantry resolves it, and the not-kept note
names what a .gan cannot hold of them (a working exception's hours, a pattern's repeats
outside the years written). Real file: MS Project 2016's 27 repeating exceptions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from app.domain.calendar import Calendar, CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import DayResolver
from app.domain.dates_not_kept import dates_not_kept
from app.domain.task import Task
from app.formats import read_plan
from app.io.gan import read_gan
from app.io.gan_write import write_gan

FILE = "mspdi/calendar-recurring-exceptions-project2016-mspdi.xml"
FIRST = date(2000, 1, 1)


def _site_plan(shared_data):
    """The file's plan on a site calendar based on its Standard (which holds the 27
    exceptions), with one exception of its own, and a task over 2000 to 2010."""
    plan = read_plan(shared_data / FILE)
    standard = plan.calendar()
    own = CalendarException("Site day", date(2005, 1, 3), date(2005, 1, 3))  # a Monday
    plan.put_calendar(
        Calendar(99, "Site", base_uid=standard.uid, week=(None,) * 7, exceptions=(own,))
    )
    plan.project = replace(plan.project, calendar_uid=99, start=datetime(2000, 1, 3, 8))
    plan.append_task(Task(uid=1, name="Long haul", duration_minutes=480 * 2700))
    return plan


def _working_days(plan, first, count):
    return [bool(d) for d in DayResolver(plan.calendar(), plan.calendars).days(first, count)]


def test_s25cal_gan_writes_the_base_calendars_exceptions(shared_data, tmp_path):
    plan = _site_plan(shared_data)
    path = tmp_path / "site.gan"
    write_gan(plan, path)
    again = read_gan(path)
    count = (date(2011, 12, 31) - FIRST).days
    before, after = _working_days(plan, FIRST, count), _working_days(again, FIRST, count)
    differ = [FIRST + timedelta(days=k) for k in range(count) if before[k] != after[k]]
    assert differ == []  # every base exception's day, e.g. 'Daily 1' on 1-3 Jan 2000
    assert not DayResolver(again.calendar(), again.calendars).day(date(2000, 1, 3))
    assert not DayResolver(again.calendar(), again.calendars).day(date(2005, 1, 3))


def test_s25cal_gan_writes_a_bounded_yearly_exception_as_its_dates(shared_data, tmp_path):
    """'Yearly Absolute 1' (1 February, 2005 to 2007) was written year="": read back,
    every 1 February from 1950 to 2050 was off."""
    plan = _site_plan(shared_data)
    path = tmp_path / "site.gan"
    write_gan(plan, path)
    again = DayResolver(read_gan(path).calendar(), {})
    assert not again.day(date(2007, 2, 1))
    assert again.day(date(2008, 2, 1))  # a Friday, worked in Gantry
    assert 'year="" month="2" date="1"' not in path.read_text(encoding="utf-8")


def test_s25cal_gan_note_names_the_exceptions_hours_and_repeats_lost(shared_data):
    plan = _site_plan(shared_data)
    note = dates_not_kept(plan, ".gan")
    # 'Recurring Working' (2010, 9:00-13:00 and 14:00-17:00) reads back 8:00-17:00
    assert "hours of 1 working exception (read back 8:00-17:00)" in note
    # the plan runs 2000-2010: written 1999-2011, nothing of the 27 is outside
    assert "repeats of" not in note
    plan.project = replace(plan.project, start=datetime(2006, 1, 2, 8))
    plan.update_task(replace(plan.task(1), duration_minutes=480 * 10))
    said = dates_not_kept(plan, ".gan")
    # written 2005-2007: Daily 1... Monthly Absolute 1 (2003) and the others before are lost
    assert "repeating exceptions outside 2005-2007" in said


def test_s25cal_gan_base_yearly_date_stays_yearly(tmp_path):
    from app.domain.plan import Plan
    from app.domain.project import Project

    yearly = Recurrence(RecurrenceKind.YEARLY_BY_DATE, month=12, day_of_month=25)
    xmas = CalendarException("Christmas", date(1990, 12, 25), date(2090, 12, 25), recurrence=yearly)
    plan = Plan(project=Project(name="p", start=datetime(2027, 3, 1, 8), calendar_uid=2))
    plan.put_calendar(Calendar(1, "Standard", exceptions=(xmas,)))
    plan.put_calendar(Calendar(2, "Site", base_uid=1, week=(None,) * 7))
    plan.append_task(Task(uid=1, name="A", duration_minutes=480 * 5))
    path = tmp_path / "p.gan"
    write_gan(plan, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("Christmas") == 1
    assert 'year="" month="12" date="25"' in text


def test_s25cal_gan_keeps_the_days_off_of_a_calendar_people_share(shared_data, tmp_path):
    """A shift calendar two people share (based on the project's) is no one's own: its
    days off were not written as either person's vacation. Real file: sample.xml."""
    plan = read_plan(shared_data / "mspdi/sample.xml")
    off = CalendarException("Shift break", date(2003, 1, 8), date(2003, 1, 9))
    project = plan.project.calendar_uid
    plan.put_calendar(
        Calendar(9, "Night shift", base_uid=project, week=(None,) * 7, exceptions=(off,))
    )
    for res in list(plan.resources):
        plan.update_resource(replace(res, calendar_uid=9))
    path = tmp_path / "shift.gan"
    write_gan(plan, path)
    again = read_gan(path)
    for res in again.resources:
        assert res.calendar_uid is not None
        days = DayResolver(again.calendars[res.calendar_uid], again.calendars)
        assert not days.day(date(2003, 1, 8)), res.name
        assert not days.day(date(2003, 1, 9))
        assert days.day(date(2003, 1, 10))
    assert dates_not_kept(plan, ".gan") == ""  # nothing of theirs lost
