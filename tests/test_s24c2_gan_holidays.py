"""Public holidays in the files that cannot hold a country (s24c2): .gan writes the project
calendar's holidays as dates (its own or its base's), one date a day (a repeating working
exception gives way to a holiday, a one-off one is written instead of it), and says a
person's own holidays (Claire, FR) are lost; the not-kept note reads the holidays a
calendar keeps, not any country set along its base chain."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from app.domain.calendar import Calendar
from app.domain.calendars import DayResolver, occurrences
from app.domain.dates_not_kept import dates_not_kept
from app.io.gan import read_gan
from app.io.gan_write import write_gan
from tests.test_s24c2_mspdi_holiday_overlaps import DAYS, FIRST, _site_plan
from tests.test_s24ho_holidays import munich_plan


def test_s24c2_gan_writes_one_date_a_day_and_keeps_every_project_day(tmp_path):
    plan = _site_plan()  # DE-BY, winter Mondays, a shutdown, a working Epiphany
    path = tmp_path / "site.gan"
    write_gan(plan, path)
    again = read_gan(path)
    cal = again.calendar()
    held = Counter(day for exc in cal.exceptions for day in occurrences(exc))
    assert [day for day, n in held.items() if n > 1] == []
    before = DayResolver(plan.calendar(), plan.calendars).days(FIRST, DAYS)
    after = DayResolver(cal, again.calendars).days(FIRST, DAYS)
    differ = [FIRST.toordinal() + k for k in range(DAYS) if bool(before[k]) != bool(after[k])]
    assert differ == []  # .gan keeps whole days: working or not, as Gantry has them
    assert not DayResolver(cal, again.calendars).day(date(2027, 11, 1))  # All Saints


def test_s24c2_gan_writes_the_holidays_of_a_project_calendar_based_on_another(tmp_path):
    plan = munich_plan()
    site = plan.calendar()
    plan.put_calendar(replace(site, holiday_country=None, holiday_subdivision=None, base_uid=9))
    plan.put_calendar(Calendar(9, "Bavaria", holiday_country="DE", holiday_subdivision="BY"))
    path = tmp_path / "munich.gan"
    write_gan(plan, path)
    again = read_gan(path)
    assert not DayResolver(again.calendar(), again.calendars).day(date(2027, 5, 27))


def test_s24c2_gan_says_a_persons_own_holidays_are_lost():
    note = dates_not_kept(munich_plan(holiday_country="FR"), ".gan")
    assert "the own public holidays of 1 person ('Claire': FR; read back, the project's)" in note
    none = dates_not_kept(munich_plan(no_public_holidays=True), ".gan")
    assert "('Claire': none;" in none
    assert dates_not_kept(munich_plan(), ".gan") == ""  # hers are the project's
    # .csv loses her calendar with the rest
    assert "the calendar of 1 person ('Claire')" in dates_not_kept(
        munich_plan(holiday_country="FR"), ".csv"
    )


def test_s24c2_csv_names_only_holidays_the_project_keeps():
    plan = munich_plan()
    site = plan.calendar()
    plan.put_calendar(Calendar(9, "Bavaria", holiday_country="DE", holiday_subdivision="BY"))
    plan.put_calendar(replace(site, holiday_country=None, base_uid=9, no_public_holidays=True))
    assert "public holidays" not in dates_not_kept(plan, ".csv")
    plan.put_calendar(replace(site, holiday_country=None, base_uid=9))
    assert "public holidays" in dates_not_kept(plan, ".csv")
