"""People travel between plans (s26xa findings 3, 4, 10, 11): a snapshot of people taken
from one plan is added to another with their rates, rate tables and calendars (their days
off included, the base calendar matched by name), people already there updated only when
asked, in one undo step; tasks pasted into another plan bring the people they need when
asked; ``gantry team import`` does the same from the command line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app import formats
from app.cli import main
from app.domain.calendar import Calendar, CalendarException
from app.domain.people_transfer import (
    apply_merge,
    merge_people,
    pick_people,
    snapshot_people,
    undo_merge,
)
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.task_clipboard import PasteTasksCommand, copy_tasks


def _source() -> Plan:
    """Client A: Priya works on the 'Night shift' calendar with a day off of her own."""
    plan = Plan(project=Project(name="Client A", start=datetime(2027, 3, 1, 8, 0)))
    plan.put_calendar(Calendar(2, "Night shift", base_uid=None))
    plan.put_calendar(
        Calendar(
            3,
            "Priya Nair",
            base_uid=2,
            exceptions=(CalendarException("Dentist", date(2027, 3, 5), date(2027, 3, 5)),),
        )
    )
    plan.add_resource(
        Resource(
            1,
            "Priya Nair",
            email="priya@agency.example",
            role="Developer",
            max_units=0.8,
            standard_rate=95.0,
            rate_tables=((RateEntry(None, 95.0, 140.0),), (RateEntry(None, 120.0, 150.0),)),
            calendar_uid=3,
        )
    )
    plan.add_resource(Resource(2, "Jonas Weber", standard_rate=80.0))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    plan.append_task(Task(2, "Test", 1, duration_minutes=480))
    plan.add_assignment(Assignment(1, 1, 1, work_minutes=480))
    plan.add_assignment(Assignment(2, 2, 2, work_minutes=480))
    return plan


def _target() -> Plan:
    plan = Plan(project=Project(name="Client B", start=datetime(2027, 3, 1, 8, 0)))
    plan.put_calendar(Calendar(7, "NIGHT SHIFT"))  # matched by name, any case
    plan.add_resource(Resource(1, "jonas weber", standard_rate=70.0))
    return plan


def test_s26tp_people_come_with_rates_and_calendars_and_one_undo_takes_them_back():
    source, target = _source(), _target()
    before = (list(target.resources), dict(target.calendars))
    merge = merge_people(target, snapshot_people(source), update=False)
    undo = apply_merge(target, merge)
    priya = next(r for r in target.resources if r.name == "Priya Nair")
    assert (priya.email, priya.max_units, priya.standard_rate) == (
        "priya@agency.example",
        0.8,
        95.0,
    )
    assert priya.rate_tables == source.resource(1).rate_tables
    own = target.calendars[priya.calendar_uid]
    assert own.name == "Priya Nair"
    assert [e.start for e in own.exceptions] == [date(2027, 3, 5)]
    assert own.base_uid == 7  # 'Night shift' is the target's own, not a copy
    jonas = next(r for r in target.resources if r.name.casefold() == "jonas weber")
    assert jonas.standard_rate == 70.0  # already there: kept as it was unless asked
    assert len(target.resources) == 2
    undo_merge(target, undo)
    assert (list(target.resources), dict(target.calendars)) == before


def test_s26tp_update_makes_people_there_as_in_the_source_keeping_their_name_and_id():
    source, target = _source(), _target()
    merge = merge_people(target, snapshot_people(source), update=True)
    assert [(r.uid, r.name, r.standard_rate) for r in merge.updated] == [(1, "jonas weber", 80.0)]
    assert [r.name for r in merge.added] == ["Priya Nair"]


def test_s26tp_a_base_calendar_the_target_lacks_is_copied_with_the_person():
    source = _source()
    target = Plan(project=Project(name="Empty"))
    apply_merge(target, merge_people(target, snapshot_people(source), update=False))
    priya = next(r for r in target.resources if r.name == "Priya Nair")
    own = target.calendars[priya.calendar_uid]
    assert target.calendars[own.base_uid].name == "Night shift"


def test_s26tp_pick_names_one_line_for_a_name_not_in_the_plan():
    snapshot = snapshot_people(_source())
    assert [p.name for p in pick_people(snapshot, ["priya nair"]).people] == ["Priya Nair"]
    with pytest.raises(Exception, match="no one called 'Bob' in 'Client A'"):
        pick_people(snapshot, ["Bob"])


def test_s26tp_copied_tasks_keep_the_people_as_they_were_when_copied():
    source, target = _source(), _target()
    copied = copy_tasks(source, [1, 2], "rows")
    source.update_resource(replace(source.resource(1), name="Priya N."))  # renamed after copy
    document = Document(target)
    command = PasteTasksCommand(document, 0, 1, copied, bring_people=True)
    execute(document, command)
    names = {r.uid: r.name for r in target.resources}
    assert sorted(names[a.resource_uid] for a in target.assignments) == [
        "Priya Nair",
        "jonas weber",
    ]
    document.undo_stack.undo()  # one step: the tasks and the people brought for them
    assert [r.name for r in target.resources] == ["jonas weber"]
    assert target.tasks == []
    assert target.assignments == []
    document.undo_stack.redo()
    assert len(target.resources) == 2
    assert len(target.assignments) == 2


def test_s26tp_tasks_pasted_without_the_people_leave_their_assignments_out():
    source, target = _source(), _target()
    copied = copy_tasks(source, [1, 2], "rows")
    assert [p.name for p in copied.missing_people(target)] == ["Priya Nair"]
    document = Document(target)
    execute(document, PasteTasksCommand(document, 0, 1, copied))
    assert len(target.resources) == 1
    assert len(target.assignments) == 1


def test_s26tp_cli_team_import(tmp_path, capsys):
    a, b = tmp_path / "a.gantry", tmp_path / "b.gantry"
    formats.write_plan(_source(), a)
    formats.write_plan(_target(), b)
    assert main(["team", "import", str(b), "--from", str(a), "--names", "Bob"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "gantry: no one called 'Bob' in 'a.gantry'"
    assert main(["team", "import", str(b), "--from", str(tmp_path / "none.gantry")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert [r.name for r in formats.read_plan(b).resources] == ["jonas weber"]  # untouched
    assert main(["team", "import", str(b), "--from", str(a), "--names", "Priya Nair"]) == 0
    assert "added Priya Nair" in capsys.readouterr().out
    plan = formats.read_plan(b)
    priya = next(r for r in plan.resources if r.name == "Priya Nair")
    assert priya.standard_rate == 95.0
    assert [e.start for e in plan.calendars[priya.calendar_uid].exceptions] == [date(2027, 3, 5)]
    assert main(["team", "import", str(b), "--from", str(a), "--update"]) == 0
    assert "updated jonas weber" in capsys.readouterr().out
    assert next(r for r in formats.read_plan(b).resources if r.uid == 1).standard_rate == 80.0
