"""Public holidays on any calendar (s24ho): a calendar's own replace its base's, "none" is a
choice too, a country is typed by name or code, the setting is kept in the .gantry file
(schema v29) and gantry diff names it on a person's calendar.

A PM in Munich (project calendar DE-BY) with Claire in France: Claire's calendar, based on
Standard, says FR. She works on Fronleichnam (Corpus Christi, Thu 27 May 2027, a Bavarian
holiday) and not on 14 July (Wed, Fête nationale).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.calendar import Calendar
from app.domain.calendars import DayResolver, holiday_place
from app.domain.diff import Held, diff_plans
from app.domain.errors import PlanError
from app.domain.holiday_places import read_place
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION

CLAIRE = 40
CORPUS_CHRISTI = date(2027, 5, 27)
BASTILLE_DAY = date(2027, 7, 14)


def munich_plan(**claire: object) -> Plan:
    """A DE-BY project; Claire's own calendar based on Standard, with ``claire``'s fields;
    tasks 1 and 2 of one day, hers, pinned to Fronleichnam and 14 July."""
    plan = Plan(project=Project(name="EU rollout", start=datetime(2027, 5, 3, 8)))
    plan.put_calendar(replace(plan.calendar(), holiday_country="DE", holiday_subdivision="BY"))
    base = plan.project.calendar_uid
    plan.put_calendar(Calendar(CLAIRE, "Claire", base_uid=base, **claire))  # type: ignore[arg-type]
    plan.add_resource(Resource(1, "Claire", calendar_uid=CLAIRE))
    for uid, day in ((1, CORPUS_CHRISTI), (2, BASTILLE_DAY)):
        start = datetime(day.year, day.month, day.day, 8)
        plan.append_task(
            Task(
                uid,
                f"Workshop {uid}",
                duration_minutes=480,
                constraint_type=ConstraintType.SNET,
                constraint_date=start,
            )
        )
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, 480))
    return plan


def _days_worked(plan: Plan) -> list[date]:
    result = schedule(plan)
    return [result[uid].start.date() for uid in (1, 2)]


def test_s24ho_a_french_person_keeps_french_holidays_not_bavarian_ones():
    plan = munich_plan(holiday_country="FR")
    claire = DayResolver(plan.calendars[CLAIRE], plan.calendars)
    assert claire.day(CORPUS_CHRISTI) != ()  # Bavaria's holiday: she works
    assert claire.day(BASTILLE_DAY) == ()
    assert holiday_place(plan.calendars[CLAIRE], plan.calendars) == ("FR", None)
    # her tasks: Fronleichnam worked, 14 July moved to the 15th
    assert _days_worked(plan) == [CORPUS_CHRISTI, date(2027, 7, 15)]


def test_s24ho_a_person_without_a_setting_keeps_the_projects_holidays():
    plan = munich_plan()
    assert holiday_place(plan.calendars[CLAIRE], plan.calendars) == ("DE", "BY")
    assert _days_worked(plan) == [date(2027, 5, 28), BASTILLE_DAY]


def test_s24ho_none_means_no_holidays_not_even_the_base_calendars():
    plan = munich_plan(no_public_holidays=True)
    assert holiday_place(plan.calendars[CLAIRE], plan.calendars) is None
    assert _days_worked(plan) == [CORPUS_CHRISTI, BASTILLE_DAY]


def test_s24ho_a_country_typed_by_name_or_code_or_picked_from_the_list():
    assert read_place("Germany") == ("DE", None)
    assert read_place("germany", "Bayern") == ("DE", "BY")
    assert read_place("DE-BY") == ("DE", "BY")
    assert read_place("Germany (DE)", "Bayern (BY)") == ("DE", "BY")
    assert read_place("United States (US)", "ny") == ("US", "NY")
    assert read_place("France", "Whole country") == ("FR", None)
    assert read_place("") is None
    assert read_place("None") is None


@pytest.mark.parametrize(
    ("country", "region", "quoted"),
    [("Germny", "", "country 'Germny'"), ("DE", "Bavarian Alps", "region 'Bavarian Alps'")],
)
def test_s24ho_an_unknown_place_is_refused_saying_what_to_type(country, region, quoted):
    with pytest.raises(PlanError, match="type the country's code") as refused:
        read_place(country, region)
    assert quoted in str(refused.value)


def test_s24ho_the_setting_is_saved_and_reopened(tmp_path):
    path = tmp_path / "munich.gantry"
    plan = munich_plan(no_public_holidays=True)
    GantryFile.create(path, plan).close()
    assert read_plan(path).calendars[CLAIRE].no_public_holidays is True
    with GantryFile.open(path) as file:  # an edit in an open file is written too
        file.plan.put_calendar(replace(file.plan.calendars[CLAIRE], no_public_holidays=False))
    assert read_plan(path).calendars[CLAIRE].no_public_holidays is False


def test_s24ho_a_v28_file_opens_with_its_bases_holidays(tmp_path):
    old = tmp_path / "old.gantry"
    GantryFile.create(old, munich_plan()).close()
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE calendars DROP COLUMN no_public_holidays")
    conn.execute("PRAGMA user_version = 28")
    conn.commit()
    conn.close()
    assert read_plan(old).calendars[CLAIRE].no_public_holidays is False
    with GantryFile.open(old) as file:
        file.plan.put_calendar(replace(file.plan.calendars[CLAIRE], no_public_holidays=True))
    assert (tmp_path / "old.gantry.v28.bak").exists()
    assert read_plan(old).calendars[CLAIRE].no_public_holidays is True
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 29
    conn.close()


def test_s24ho_diff_names_a_persons_changed_public_holidays():
    before = munich_plan()
    french = munich_plan(holiday_country="FR")
    contractor = munich_plan(no_public_holidays=True)
    held = Held(calendars=True)
    (change,) = [c for c in diff_plans(before, french, held=held) if c.entity == "resource"]
    assert (change.name, change.field, change.old, change.new) == (
        "Claire",
        "days_off",
        None,
        "public holidays of FR",
    )
    (change,) = [c for c in diff_plans(french, contractor, held=held) if c.entity == "resource"]
    assert (change.old, change.new) == ("public holidays of FR", "no public holidays")


def test_s24ho_gantry_diff_names_the_setting_a_person_changed(tmp_path, capsys):
    paths = []
    for name, fields in (("de", {}), ("fr", {"holiday_country": "FR"})):
        path = tmp_path / f"{name}.gantry"
        GantryFile.create(path, munich_plan(**fields)).close()
        paths.append(str(path))
    assert main(["diff", *paths]) == 0
    out = capsys.readouterr().out
    assert "resource 1 'Claire': Days off none -> 'public holidays of FR'" in out
    assert "ID 2 'Workshop 2': Start 2027-07-14 08:00 -> 2027-07-15 08:00" in out
