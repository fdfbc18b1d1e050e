"""A task under way whose work left waits for its links is split there everywhere its parts
are read, as the scheduler schedules it and the Gantt draws it (TaskClocks.waiting_parts).

The demo at week 3: 'Requirements workshops' (uid 7) under way from Thu 21 Jan at 50 %,
'Requirements specification' (uid 8, its FS successor) started Fri 22 Jan at 20 %. The
specification's 1.2 days done run Fri 22 Jan 08:00 .. Mon 25 Jan 09:36 (Carla at 50 %:
4h48 of work), its work left waits for the workshops (Tue 26 Jan 17:00) and runs Wed 27 Jan
08:00 .. Tue 2 Feb 15:24 (19h12).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.contours import WorkContour
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.splits import TaskClocks
from app.domain.status_tasks import TaskStatus, expected_percent, task_status
from app.domain.workload import DayCalendar, work_fraction
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.report.indicators import Indicator, TaskIndicators
from app.store.document import read_plan

WORKSHOPS, SPEC = 7, 8
DONE = (datetime(2027, 1, 22, 8, 0), datetime(2027, 1, 25, 9, 36))
LEFT = (datetime(2027, 1, 27, 8, 0), datetime(2027, 2, 2, 15, 24))
IN_THE_PAUSE = datetime(2027, 1, 26, 17, 0)


@pytest.fixture
def week3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo with the week-3 progress typed through ``gantry progress``."""
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    for uid, start, percent in ((WORKSHOPS, "2027-01-21", 50), (SPEC, "2027-01-22", 20)):
        args = ["progress", path, "--task", uid, "--actual-start", start, "--percent", percent]
        assert main([str(a) for a in args]) == 0
    capsys.readouterr()
    return path


def _plan(path: Path) -> Plan:
    return read_plan(path)


def test_s22wt_the_week3_spec_waits_for_the_workshops(week3):
    plan = _plan(week3)
    result = schedule(plan)
    assert TaskClocks(plan).parts(plan.task(SPEC), result[SPEC]) == (DONE, LEFT)


