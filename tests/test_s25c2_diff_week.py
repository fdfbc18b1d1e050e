"""gantry diff tells a changed default week (s25c2): Fridays made non-working, or a Monday
ending at 16:00, read 'no changes entered; 53 tasks moved', since only days off and named
work weeks were compared. The default week is now told as a work week, '[Default]' as
Change Working Time's Work Weeks tab lists it: on the project calendar, and on a person
where a day their own calendar sets changes (a day they take from it is said on it)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.cli import main
from app.domain.calendar import WorkWeek
from app.domain.diff import Held, diff_plans
from app.formats import read_plan, write_plan
from tests.test_s24c2_mspdi_holiday_overlaps import _site_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
FIVE = "Mon-Fri 08:00-12:00, 13:00-17:00, Sat-Sun off"
FOUR = "Mon-Thu 08:00-12:00, 13:00-17:00, Fri-Sun off"


def _written(plan, path: Path) -> Path:
    write_plan(plan, path)
    return path


def test_s25c2_fridays_made_non_working_are_told(capsys, tmp_path):
    plan = read_plan(DEMO)
    old = _written(plan, tmp_path / "a.gantry")
    cal = plan.calendar()
    plan.put_calendar(replace(cal, week=(*cal.week[:4], (), *cal.week[5:])))
    new = _written(plan, tmp_path / "fri.gantry")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    line = f"changed  calendar 1 'Standard': Work week '[Default]: {FIVE}' -> '[Default]: {FOUR}'"
    assert line in out.splitlines()
    assert "no changes entered" not in out
    assert main(["diff", str(old), str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (change,) = [c for c in data["changes"] if c["field"] == "work_weeks"]
    assert (change["old"], change["new"]) == (f"[Default]: {FIVE}", f"[Default]: {FOUR}")


def test_s25c2_a_changed_monday_is_told_on_the_calendar_and_a_person(tmp_path):
    plan = _site_plan()
    old = read_plan(_written(plan, tmp_path / "old.gantry"))
    site = plan.calendar()
    plan.put_calendar(replace(site, week=(((480, 720), (780, 960)), *site.week[1:])))
    claire = plan.calendars[40]
    plan.put_calendar(replace(claire, week=(None, ((540, 780),), *(None,) * 5)))
    new = read_plan(_written(plan, tmp_path / "new.gantry"))
    weeks = [
        (c.entity, c.old, c.new)
        for c in diff_plans(old, new, held=Held(calendars=True))
        if c.field == "work_weeks"
    ]
    monday = "Mon 08:00-12:00, 13:00-16:00, Tue-Fri 08:00-12:00, 13:00-17:00, Sat-Sun off"
    tuesday = "Mon 08:00-12:00, 13:00-16:00, Tue 09:00-13:00, Wed-Fri 08:00-12:00, 13:00-17:00"
    assert weeks == [
        ("calendar", f"[Default]: {FIVE}", f"[Default]: {monday}"),
        # Claire's own Tuesday, not the Monday she takes from the site calendar
        ("resource", f"[Default]: {FIVE}", f"[Default]: {tuesday}, Sat-Sun off"),
    ]


def test_s25c2_a_work_weeks_own_week_is_told(tmp_path):
    plan = _site_plan()
    winter = WorkWeek("Winter", date(2027, 11, 1), date(2028, 2, 28), (((480, 900),),) * 5)
    plan.put_calendar(replace(plan.calendar(), work_weeks=(winter,)))
    old = read_plan(_written(plan, tmp_path / "old.gantry"))
    shorter = replace(winter, week=(((480, 840),),) * 5)
    plan.put_calendar(replace(plan.calendar(), work_weeks=(shorter,)))
    new = read_plan(_written(plan, tmp_path / "new.gantry"))
    weeks = [c.new for c in diff_plans(old, new, held=Held(calendars=True))]
    assert weeks == ["Winter 2027-11-01 to 2028-02-28: Mon-Fri 08:00-14:00"]
