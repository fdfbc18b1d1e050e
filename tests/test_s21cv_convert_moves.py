"""``gantry convert`` to .csv or .gan says which tasks' dates move, by how much, or that
none does: the written file is read back with Gantry's own reader and both plans are
scheduled as ``gantry diff`` schedules them.

Found: the note said dates "may move" whenever the plan used something the format loses
(a holiday, a person's calendar), even when nothing moved; and a user could not tell
which tasks to check in GanttProject or the client's spreadsheet.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.calendar import Calendar, CalendarException
from app.domain.dates_not_kept import MOVES_NAMED, dates_not_kept
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

MON = datetime(2027, 1, 4, 8, 0)  # a Monday
DAY = 480


def _quiet(_line: str) -> None:
    pass


def _plan() -> Plan:
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    return plan


def _with_holiday(plan: Plan, day: date) -> Plan:
    cal = plan.calendar()
    plan.put_calendar(replace(cal, exceptions=(CalendarException("Holiday", day, day),)))
    return plan


def _note(plan: Plan, ext: str, tmp_path: Path) -> str:
    out = tmp_path / f"site{ext}"
    formats.write_plan(plan, out)
    lines = [line for line in formats.not_kept(plan, ext, out) if "read back" in line]
    assert len(lines) <= 1, lines  # said once
    return lines[0] if lines else ""


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_s21cv_nothing_moves_says_so(tmp_path: Path, ext: str):
    """A holiday after the plan's finish: .csv loses it, and no date moves (a .gan keeps
    days off, so it says nothing at all)."""
    plan = _with_holiday(_plan(), date(2027, 3, 1))
    note = _note(plan, ext, tmp_path)
    if ext == ".gan":
        assert note == ""
    else:
        assert note == (
            ".csv does not keep the project calendar (days off: 1 exception): "
            "read back, no task moves"
        )
        assert "may move" not in note


def test_s21cv_moved_tasks_named_with_how_much(tmp_path: Path):
    """A holiday on Tuesday: Pour ends Wednesday in the plan, Tuesday read back from a CSV
    (which has no calendar): a working day earlier. Cure keeps its Thursday (the CSV's
    Start column holds it)."""
    plan = _with_holiday(_plan(), date(2027, 1, 5))
    assert _note(plan, ".csv", tmp_path) == (
        ".csv does not keep the project calendar (days off: 1 exception): read back, "
        "1 task moves: 'Pour' finishes 1d earlier"
    )


def test_s21cv_person_calendar_moves_named_in_gan(tmp_path: Path):
    """Ana works mornings only: her 2d task runs Monday to Thursday noon; GanttProject keeps
    no working hours, so read back it ends on Tuesday evening, 1.5 working days sooner,
    and its successor with it."""
    plan = _plan()
    half = (((480, 720),),) * 5 + ((), ())
    plan.put_calendar(Calendar(2, "Mornings", base_uid=None, week=half))
    plan.add_resource(Resource(1, "Ana", calendar_uid=2))
    plan.add_assignment(Assignment(1, 1, 1))
    note = _note(plan, ".gan", tmp_path)
    assert note.startswith(".gan does not keep the working week or working days of 1 person")
    assert note.endswith(
        ": read back, 2 tasks move: 'Pour' finishes 1.5d earlier, 'Cure' finishes 1.5d earlier"
    )


def test_s21cv_many_moves_name_the_first_then_count(tmp_path: Path):
    """Twenty linked 1d tasks of a person working mornings only, each ending at noon of its
    second day: read back from a .gan (no working hours), each ends the evening before, 4
    working hours sooner; the first three named, the rest counted."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.put_calendar(Calendar(2, "Mornings", base_uid=None, week=(((480, 720),),) * 5 + ((), ())))
    plan.add_resource(Resource(1, "Ana", calendar_uid=2))
    for uid in range(1, 21):
        plan.append_task(Task(uid, f"Step {uid}", duration_minutes=DAY))
        plan.add_assignment(Assignment(uid, 1, 1))
        if uid > 1:
            plan.add_link(Link(uid - 1, uid))
    note = _note(plan, ".gan", tmp_path)
    named = ", ".join(f"'Step {uid}' finishes 4h earlier" for uid in range(1, 1 + MOVES_NAMED))
    assert note.endswith(f"read back, 20 tasks move: {named} and {20 - MOVES_NAMED} more")


def test_s21cv_moves_without_a_lost_calendar_are_said_too(tmp_path: Path):
    """Half-day tasks in a .gan (whole days only, its own note says why): the moves are
    named in the read-back line, as gantry diff would list them."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Mix", duration_minutes=DAY // 2))
    plan.append_task(Task(2, "Pour", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    assert _note(plan, ".gan", tmp_path) == (
        ".gan read back: 2 tasks move: 'Mix' finishes 4h later, 'Pour' finishes 4h later"
    )


def test_s21cv_without_the_file_it_can_only_say_may_move():
    """The window's Save a Copy As and Export do not read the file back (yet): the line
    still says what is lost and that dates may move."""
    plan = _with_holiday(_plan(), date(2027, 1, 5))
    assert dates_not_kept(plan, ".csv").endswith("tasks' dates may move")


def test_s21cv_convert_says_which_tasks_move(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    plan = _with_holiday(_plan(), date(2027, 1, 5))
    src = tmp_path / "site.gantry"
    formats.write_plan(plan, src)
    assert main(["convert", str(src), str(tmp_path / "site.csv")]) == 0
    err = capsys.readouterr().err
    assert "read back, 1 task moves: 'Pour' finishes 1d earlier" in err
    assert err.count("read back") == 1


def test_s21cv_shared_gan_to_csv_loses_a_holiday_that_moves_nothing(
    shared_data: Path, tmp_path: Path
):
    """GanttProject's house sample has a day off no task runs over: its CSV moves nothing,
    and the note now says so instead of 'may move'."""
    plan = formats.read_plan(
        shared_data / "gan" / "ganttproject-HouseBuildingSample.gan", note=_quiet
    )
    note = _note(plan, ".csv", tmp_path)
    assert note.startswith(".csv does not keep the project calendar (days off: 1 exception)")
    assert note.endswith("read back, no task moves")
