"""Text groups ignore case, as MS Project groups and as Gantry's filters compare text."""

from __future__ import annotations

from datetime import datetime

from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.grouping import GroupBy, GroupKey
from app.domain.grouping_rows import group_tasks
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

START = datetime(2026, 3, 2, 8)


def _plan() -> Plan:
    plan = Plan(project=Project(name="P", start=START))
    day = 480
    plan.tasks = [
        Task(1, "Phase", outline_level=1, custom=(("Text1", "DESIGN"),)),  # a summary
        Task(2, "a", outline_level=2, duration_minutes=day, custom=(("Text1", "Design"),)),
        Task(3, "b", outline_level=2, duration_minutes=day, custom=(("Text1", "build"),)),
        Task(4, "c", outline_level=2, duration_minutes=day, custom=(("Text1", "design"),)),
        Task(5, "d", outline_level=2, duration_minutes=day, custom=(("Text1", "Build"),)),
        Task(6, "e", outline_level=2, duration_minutes=day),
    ]
    return plan


def test_s17group_design_and_design_make_one_group_spelled_as_the_first_task():
    plan = _plan()
    groups = group_tasks(plan, schedule(plan), GroupBy((GroupKey("Text1"),)))
    assert [(g.label, g.uids) for g in groups] == [
        ("Text1: build", (3, 5)),  # b before D: ordered without regard to case too
        ("Text1: Design", (2, 4)),  # the summary's "DESIGN" names no group
        ("No Text1", (6,)),
    ]


def test_s17group_the_label_does_not_follow_the_sort_order():
    plan = _plan()
    backwards = list(reversed(plan.tasks))
    groups = group_tasks(plan, schedule(plan), GroupBy((GroupKey("Text1", True),)), backwards)
    assert [(g.label, g.uids) for g in groups] == [
        ("Text1: Design", (4, 2)),
        ("Text1: build", (5, 3)),
        ("No Text1", (6,)),
    ]


def test_s17group_a_filter_on_the_field_and_the_group_agree_on_case():
    plan = _plan()
    sched = schedule(plan)
    wanted = TaskFilter(FilterKind.CUSTOM_FIELD, text="design", field="Text1")
    found = matching_uids(plan, sched, wanted)
    groups = group_tasks(plan, sched, GroupBy((GroupKey("Text1"),)))
    design = next(g for g in groups if g.label == "Text1: Design")
    assert set(design.uids) == found - {1}  # the filter keeps the matching summary too
