"""Hours typed day by day on a split task (task s31ad): the task finishes where its person's
last work lies, as the Usage view lays it, whether the day typed falls in the split's gap or
after it (a day after the gap stretched the task over a continuous span: 24h left at 5h a
day, Mon 18 15:24 instead of Thu 14); a day typed in the gap fills it there, as in MS
Project, and the work left moved later stays out of the gap."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.assignment_work import apply_edit
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.typed_actuals import actual_typing_edit
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.formats import read_plan, write_plan
from tests.test_s22us_usage_peak import details_of, top_row

H = 60
MON = date(2027, 1, 4)


def split_interviews() -> Plan:
    """Interviews, Maria's 40h over 5 days split after 2: Mon 4, Tue 5, a gap Wed 6 to
    Fri 8, then Mon 11 to Wed 13; Report (2d) after it."""
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8, 0)))
    split = (Split(2 * 480, 3 * 480),)
    plan.append_task(Task(1, "Interviews", duration_minutes=5 * 480, splits=split))
    plan.append_task(Task(2, "Report", duration_minutes=2 * 480))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Maria"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    return plan


def _type(plan: Plan, day: date, minutes: float) -> None:
    apply_edit(plan, actual_typing_edit(plan, schedule(plan), 1, day, day, minutes))


def _type_undo(plan: Plan, day: date, minutes: float):
    return apply_edit(plan, actual_typing_edit(plan, schedule(plan), 1, day, day, minutes))


def _maria_by_day(plan: Plan, detail: Detail) -> dict[date, float]:
    tree, details, _ = details_of(plan, Scale.DAYS, by_task=False)
    values = details.values(top_row(tree, "Maria"), detail)
    return {d: float(v) / H for d, v in zip(details.periods.starts, values, strict=True) if v}


def test_s31ad_a_day_after_the_gap_ends_the_task_with_marias_work():
    plan = split_interviews()
    assert schedule(plan)[1].finish == datetime(2027, 1, 13, 17, 0)
    _type(plan, MON, 8 * H)
    _type(plan, date(2027, 1, 11), 8 * H)  # Tuesday not done: her 24h left Tue 12 to Thu 14
    work = _maria_by_day(plan, Detail.WORK)
    assert work == {
        date(2027, 1, 4): 8,
        date(2027, 1, 11): 8,
        date(2027, 1, 12): 8,
        date(2027, 1, 13): 8,
        date(2027, 1, 14): 8,
    }
    result = schedule(plan)
    assert result[1].finish == datetime(2027, 1, 14, 17, 0)  # not Mon 18 15:24
    assert result[2].start == datetime(2027, 1, 15, 8, 0)
    assert plan.task(1).duration_minutes == 6 * 480  # the gap is no duration


def test_s31ad_a_day_typed_in_the_gap_fills_it_there():
    plan = split_interviews()
    _type(plan, MON, 8 * H)
    undo = _type_undo(plan, date(2027, 1, 6), 8 * H)  # Wednesday, in the gap: she worked
    assert _maria_by_day(plan, Detail.ACTUAL_WORK) == {date(2027, 1, 4): 8, date(2027, 1, 6): 8}
    # the gap keeps Thursday and Friday; the work left stays Mon 11 to Wed 13
    assert plan.task(1).splits == (Split(3 * 480, 2 * 480),)
    work = _maria_by_day(plan, Detail.WORK)
    assert sum(work.values()) == 40
    assert max(work) == date(2027, 1, 13)
    assert schedule(plan)[1].finish == datetime(2027, 1, 13, 17, 0)
    assert plan.task(1).duration_minutes == 6 * 480  # Wednesday worked is duration
    apply_edit(plan, undo)
    assert plan.task(1).splits == (Split(2 * 480, 3 * 480),)
    _type(plan, date(2027, 1, 5), 8 * H)
    _type(plan, date(2027, 1, 6), 8 * H)  # Mon to Wed done: her 16h left end Tue 12
    assert schedule(plan)[1].finish == datetime(2027, 1, 12, 17, 0)
    assert max(_maria_by_day(plan, Detail.WORK)) == date(2027, 1, 12)
    _type(plan, date(2027, 1, 6), 0)  # cleared: the gap stays filled, the span kept
    assert plan.task(1).splits == (Split(3 * 480, 2 * 480),)
    assert schedule(plan)[1].finish == datetime(2027, 1, 12, 17, 0)


def test_s31ad_work_left_pushed_later_stays_out_of_the_gap():
    plan = split_interviews()
    _type(plan, MON, 4 * H)  # half of Monday: her 36h left follow, around the pause
    work = _maria_by_day(plan, Detail.WORK)
    assert work == {
        date(2027, 1, 4): 4,
        date(2027, 1, 5): 8,
        date(2027, 1, 11): 8,  # nothing Wed 6 to Fri 8: the split's gap
        date(2027, 1, 12): 8,
        date(2027, 1, 13): 8,
        date(2027, 1, 14): 4,
    }
    assert schedule(plan)[1].finish == datetime(2027, 1, 14, 12, 0)


@pytest.mark.parametrize("ext", [".gantry", ".xml", ".xlsx"])
def test_s31ad_a_filled_gap_reads_back_the_same(tmp_path, ext):
    plan = split_interviews()
    _type(plan, MON, 8 * H)
    _type(plan, date(2027, 1, 6), 8 * H)
    path = tmp_path / f"split{ext}"
    write_plan(plan, path)
    back = read_plan(path)
    assert back.task(1).splits == (Split(3 * 480, 2 * 480),)
    assert schedule(back)[1].finish == datetime(2027, 1, 13, 17, 0)
    assert _maria_by_day(back, Detail.WORK) == _maria_by_day(plan, Detail.WORK)
