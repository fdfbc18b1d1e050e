"""GanttProject import against real .gan files (../shared/data/gan) and broken ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.errors import FileFormatError
from app.domain.link import LinkType
from app.domain.scheduler import schedule
from app.domain.worktime import WorkTime
from app.io.gan import read_gan
from app.store.document import read_plan, write_plan

# file -> (tasks, links, milestones, summaries, resources, allocations, calendar exceptions)
EXPECTED = {
    "blyoa-task-crossing-recurring-holiday.gan": (1, 0, 0, 0, 0, 0, 1),
    "blyoa-task-in-baseline-crossing-one-off-holiday.gan": (1, 0, 0, 0, 0, 0, 1),
    "blyoa-task-with-coordinator-assignee.gan": (1, 0, 0, 0, 2, 2, 1),
    "blyoa-task-with-dependencies.gan": (5, 4, 0, 0, 0, 0, 1),
    "ganttproject-HouseBuildingSample.gan": (20, 17, 4, 4, 7, 30, 1),
    "openharvest-GanttChart.gan": (30, 20, 1, 10, 4, 0, 34),
}


@pytest.fixture(scope="module")
def gan_dir(shared_data):
    return shared_data / "gan"


def test_every_shared_file_is_covered(gan_dir):
    assert sorted(p.name for p in gan_dir.glob("*.gan")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts(gan_dir, name):
    plan = read_gan(gan_dir / name)
    tasks, links, milestones, summaries, resources, allocations, exceptions = EXPECTED[name]
    assert len(plan.tasks) == tasks
    assert len(plan.links) == links
    assert sum(t.milestone for t in plan.tasks) == milestones
    assert sum(plan.is_summary(t.uid) for t in plan.tasks) == summaries
    assert len(plan.resources) == resources
    assert len(plan.assignments) == allocations
    assert len(plan.calendar().exceptions) == exceptions


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_schedule_reproduces_the_stored_start_dates(gan_dir, name):
    """Each file is consistent: our CPM pass puts every task where GanttProject drew it."""
    plan = read_gan(gan_dir / name)
    result = schedule(plan)
    worktime = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    for task in plan.tasks:
        stored = task.start
        # A milestone right after a Friday finish sits at Friday 17:00 for us and on
        # Monday for GanttProject: the same moment of working time.
        ours = worktime.next_working(result[task.uid].start)
        assert ours == stored, f"{task.name}: {ours} != {stored}"


def test_nesting_is_the_outline(gan_dir):
    plan = read_gan(gan_dir / "ganttproject-HouseBuildingSample.gan")
    first = plan.tasks[0]
    assert first.name == "Architectural design"
    assert [t.name for t in plan.children(first.uid)] == [
        "Create draft of architecture",
        "Prepare construction documents",
        "Agreement on architectural plan",
    ]
    assert plan.task(10).percent_complete == 100  # id 9
    assert plan.task(11).duration_minutes == 15 * 480  # id 10, 15 working days


def test_dependency_types_and_lead(gan_dir):
    plan = read_gan(gan_dir / "blyoa-task-with-dependencies.gan")
    by_pair = {(lk.predecessor - 1, lk.successor - 1): lk for lk in plan.links}
    assert by_pair[(0, 1)].type is LinkType.SS
    assert by_pair[(1, 2)].type is LinkType.FS
    assert by_pair[(2, 3)].type is LinkType.FF
    assert by_pair[(2, 3)].lag_minutes == -480
    assert by_pair[(3, 4)].type is LinkType.SF


def test_recurring_holiday_pushes_the_finish(gan_dir):
    plan = read_gan(gan_dir / "blyoa-task-crossing-recurring-holiday.gan")
    exc = plan.calendar().exceptions[0]
    assert exc.recurrence is not None
    assert (exc.recurrence.month, exc.recurrence.day_of_month) == (1, 3)
    times = schedule(plan)[plan.tasks[0].uid]
    assert times.start == datetime(2024, 1, 2, 8, 0)
    assert times.finish == datetime(2024, 1, 4, 17, 0)  # 2 days, Jan 3 off


def test_baseline_crossing_a_one_off_holiday(gan_dir):
    plan = read_gan(gan_dir / "blyoa-task-in-baseline-crossing-one-off-holiday.gan")
    entry = plan.baselines[0].entries[0]
    assert entry.task_uid == plan.tasks[0].uid
    assert entry.start == datetime(2024, 1, 2, 8, 0)
    assert entry.finish == datetime(2024, 1, 4, 17, 0)
    assert entry.duration_minutes == 960


def test_people_roles_and_allocations(gan_dir):
    plan = read_gan(gan_dir / "blyoa-task-with-coordinator-assignee.gan")
    assert [(r.name, r.role) for r in plan.resources] == [
        ("John Doe", "Project manager"),
        ("Jane Doe", ""),
    ]
    assert sorted(a.units for a in plan.assignments) == [0.5, 0.5]
    house = read_gan(gan_dir / "ganttproject-HouseBuildingSample.gan")
    roles = {r.name: r.role for r in house.resources}
    assert roles["John Silver"] == "Foreman"
    assert roles["Jack House"] == "Project manager"
    silver = next(r for r in house.resources if r.name == "John Silver")
    assert silver.standard_rate == pytest.approx(100 / 8)  # per day in the file
    jack = next(r for r in house.resources if r.name == "Jack House")
    assert jack.calendar_uid is not None
    assert house.calendar(jack.calendar_uid).exceptions[0].start.isoformat() == "2009-02-02"


def test_gan_plan_survives_the_store(tmp_path, gan_dir):
    plan = read_gan(gan_dir / "openharvest-GanttChart.gan")
    assert not plan.project.currency_stated  # GanttProject names no currency
    write_plan(plan, tmp_path / "o.gantry")
    # a .gantry file always names its plan's currency: stated once stored
    plan.set_project(replace(plan.project, currency_stated=True))
    assert read_plan(tmp_path / "o.gantry") == plan


def test_broken_xml_names_the_place(tmp_path):
    bad = tmp_path / "bad.gan"
    bad.write_text('<project name="x"><tasks><task id="0"></tasks></project>')
    with pytest.raises(FileFormatError, match=r"bad\.gan is not valid XML \(line 1, column \d+\)"):
        read_gan(bad)


def test_wrong_root_element(tmp_path):
    bad = tmp_path / "other.gan"
    bad.write_text("<Project/>")
    with pytest.raises(FileFormatError, match="root element is <Project>"):
        read_gan(bad)


def test_bad_attribute_names_the_element(tmp_path):
    bad = tmp_path / "bad.gan"
    bad.write_text(
        '<project name="x"><tasks>'
        '<task id="0" name="a" start="2024-01-02" duration="1"/>'
        '<task id="1" name="b" start="soon" duration="1"/>'
        "</tasks></project>"
    )
    with pytest.raises(FileFormatError, match=r'<task id="1"> has start="soon", not a date'):
        read_gan(bad)


def test_dangling_dependency_names_the_element(tmp_path):
    bad = tmp_path / "bad.gan"
    bad.write_text(
        '<project name="x"><tasks>'
        '<task id="0" name="a" start="2024-01-02" duration="1"><depend id="7" type="2"/></task>'
        "</tasks></project>"
    )
    with pytest.raises(FileFormatError, match=r'<depend id="7"> points at a task'):
        read_gan(bad)


def test_entity_expansion_is_refused(tmp_path):
    bomb = tmp_path / "bomb.gan"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><project name="&a;"/>')
    with pytest.raises(FileFormatError, match="refused for safety"):
        read_gan(bomb)


def test_manual_cost_is_a_fixed_cost(tmp_path):
    path = tmp_path / "cost.gan"
    path.write_text(
        '<project name="x"><tasks>'
        '<task id="0" name="a" start="2024-01-02" duration="1" cost-manual-value="250.5"'
        ' cost-calculated="false"/>'
        '<task id="1" name="b" start="2024-01-02" duration="1" cost-manual-value="99"'
        ' cost-calculated="true"/>'
        "</tasks></project>"
    )
    plan = read_gan(path)
    assert [t.fixed_cost for t in plan.tasks] == [250.5, 0.0]
