"""Sorting by MS Project's Earned Value fields (BCWS, BCWP, ACWP, SV, CV, CPI, SPI, EAC, VAC,
SV%, CV%, TCPI, BAC, Physical % Complete): View > Sort's fields and ``gantry schedule
--sort``, each task's figure as its sheet column reads it, measured where the columns
measure (the status date, else the project's Current Date, else now), a blank figure last.

Plan: Build (uid 1, Bob at 300/h: 12,000) after Design (uid 2, Ana at 100/h: 4,000), both
5 days from Mon 1 Mar 2027, baselined. At Wednesday of the first week only Design has
planned value (BCWS descending: Design, Build); at Friday of the second both are planned
in full (Build, Design); before the project nothing is (ties: the plan's order, Build first).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value_table import EarnedValueFigures
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, TaskSort, parse_sort, sorted_tasks
from app.domain.task import Task
from app.store.document import write_plan
from tests.cli.test_cli import gantry

MON = datetime(2027, 3, 1, 8, 0)
WED = datetime(2027, 3, 3, 17, 0)
FRI2 = datetime(2027, 3, 12, 17, 0)
BEFORE = datetime(2027, 2, 1, 8, 0)
DAY = 480


def _plan(status: datetime | None = None, current: datetime | None = None) -> Plan:
    project = Project(name="Shop", start=MON, status_date=status, current_date=current)
    plan = Plan(project=project)
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Design", duration_minutes=5 * DAY))
    plan.add_link(Link(2, 1))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=300.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 5 * DAY))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 0, MON))
    plan.update_task(replace(plan.task(2), percent_complete=60.0, actual_start=MON))
    return plan


def _names(plan: Plan, text: str, now: datetime | None = BEFORE) -> list[str]:
    return [
        t.name for t in sorted_tasks(plan, schedule(plan), TaskSort(parse_sort(text)), None, now)
    ]


def test_s26ev_sort_by_bcws_measures_where_the_columns_do():
    assert _names(_plan(status=WED), "bcws:desc") == ["Design", "Build"]
    assert _names(_plan(status=FRI2), "bcws:desc") == ["Build", "Design"]
    # no status date: the Current Date (MS Project's and the sheet's), not the caller's now
    assert _names(_plan(current=WED), "bcws:desc", now=FRI2) == ["Design", "Build"]
    # neither: the caller's now, as the sheet's columns measure at
    assert _names(_plan(), "bcws:desc", now=WED) == ["Design", "Build"]
    assert _names(_plan(), "planned-value:desc", now=BEFORE) == ["Build", "Design"]  # all 0


def test_s26ev_every_earned_value_field_sorts_as_its_column_reads():
    plan = _plan(status=WED)
    found = schedule(plan)
    figures = EarnedValueFigures(plan, found, compute_costs(plan, found), WED)
    for key in ("bcws", "bcwp", "acwp", "sv", "cv", "cpi", "spi", "eac", "vac", "bac", "tcpi"):
        values = {t.uid: figures.value(key, t.uid) for t in plan.tasks}
        for descending in (False, True):
            text = key + (":desc" if descending else "")
            got = [t.uid for t in sorted_tasks(plan, found, TaskSort(parse_sort(text)))]
            shown = [values[u] for u in got if values[u] is not None]
            assert shown == sorted(shown, reverse=descending), text
            blanks = [u for u in got if values[u] is None]
            assert got[len(got) - len(blanks) :] == blanks, text  # blank: last either way


def test_s26ev_blank_ratios_and_percent_fields_sort_last():
    plan = _plan(status=WED)
    # Build has no planned value at Wednesday: no SPI nor SV%; Design's is 1.0 and 0 %
    assert _names(plan, "spi") == ["Design", "Build"]
    assert _names(plan, "spi:desc") == ["Design", "Build"]
    assert _names(plan, "sv%:desc") == ["Design", "Build"]
    assert _names(plan, "cv-percent") == ["Design", "Build"]
    plan.update_task(replace(plan.task(1), physical_percent_complete=30.0))
    assert _names(plan, "physical % complete:desc") == ["Build", "Design"]


def test_s26ev_sort_fields_have_ms_projects_titles():
    assert SortField.from_name("BCWP").title == "BCWP"
    assert SortField.from_name("earned-value") is SortField.BCWP
    assert SortField.from_name("SV%").title == "SV%"
    assert SortField.from_name("cv_percent").title == "CV%"
    assert SortField.from_name("Physical % Complete") is SortField.PHYSICAL_PERCENT_COMPLETE
    assert {SortField.TCPI.title, SortField.VAC.title, SortField.EAC.title} == {
        "TCPI",
        "VAC",
        "EAC",
    }


def test_s26ev_schedule_sort_by_earned_value_shows_the_column(tmp_path):
    path = tmp_path / "shop.gantry"
    write_plan(_plan(current=WED), path)
    done = gantry("schedule", path, "--sort", "bcws:desc")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[-1] == "BCWS"
    rows = [line.split()[1] for line in lines[1:3]]
    assert rows == ["Design", "Build"]  # at the Current Date, as the sheet's column
    assert "2,400.00" in lines[1]
    bad = gantry("schedule", path, "--sort", "bcwx")
    assert bad.returncode == 2  # bad usage, as every unknown sort key
    assert "unknown sort key 'bcwx'" in bad.stderr
    assert "bcws" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("key", ["cpi:desc", "tcpi", "vac", "eac:desc", "sv", "cv"])
def test_s26ev_schedule_json_sorted_by_earned_value(tmp_path, key):
    path = tmp_path / "shop.gantry"
    write_plan(_plan(status=WED), path)
    done = gantry("schedule", path, "--json", "--sort", key)
    assert done.returncode == 0, done.stderr
    listed = [t["name"] for t in json.loads(done.stdout)["tasks"]]
    assert listed == _names(_plan(status=WED), key)  # the window's order
