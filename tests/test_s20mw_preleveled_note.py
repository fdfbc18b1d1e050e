"""A leveled plan that cannot be scheduled at all (a loop of links) is still written to MS
Project XML, without the dates before leveling that mark its leveled tasks: the save's notes
(formats.not_kept, as gantry convert and Save a Copy As show them) now say so, where
nothing did."""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import not_kept
from app.io.mspdi_write import write_mspdi

START = datetime(2027, 3, 1, 8, 0)


def _plan(*, loop: bool, leveled: int = 1) -> Plan:
    tasks = [Task(1, "Specs", 1), Task(2, "Review", 1)]
    tasks += [
        Task(2 + n, f"Build {n}", 1, leveling_delay_minutes=480) for n in range(1, 1 + leveled)
    ]
    links = [Link(1, 2)] + ([Link(2, 1)] if loop else [])
    return Plan(project=Project(name="P", start=START), tasks=tasks, links=links)


def test_s20mw_no_dates_before_leveling_is_said(tmp_path):
    plan = _plan(loop=True)
    path = tmp_path / "p.xml"
    write_mspdi(plan, path)
    assert "<PreLeveledStart>" not in path.read_text(encoding="utf-8")
    (line,) = [n for n in not_kept(plan, ".xml") if "before leveling" in n]
    assert line.startswith(".xml keeps no dates before leveling for 'Build 1' leveling moved")
    assert "cannot be scheduled (the links form a loop" in line
    assert "no preleveled bar for it," in line
    many = [n for n in not_kept(_plan(loop=True, leveled=3), ".xml") if "before leveling" in n]
    assert "for 3 tasks leveling moved" in many[0]
    assert "for them," in many[0]


def test_s20mw_a_plan_that_schedules_says_nothing(tmp_path):
    plan = _plan(loop=False)
    path = tmp_path / "p.xml"
    write_mspdi(plan, path)
    assert "<PreLeveledStart>" in path.read_text(encoding="utf-8")
    assert not [n for n in not_kept(plan, ".xml") if "before leveling" in n]
    assert not [n for n in not_kept(_plan(loop=True), ".gan") if "before leveling" in n]
    unleveled = _plan(loop=True, leveled=0)
    assert not [n for n in not_kept(unleveled, ".xml") if "before leveling" in n]
