"""``gantry diff`` follow-ups: pauses in the plan's unit, days off told, .gan compared fairly."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from app import formats
from app.assets import resource_path
from app.cli import main
from app.cli.diff_text import held_between
from app.cli.parser import build_parser
from app.domain.calendar import CalendarException
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.splits import Split
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)
DAY = 480


def _split_plan(after: int, gap: int) -> Plan:
    plan = Plan(project=Project(name="Slab", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=40 * DAY, splits=(Split(after, gap),)))
    return plan


def test_pauses_print_in_the_plans_duration_unit_not_minutes(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(_split_plan(15792, 1488), old)
    formats.write_plan(_split_plan(15792, 2 * DAY), new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    # s27dx: the project's dates lead the text, then the change, then the finish it moved
    line = capsys.readouterr().out.splitlines()[1]
    assert line == "changed  ID 1 'Pour': Splits 'after 32.9d, 3.1d off' -> 'after 32.9d, 2d off'"


def test_days_off_are_compared_between_plans_and_our_workbooks(tmp_path):
    assert held_between(tmp_path / "a.gantry", tmp_path / "b.xlsx").calendars
    assert held_between(tmp_path / "a.gantry", tmp_path / "b.gantry").calendars
    # an .xml's holidays are exceptions: compared day by day (s25c2, diff_calendars.py)
    assert held_between(tmp_path / "a.gantry", tmp_path / "b.xml").calendars
    assert not held_between(tmp_path / "a.gantry", tmp_path / "b.gan").calendars
    assert not held_between(tmp_path / "a.gantry", tmp_path / "b.csv").calendars


def test_a_holiday_added_between_monday_and_friday_is_told(tmp_path, capsys):
    monday = Plan(project=Project(name="Slab", start=MON))
    monday.append_task(Task(1, "Pour", duration_minutes=10 * DAY))
    old, new = tmp_path / "monday.gantry", tmp_path / "friday.gantry"
    formats.write_plan(monday, old)
    friday = formats.read_plan(old)
    cal = friday.calendar()
    holiday = CalendarException("Good Friday", date(2026, 4, 3), date(2026, 4, 3))
    friday.calendars[cal.uid] = replace(cal, exceptions=(*cal.exceptions, holiday))
    formats.write_plan(friday, new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["entity"], c["field"], c["new"]) for c in changes] == [
        ("calendar", "days_off", "Good Friday 2026-04-03")
    ]


def test_the_demo_against_its_own_gan_lists_no_change_but_the_lost_budget(tmp_path, capsys):
    demo = resource_path("demo", "crm-rollout.gantry")
    gan = tmp_path / "demo.gan"
    assert main(["convert", str(demo), str(gan)]) == 0
    capsys.readouterr()
    assert main(["diff", str(demo), str(gan)]) == 0
    # s29d3: a .gan keeps a baseline's days, not its cost: the budget (BAC) goes, and the
    # figures line says so though no change is listed
    assert capsys.readouterr().out.strip() == (
        "figures: Cost 207,210.00 as before; Work 2106h as before; "
        "BAC 207,210.00 -> 0.00 (-207,210.00); EAC 207,210.00 as before"
    )


def test_a_gan_still_tells_what_it_holds(tmp_path, capsys):
    demo = resource_path("demo", "crm-rollout.gantry")
    gan = tmp_path / "demo.gan"
    plan = formats.read_plan(demo)
    first = next(t for t in plan.tasks if not plan.is_summary(t.uid) and not t.milestone)
    plan.update_task(replace(first, name="Renamed", duration_minutes=first.duration_minutes + DAY))
    formats.write_plan(plan, gan)
    capsys.readouterr()
    assert main(["diff", str(demo), str(gan), "--json"]) == 0
    fields = {c["field"] for c in json.loads(capsys.readouterr().out)["changes"]}
    assert fields == {"name", "duration_minutes"}


def test_convert_help_lists_gan_among_the_formats_written():
    convert = build_parser()._subparsers._group_actions[0].choices["convert"]
    text = " ".join(convert.format_help().split())
    written, _, read_only = text.partition("reads also")
    assert ".gan" in written.split("(")[-1]
    assert ".gan" not in read_only.split(")")[0]
