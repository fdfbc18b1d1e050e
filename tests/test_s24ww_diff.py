"""gantry diff names a work week added, removed or set otherwise (s24ww)."""

from __future__ import annotations

from app.cli.diff_text import DiffWriter
from app.domain.calendar import Calendar, WorkWeek
from app.domain.diff import Held, diff_plans
from app.domain.resource import Resource
from app.report.locale_numbers import C_MARKS
from tests.test_s24ww_store import SUMMER, WINTER, _plan

SHORTER = WorkWeek(WINTER.name, WINTER.start, WINTER.end, (((480, 840),),) * 5 + ((), None))


def _weeks(old, new):
    return [
        (c.entity, c.name, c.old, c.new)
        for c in diff_plans(old, new, held=Held(calendars=True))
        if c.field == "work_weeks"
    ]


def test_s24ww_a_changed_work_week_is_named():
    assert _weeks(_plan(WINTER, SUMMER), _plan(SHORTER)) == [
        (
            "calendar",
            "Standard",
            "Winter hours 2026-11-01 to 2027-02-28: Mon-Fri 08:00-15:00, Sat off",
            "Winter hours 2026-11-01 to 2027-02-28: Mon-Fri 08:00-14:00, Sat off",
        ),
        ("calendar", "Standard", "Summer 2027-06-01 to 2027-08-31: Mon-Thu off", None),
    ]
    assert _weeks(_plan(WINTER), _plan(WINTER)) == []


def test_s24ww_a_persons_own_work_week_is_named():
    old, new = _plan(), _plan()
    for plan in (old, new):
        plan.add_resource(Resource(1, "Ana", calendar_uid=2))
    ana = new.calendars[2]
    new.calendars[2] = Calendar(
        uid=2, name=ana.name, base_uid=1, week=ana.week, work_weeks=(SUMMER,)
    )
    assert _weeks(old, new) == [
        ("resource", "Ana", None, "Summer 2027-06-01 to 2027-08-31: Mon-Thu off")
    ]


def test_s24ww_gantry_diff_says_it():
    old, new = _plan(), _plan(WINTER)
    writer = DiffWriter(old, new, marks=C_MARKS)
    lines = [writer.line(c) for c in diff_plans(old, new, held=Held(calendars=True))]
    assert lines == [
        "changed  calendar 1 'Standard': Work week none -> "
        "'Winter hours 2026-11-01 to 2027-02-28: Mon-Fri 08:00-15:00, Sat off'"
    ]
