"""Each scheduling issue carries its kind, set where the scheduler finds it (issue 3).

The window's Indicators column and ``gantry schedule --json`` read that kind; neither
reads the message's wording any more, so rewording a message changes no kind.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import IssueKind, ScheduleIssue
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType as C
from app.domain.task import Task
from app.formats import write_plan
from app.report.indicators import Indicator, TaskIndicators

_DAY = 480
_MON = datetime(2026, 3, 2, 8, 0)
_TUE_8, _TUE_17 = datetime(2026, 3, 3, 8, 0), datetime(2026, 3, 3, 17, 0)


def _every_issue() -> Plan:
    """Prep (5d) pushes each task past its date; a summary gets an FF link (a file's)."""
    plan = Plan(project=Project(name="Issues", start=_MON))
    plan.append_task(Task(1, "Prep", 1, duration_minutes=5 * _DAY))
    dated = [(2, C.MSO, _TUE_8), (3, C.MFO, _TUE_17), (4, C.SNLT, _TUE_8), (5, C.FNLT, _TUE_17)]
    for uid, kind, when in dated:
        plan.append_task(
            Task(
                uid, kind.name, 1, duration_minutes=_DAY, constraint_type=kind, constraint_date=when
            )
        )
    plan.append_task(Task(6, "Late", 1, duration_minutes=_DAY, deadline=_TUE_17))
    plan.append_task(Task(7, "Phase", 1, constraint_type=C.MSO, constraint_date=_TUE_8))
    plan.append_task(Task(8, "A", 2, duration_minutes=2 * _DAY))
    plan.append_task(Task(9, "Merge", 1))
    plan.append_task(Task(10, "B", 2, duration_minutes=2 * _DAY))
    for uid in (2, 3, 4, 5, 6, 7):
        plan.add_link(Link(1, uid))
    plan.links.append(Link(1, 9, LinkType.FF))  # as a file may hold it (typing refuses it)
    return plan


def test_s18i_each_issue_gets_its_kind_where_it_is_found():
    kinds = {(i.task_uid, i.kind) for i in schedule(_every_issue()).issues}
    broken = IssueKind.CONSTRAINT_BROKEN
    assert kinds == {
        (2, broken),  # must start on
        (3, broken),  # must finish on
        (4, broken),  # start no later than
        (5, broken),  # finish no later than
        (6, IssueKind.DEADLINE),
        (7, broken),  # a summary's missed 'must start on'
        (9, IssueKind.LINK_IGNORED),
    }


def test_s18i_json_writes_the_kind_the_scheduler_gave(tmp_path, capsys):
    path = tmp_path / "issues.xml"
    write_plan(_every_issue(), path)
    assert main(["schedule", str(path), "--json"]) == 0
    kinds = {i["uid"]: i["kind"] for i in json.loads(capsys.readouterr().out)["issues"]}
    assert kinds == {
        2: "constraint-broken",
        3: "constraint-broken",
        4: "constraint-broken",
        5: "constraint-broken",
        6: "deadline",
        7: "constraint-broken",
        9: "link-ignored",
    }


@pytest.mark.parametrize(
    ("kind", "mark"),
    [
        (IssueKind.CONSTRAINT_BROKEN, Indicator.CONSTRAINT_BROKEN),
        (IssueKind.DEADLINE, Indicator.DEADLINE),
        (IssueKind.LINK_IGNORED, Indicator.ISSUE),
    ],
)
def test_s18i_a_reworded_message_keeps_its_mark(kind, mark):
    """The row's mark follows the kind, whatever the sentence says (it once matched words:
    a message naming 'after its deadline' or 'no later than' changed its mark)."""
    plan = Plan(project=Project(name="Words", start=_MON))
    plan.append_task(
        Task(
            1,
            "Ship",
            1,
            duration_minutes=_DAY,
            constraint_type=C.MSO,
            constraint_date=_TUE_8,
            deadline=_MON,
        )
    )
    sched = schedule(plan)
    sched = replace(sched, issues=[ScheduleIssue(1, kind, "'Ship' reworded: no words to match")])
    marks = {m.kind for m in TaskIndicators(plan, sched).of(1)}
    assert mark in marks
    if kind is not IssueKind.LINK_IGNORED:
        assert Indicator.ISSUE not in marks  # not a plain '!' for want of the old words
