"""gantry diff tells calendar changes between a .gantry or workbook and an .xml (s25c2).

gantry diff a.gantry b.xml with Fridays made non-working read 'no changes entered; 53 tasks
moved': calendars were compared only between files of the same kind, since an .xml writes a
country's public holidays as exceptions. They are now compared between .gantry, .xlsx and
.xml; where one side keeps the other's public holidays as exceptions, days off are compared
day by day: the same days written another way are no change. Real files: the demo, MS Project 2016's calendar of 27 repeating exceptions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.domain.calendar import CalendarException
from app.domain.diff import Held, diff_plans
from app.formats import read_plan, write_plan
from tests.test_s24c2_mspdi_holiday_overlaps import _site_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
XML = "mspdi/calendar-recurring-exceptions-project2016-mspdi.xml"
FIVE = "Mon-Fri 08:00-12:00, 13:00-17:00, Sat-Sun off"
FOUR = "Mon-Thu 08:00-12:00, 13:00-17:00, Fri-Sun off"


def _diff(capsys, old: Path, new: Path, *extra: str) -> str:
    assert main(["diff", str(old), str(new), *extra]) == 0
    return capsys.readouterr().out


def _fridays_off(tmp_path: Path) -> dict[str, Path]:
    """The demo as .gantry, .xlsx and .xml, then with Fridays made non-working."""
    files: dict[str, Path] = {}
    plan = read_plan(DEMO)
    cal = plan.calendar()
    for ext in (".gantry", ".xlsx", ".xml"):
        write_plan(plan, tmp_path / f"a{ext}")
        files[f"a{ext}"] = tmp_path / f"a{ext}"
    plan.put_calendar(replace(cal, week=(*cal.week[:4], (), *cal.week[5:])))
    for ext in (".gantry", ".xlsx", ".xml"):
        write_plan(plan, tmp_path / f"fri{ext}")
        files[f"fri{ext}"] = tmp_path / f"fri{ext}"
    return files


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a.gantry", "fri.gantry"),
        ("a.gantry", "fri.xml"),
        ("a.xlsx", "fri.xml"),
        ("a.xml", "fri.gantry"),
        ("a.xml", "fri.xml"),
    ],
)
def test_s25c2_fridays_made_non_working_are_told(capsys, tmp_path, old, new):
    files = _fridays_off(tmp_path)
    out = _diff(capsys, files[old], files[new])
    line = f"changed  calendar 1 'Standard': Work week '[Default]: {FIVE}' -> '[Default]: {FOUR}'"
    assert line in out.splitlines()
    assert "no changes entered" not in out
    data = json.loads(_diff(capsys, files[old], files[new], "--json"))
    (change,) = [c for c in data["changes"] if c["field"] == "work_weeks"]
    assert (change["old"], change["new"]) == (f"[Default]: {FIVE}", f"[Default]: {FOUR}")


def test_s25c2_the_same_plan_in_another_format_has_no_calendar_change(capsys, tmp_path):
    files = _fridays_off(tmp_path)
    for other in ("a.xml", "a.xlsx"):
        assert _diff(capsys, files["a.gantry"], files[other]) == "no changes\n"
    assert _diff(capsys, files["a.xlsx"], files["a.xml"]) == "no changes\n"


def _written(plan, path: Path) -> Path:
    write_plan(plan, path)
    return path


@pytest.mark.parametrize("person", [{}, {"holiday_country": "FR"}, {"no_public_holidays": True}])
def test_s25c2_holidays_written_as_exceptions_are_no_change(capsys, tmp_path, person):
    # DE-BY with winter hours every Monday, a shutdown over New Year, Claire in France or
    # working every holiday: the .xml holds it all as exceptions, every day the same
    plan = _site_plan(**person)
    ours, theirs = _written(plan, tmp_path / "a.gantry"), _written(plan, tmp_path / "a.xml")
    assert _diff(capsys, ours, theirs) == "no changes\n"
    assert _diff(capsys, theirs, ours) == "no changes\n"


def test_s25c2_days_off_changed_in_the_xml_are_told_day_by_day(tmp_path):
    plan = _site_plan(holiday_country="FR")
    old = read_plan(_written(plan, tmp_path / "a.gantry"))
    new = read_plan(_written(plan, tmp_path / "a.xml"))
    claire = new.calendars[40]
    leave = CalendarException("Urlaub", date(2028, 2, 7), date(2028, 2, 11))
    new.put_calendar(replace(claire, exceptions=(*claire.exceptions, leave)))
    site = new.calendar()  # Ascension Day worked at the site in 2028 (it moves: one a year)
    ascension = date(2028, 5, 25)
    kept = tuple(e for e in site.exceptions if (e.name, e.start) != ("Ascension Day", ascension))
    new.put_calendar(replace(site, exceptions=kept))
    changes = {
        c.entity: (c.old, c.new)
        for c in diff_plans(old, new, held=Held(calendars=True))
        if c.field == "days_off"
    }
    assert changes == {
        "calendar": ("Ascension Day 2028-05-25", "2028-05-25 (working)"),
        "resource": (
            # Claire's Monday is the site's winter hours, the rest of the week as her week
            "Winter hours 2028-02-07 (working 07:00-15:00); 2028-02-08 to 2028-02-11 (working)",
            "Urlaub 2028-02-07 to 2028-02-11",
        ),
    }


def test_s25c2_a_real_xml_and_its_gantry_copy_keep_the_same_calendar(shared_data, tmp_path, capsys):
    path = shared_data / XML
    copy = _written(read_plan(path), tmp_path / "copy.gantry")
    out = _diff(capsys, path, copy)
    assert "Days off" not in out
    assert "Work week" not in out
    plan = read_plan(path)
    cal = plan.calendar()
    first = next(e for e in cal.exceptions if e.name == "Yearly Absolute 1")
    plan.put_calendar(replace(cal, exceptions=(*cal.exceptions, replace(first, name="X"))))
    changed = _diff(capsys, path, _written(plan, tmp_path / "changed.gantry"))
    assert "'Standard': Days off" in changed  # both keep no holiday country: as typed
    assert "X 2005-01-01 to 2007-02-01 (repeats yearly by date)" in changed
