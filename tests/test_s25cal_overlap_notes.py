"""Calendar exceptions sharing a day in a file read (s25cal): the window's Change Working
Time refuses them, yet a file may hold them; reading says which calendar, which
exceptions and days, and which one Gantry's dates follow (the later of the two, as
calendars.DayResolver reads them). Real files: MS Project's recurring-exceptions
calendar (two days off on 1 March 2003) and a GanttProject file with a yearly holiday."""

from __future__ import annotations

from datetime import date

from app.cli import main
from app.domain.calendar import Calendar, CalendarException
from app.domain.calendars import DayResolver
from app.domain.exception_overlaps import overlap_notes
from app.domain.plan import Plan
from app.formats import read_plan
from app.store.document import GantryFile

MSPDI = "mspdi/calendar-recurring-exceptions-project2016-mspdi.xml"
GAN = "gan/blyoa-task-crossing-recurring-holiday.gan"
YEARLY = '<date year="" month="1" date="3" type="HOLIDAY">'
WORKED = '<date year="2024" month="1" date="3" type="WORKING_DAY"><![CDATA[Stocktake]]></date>'


def _notes(path):
    said: list[str] = []
    plan = read_plan(path, note=said.append)
    return plan, [line for line in said if "overlap" in line]


def test_s25cal_mspdi_days_off_sharing_a_day_are_named(shared_data):
    _plan, said = _notes(shared_data / MSPDI)
    assert said == [
        "calendar 'Standard': exceptions 'Monthly Relative 6' (2002-01-01 to 2006-02-04) and "
        "'Monthly Absolute 1' (2003-01-01 to 2003-05-01) overlap on 2003-03-01; Gantry "
        "schedules that day by 'Monthly Absolute 1', the later (both days off): Change "
        "Working Time lets no two exceptions share a day, as MS Project's, so change one"
    ]


def test_s25cal_gan_working_day_on_a_yearly_holiday_is_named(shared_data, tmp_path):
    text = (shared_data / GAN).read_text(encoding="utf-8")
    assert text.count(YEARLY) == 1
    end = text.index("</calendars>")
    path = tmp_path / "stocktake.gan"
    path.write_text(text[:end] + WORKED + text[end:], encoding="utf-8")
    plan, said = _notes(path)
    (line,) = said
    assert "exceptions 'dummy recurring holiday' (" in line
    assert "and 'Stocktake' (2024-01-03, working) overlap on 2024-01-03;" in line
    assert "Gantry schedules that day by 'Stocktake', the later:" in line
    assert DayResolver(plan.calendar(), plan.calendars).day(date(2024, 1, 3))  # worked


def _overlapping_plan() -> Plan:
    plan = Plan()
    shutdown = CalendarException("Shutdown", date(2027, 12, 24), date(2028, 1, 2))
    stocktake = CalendarException(
        "Stocktake", date(2027, 12, 27), date(2027, 12, 28), True, ((480, 720),)
    )
    plan.put_calendar(Calendar(1, "Standard", exceptions=(shutdown, stocktake)))
    return plan


def test_s25cal_gantry_file_overlap_is_said_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "site.gantry"
    GantryFile.create(path, _overlapping_plan()).close()
    assert main(["convert", str(path), str(tmp_path / "site.csv")]) == 0
    err = capsys.readouterr().err
    assert (
        "calendar 'Standard': exceptions 'Shutdown' (2027-12-24 to 2028-01-02) and "
        "'Stocktake' (2027-12-27 to 2027-12-28, working) overlap on 2 days from 2027-12-27 "
        "to 2027-12-28; Gantry schedules those days by 'Stocktake', the later:"
    ) in err


def test_s25cal_no_note_without_overlaps(shared_data):
    assert overlap_notes(read_plan(shared_data / "mspdi/sample.xml")) == []
    plan = _overlapping_plan()
    cal = plan.calendars[1]
    plan.put_calendar(Calendar(1, "Standard", exceptions=cal.exceptions[:1]))
    assert overlap_notes(plan) == []


def test_s25cal_more_overlaps_are_counted():
    plan = _overlapping_plan()
    cal = plan.calendars[1]
    xmas = CalendarException("Christmas", date(2027, 12, 25), date(2027, 12, 25))
    plan.put_calendar(Calendar(1, "Standard", exceptions=(*cal.exceptions, xmas)))
    (line,) = overlap_notes(plan)
    assert "(and 1 other overlap)" in line
