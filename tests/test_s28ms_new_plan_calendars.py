"""A new plan had only the Standard calendar; MS Project's blank project also has the base
calendars 24 Hours and Night Shift, so a PM can give a task a calendar without building one
in Change Working Time first. File > New (and the blank plan the window starts with) now
have all three; a plan read from a file keeps the calendars the file has. They round-trip
through .gantry, MS Project XML and the client workbook, and a task on 24 Hours is
scheduled around the clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.domain.base_calendars import new_plan_calendars
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.store.document import GantryFile
from app.store.document import read_plan as read_gantry
from app.ui.app import Session
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

MON = datetime(2027, 1, 4, 8, 0)
DAY = 480
H = 60


def _weeks(plan: Plan) -> dict[str, tuple[object, ...]]:
    return {c.name: c.week for c in plan.calendars.values()}


@pytest.fixture
def session(qtbot):
    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


def test_s28ms_file_new_has_ms_projects_three_base_calendars(session, tmp_path, monkeypatch, qtbot):
    old = tmp_path / "old.gantry"
    GantryFile.create(old, Plan(project=Project(name="Old", start=MON))).close()
    window = session.open_path(old)
    qtbot.addWidget(window)
    assert [c.name for c in window.document.plan.calendars.values()] == ["Standard"]
    target = tmp_path / "fresh.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["new_plan"].trigger()
    fresh = session.windows[1]
    qtbot.addWidget(fresh)
    plan = fresh.document.plan
    assert sorted(c.name for c in plan.calendars.values()) == [
        "24 Hours",
        "Night Shift",
        "Standard",
    ]
    assert plan.project.calendar_uid == 1  # the project stays on Standard
    weeks = _weeks(plan)
    assert weeks["24 Hours"] == (((0, 24 * H),),) * 7
    late, early = (23 * H, 24 * H), ((0, 3 * H), (4 * H, 8 * H))
    assert weeks["Night Shift"] == ((late,), *((*early, late),) * 4, early, ())


def _plan() -> Plan:
    plan = Plan(project=Project(name="DC", start=MON), calendars=new_plan_calendars())
    plan.append_task(Task(1, "Burn-in", 1, duration_minutes=3 * DAY, calendar_uid=2))
    plan.append_task(Task(2, "Night cabling", 1, duration_minutes=DAY, calendar_uid=3))
    plan.append_task(Task(3, "Office work", 1, duration_minutes=DAY))
    return plan


def test_s28ms_a_task_on_24_hours_is_scheduled_around_the_clock() -> None:
    times = schedule(_plan())
    # 3 days of 8 hours: 24 hours straight, Monday 08:00 to Tuesday 08:00
    assert (times[1].start, times[1].finish) == (MON, datetime(2027, 1, 5, 8, 0))
    # the night shift starts Monday 23:00; 8 hours with the 03:00 hour off end at 08:00
    assert (times[2].start, times[2].finish) == (
        datetime(2027, 1, 4, 23, 0),
        datetime(2027, 1, 5, 8, 0),
    )
    assert times[3].finish == datetime(2027, 1, 4, 17, 0)


@pytest.mark.parametrize("suffix", [".gantry", ".xml", ".xlsx"])
def test_s28ms_the_calendars_round_trip(tmp_path: Path, suffix: str) -> None:
    plan = _plan()
    path = tmp_path / f"dc{suffix}"
    if suffix == ".gantry":
        GantryFile.create(path, plan).close()
        back = read_gantry(path)
    else:
        write_plan(plan, path)
        back = read_plan(path)
    assert _weeks(back) == _weeks(plan)
    named = {t.name: back.calendars[t.calendar_uid].name for t in back.tasks if t.calendar_uid}
    assert named == {"Burn-in": "24 Hours", "Night cabling": "Night Shift"}
    assert schedule(back)[1].finish == datetime(2027, 1, 5, 8, 0)
    assert back.project.calendar_uid == 1
