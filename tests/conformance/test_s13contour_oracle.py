"""Contoured assignments against MS Project's own time-phased work (``<TimephasedData>`` Type 1).

MS Project writes each assignment's planned work as intervals of constant rate (a
day, an hour, a minute, or a stretch between two rate changes). Each interval's
value is shared over the working minutes it holds on the person's calendar and
summed per day; the Usage view's day and week cells must equal those sums.

Known, deliberate differences (checked below, not hidden):

- ``Contoured`` (code 8) is work edited by hand day by day. Gantry keeps its rows as
  saved (app/io/mspdi_edited_work.py) and lays them as MS Project does; one saved
  without rows (SplitTaskFinishDate's) is laid flat over its task, only its total
  compared. The contour code itself is kept (written back to MS Project).
- MS Project keeps seconds (the Turtle task lasts 114 h 17 min 6 s); Gantry whole
  minutes: a day may differ by under a minute, a week by under two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.contours import WorkContour
from app.domain.scheduler import schedule
from app.domain.usage import Scale, Usage, build_usage
from app.domain.workload import DayCalendar, _resource_calendar
from app.io.mspdi import read_mspdi

_Q = "{http://schemas.microsoft.com/project}"
_WORK = re.compile(r"PT(\d+)H(\d+)M([\d.]+)S")
_TOLERANCE = 1.0  # minutes per cell (MS Project's seconds)

# file -> the contoured assignments (UID -> WorkContour code) MS Project saved in it
FILES = {
    "mspdi/mspditimephasedsegments.xml": {
        20: 2,
        22: 1,
        24: 3,
        26: 4,
        28: 5,
        30: 6,
        32: 7,
        34: 8,
        36: 2,
    },
    "mspdi/mspdiresource.xml": {8: 7},
    "mpp/SplitTaskFinishDate.xml": {18: 8, 19: 8},
}


# Contoured assignments MS Project saved without their time-phased rows
_NO_ROWS = ("mpp/SplitTaskFinishDate.xml", 8)


def _minutes(value: str) -> float:
    m = _WORK.fullmatch(value)
    assert m is not None, value
    return int(m[1]) * 60 + int(m[2]) + float(m[3]) / 60


def _stored_days(elem, cal: DayCalendar) -> dict[date, float]:
    """MS Project's planned work of one assignment per day, from its Type 1 intervals."""
    days: dict[date, float] = defaultdict(float)
    for td in elem.findall(_Q + "TimephasedData"):
        value = td.findtext(_Q + "Value")
        if td.findtext(_Q + "Type") != "1" or not value:
            continue
        start = datetime.fromisoformat(td.findtext(_Q + "Start"))
        finish = datetime.fromisoformat(td.findtext(_Q + "Finish"))
        work = _minutes(value)
        held = cal.between(start, finish)
        if held <= 0:
            days[start.date()] += work
            continue
        moment = start
        while moment < finish:
            midnight = datetime.combine(moment.date() + timedelta(days=1), datetime.min.time())
            step = min(finish, midnight)
            share = cal.between(moment, step)
            if share:
                days[moment.date()] += work * share / held
            moment = step
    return dict(days)


def _read(shared_data: Path, name: str):
    path = shared_data / name
    plan = read_mspdi(path)
    usage = build_usage(plan, schedule(plan))
    root = SafeET.parse(path).getroot()
    elems = {int(e.findtext(_Q + "UID")): e for e in root.iter(_Q + "Assignment")}
    return plan, usage, elems


def _row(usage: Usage, uid: int) -> int:
    return next(j for j, a in enumerate(usage.assignments) if a.uid == uid)


def _ours(usage: Usage, j: int, scale: Scale) -> dict[date, float]:
    periods = usage.periods(scale)
    values = usage.assignment_values(j, periods)
    return {periods.starts[k]: float(v) for k, v in enumerate(values) if abs(v) > 1e-9}


@pytest.mark.parametrize("name", list(FILES))
def test_contours_are_read_as_ms_project_saved_them(shared_data, name):
    plan, _, _ = _read(shared_data, name)
    shaped = {a.uid: a.contour.value for a in plan.assignments if a.contour is not WorkContour.FLAT}
    assert shaped == FILES[name]


@pytest.mark.parametrize(
    ("name", "uid"),
    [(n, u) for n, found in FILES.items() for u, code in found.items() if (n, code) != _NO_ROWS],
)
def test_usage_days_and_weeks_equal_ms_projects_timephased_work(shared_data, name, uid):
    plan, usage, elems = _read(shared_data, name)
    j = _row(usage, uid)
    a = usage.assignments[j]
    assert a.contour.shaped
    cal = _resource_calendar(plan, plan.resource(a.resource_uid), {})
    stored = _stored_days(elems[uid], cal)
    assert stored, "MS Project saved time-phased work for this assignment"
    ours = _ours(usage, j, Scale.DAYS)
    for day in sorted(set(stored) | set(ours)):
        assert ours.get(day, 0.0) == pytest.approx(stored.get(day, 0.0), abs=_TOLERANCE), day
    weeks: dict[date, float] = defaultdict(float)
    for day, work in stored.items():
        weeks[day - timedelta(days=day.weekday())] += work
    ours_w = _ours(usage, j, Scale.WEEKS)
    for week in sorted(set(weeks) | set(ours_w)):
        # a week sums up to five days' differences of seconds
        assert ours_w.get(week, 0.0) == pytest.approx(weeks.get(week, 0.0), abs=2.0), week
    assert usage.assignment_total[j] == pytest.approx(a.work_minutes)


@pytest.mark.parametrize(
    ("name", "uid"),
    [(n, u) for n, found in FILES.items() for u, code in found.items() if (n, code) == _NO_ROWS],
)
def test_hand_contoured_work_is_laid_flat_with_its_total(shared_data, name, uid):
    plan, usage, elems = _read(shared_data, name)
    j = _row(usage, uid)
    a = usage.assignments[j]
    assert a.contour is WorkContour.CONTOURED
    assert not a.edited_work  # MS Project saved no rows for it: laid flat
    assert usage.assignment_total[j] == pytest.approx(a.work_minutes)
    days = [v for v in _ours(usage, j, Scale.DAYS).values() if v > 0]
    assert len({round(v, 6) for v in days[1:-1]}) <= 1  # the same work every whole day
    cal = _resource_calendar(plan, plan.resource(a.resource_uid), {})
    stored = _stored_days(elems[uid], cal)
    if stored:  # where MS Project saved the hand-made shape, the totals agree
        assert sum(stored.values()) == pytest.approx(a.work_minutes, abs=_TOLERANCE)