def test_s22wt_schedule_json_lists_the_pause(week3, capsys):
    assert main(["schedule", str(week3), "--json"]) == 0
    tasks = {t["uid"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    assert tasks[SPEC]["splits"] == [{"stop": DONE[1].isoformat(), "resume": LEFT[0].isoformat()}]
    assert "splits" not in tasks[WORKSHOPS]  # under way in sequence: not split


def test_s22wt_the_split_indicator_shows_the_pause(week3):
    plan = _plan(week3)
    marks = TaskIndicators(plan, schedule(plan)).of(SPEC)
    split = [m for m in marks if m.kind is Indicator.SPLIT]
    assert [m.tip for m in split] == [
        "This task is split in 2 parts: its work left waits for its predecessors"
    ]
    workshops = TaskIndicators(plan, schedule(plan)).of(WORKSHOPS)
    assert all(m.kind is not Indicator.SPLIT for m in workshops)


def test_s22wt_nothing_started_waits_whole_and_is_not_split(week3):
    plan = _plan(week3)
    plan.update_task(replace(plan.task(SPEC), percent_complete=0.0))
    result = schedule(plan)
    assert len(TaskClocks(plan).parts(plan.task(SPEC), result[SPEC])) == 1
    marks = TaskIndicators(plan, result).of(SPEC)
    assert all(m.kind is not Indicator.SPLIT for m in marks)


def test_s22wt_work_done_by_a_date_in_the_pause_is_the_done_part(week3):
    plan = _plan(week3)
    result = schedule(plan)
    fraction = work_fraction(plan, result)
    # all of the done part and none of the pause: 1.2 of 6 days (not 4 of the 7.9 days spanned)
    assert fraction(SPEC, IN_THE_PAUSE) == pytest.approx(0.2)
    assert fraction(SPEC, DONE[1]) == pytest.approx(0.2)
    assert fraction(SPEC, LEFT[0]) == pytest.approx(0.2)


def test_s22wt_a_task_waiting_is_due_nothing_more_during_the_pause(week3):
    plan = _plan(week3)
    result = schedule(plan)
    task, times = plan.task(SPEC), result[SPEC]
    cal, clocks = DayCalendar(plan, None), TaskClocks(plan)
    assert expected_percent(times, IN_THE_PAUSE, cal, task, clocks) == pytest.approx(20.0)
    assert task_status(task, times, IN_THE_PAUSE, cal, clocks) is TaskStatus.ON_SCHEDULE
    # by the end of Thursday 28 Jan two of the 4.8 days left are due too
    thursday = datetime(2027, 1, 28, 17, 0)
    assert expected_percent(times, thursday, cal, task, clocks) == pytest.approx(
        20.0 + 80 * 2 / 4.8
    )
    assert task_status(task, times, thursday, cal, clocks) is TaskStatus.LATE


def test_s22wt_late_tasks_leave_out_a_task_waiting_in_its_pause(week3):
    plan = _plan(week3)
    result = schedule(plan)
    late = TaskFilter(FilterKind.LATE)
    assert SPEC not in matching_uids(plan, result, late, IN_THE_PAUSE)
    assert SPEC in matching_uids(plan, result, late, datetime(2027, 1, 28, 17, 0))


def test_s22wt_mspdi_carries_the_pause_and_reads_back_the_same(week3, tmp_path):
    plan = _plan(week3)
    result = schedule(plan)
    path = tmp_path / "week3.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    # the assignment's timephased rows: the done part, a zero row over the pause, the rest
    rows = text.split("<TaskUID>8</TaskUID>", 1)[1].split("</Assignment>", 1)[0]
    assert (
        "<Start>2027-01-22T08:00:00</Start><Finish>2027-01-25T09:36:00</Finish>"
        "<Unit>2</Unit><Value>PT4H48M0S</Value>"
    ) in rows
    assert (
        "<Start>2027-01-25T09:36:00</Start><Finish>2027-01-27T08:00:00</Finish>"
        "<Unit>2</Unit><Value>PT0H0M0S</Value>"
    ) in rows
    assert (
        "<Start>2027-01-27T08:00:00</Start><Finish>2027-02-02T15:24:00</Finish>"
        "<Unit>2</Unit><Value>PT19H12M0S</Value>"
    ) in rows
    back = read_mspdi(path)
    again = schedule(back)
    assert [(again[t.uid].start, again[t.uid].finish) for t in back.tasks] == [
        (result[t.uid].start, result[t.uid].finish) for t in plan.tasks
    ]
    assert TaskClocks(back).parts(back.task(SPEC), again[SPEC]) == (DONE, LEFT)


def test_s22wt_a_task_in_sequence_writes_no_timephased_rows(week3, tmp_path):
    plan = _plan(week3)
    path = tmp_path / "week3.xml"
    write_mspdi(plan, path)
    rows = path.read_text(encoding="utf-8").split("<TaskUID>7</TaskUID>", 1)[1]
    assert "<TimephasedData>" not in rows.split("</Assignment>", 1)[0]


def test_s22wt_contoured_work_done_is_laid_in_the_done_part(week3):
    """A contoured person's pieces over the parts: the done part, then the work left."""
    from app.domain.cost_pricing import RateFractions

    plan = _plan(week3)
    (a,) = plan.assignments_of_task(SPEC)
    plan.update_assignment(replace(a, contour=WorkContour.BACK_LOADED))
    result = schedule(plan)
    fractions = RateFractions(plan, result)
    # nothing is laid in the pause: the share stays put from the stop to the resume
    at_stop = fractions.of(plan.assignment(a.uid), DONE[1])
    assert fractions.of(plan.assignment(a.uid), IN_THE_PAUSE) == pytest.approx(at_stop)
    assert fractions.of(plan.assignment(a.uid), LEFT[0]) == pytest.approx(at_stop)


def test_s22wt_leveling_books_the_peak_the_pieces_book_with_work_done_kept_flat():
    """A contour applied after half the work was done shapes only the work left (the task
    grows to hold it): its pieces never book more than the person's units, nor does leveling."""
    from app.domain.assignment_work import apply_edit, contour_edit
    from app.domain.leveling_bookings import booking_of
    from app.domain.project import Project
    from app.domain.resource import Assignment, Resource
    from app.domain.task import Task
    from app.domain.workload import _resource_calendar, own_pieces

    monday = datetime(2027, 3, 1, 8, 0)
    plan = Plan(project=Project(name="Flat then bell", start=monday))
    plan.append_task(
        Task(1, "Build", 1, duration_minutes=10 * 480, percent_complete=50.0, actual_start=monday)
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * 480))
    apply_edit(plan, contour_edit(plan, 1, WorkContour.BELL))
    a, task = plan.assignment(1), plan.task(1)
    assert task.duration_minutes > 10 * 480  # 5 days done flat, the 5 days left as a bell
    cals: dict = {}
    res = plan.resource(1)
    _uid, peak, _lay = booking_of(plan, a, res, task.duration_minutes, cals)
    assert peak == pytest.approx(1.0)  # was 1.33: the whole work as a bell crowded in
    times = schedule(plan)[1]
    cal = _resource_calendar(plan, res, cals)
    pieces = own_pieces(plan, a, a.work_minutes, ((times.start, times.finish),), times, cal)
    assert max(p[3] for p in pieces) == pytest.approx(peak)


def test_s22wt_the_over_allocation_mark_leaves_out_work_in_the_pause(week3):
    """Carla, on the specification and the workshops at 50 % each, gets a half-time day on
    Tue 26 Jan, inside the specification's pause: she is over-allocated only where the demo
    has her so (24-25 Mar, 'Sales pipeline customisation' among them), not on 26 Jan."""
    from app.domain.resource import Assignment
    from app.domain.task import ConstraintType, Task

    plan = _plan(week3)
    (spec,) = plan.assignments_of_task(SPEC)
    carla = spec.resource_uid
    uid, asg = plan.next_task_uid(), max(a.uid for a in plan.assignments) + 1
    day = IN_THE_PAUSE.replace(hour=8)
    task = Task(uid, "Extra", 1, duration_minutes=480)
    plan.append_task(replace(task, constraint_type=ConstraintType.SNET, constraint_date=day))
    plan.add_assignment(Assignment(asg, uid, carla, 0.5, 240))
    result = schedule(plan)
    marks = TaskIndicators(plan, result)

    def over(task_uid: int) -> bool:
        return any(m.kind is Indicator.OVERALLOCATED for m in marks.of(task_uid))

    assert result[uid].start == day
    assert over(23)  # Sales pipeline customisation, in March
    assert not over(SPEC)
    assert not over(uid)
