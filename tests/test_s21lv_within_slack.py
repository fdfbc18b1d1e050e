"""Leveling Options' "Level only within available slack": no task waits past its late finish.

Ana has Build (5 days, then Ben's Ship, 3 days: no slack) and Doc (4 days, with 4
days of slack to the project finish) at the same time. Standard order delays Doc 5
days; only within slack Doc may wait no more than its 4 days of slack: nothing fits, Doc
stays and Ana stays over-allocated, named with the reason, as MS Project says
it cannot resolve the overallocation within the available slack.
"""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.leveling import LevelingOptions, level
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(doc_days: int = 4) -> Plan:
    plan = Plan(project=Project(name="Slack", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Ship", duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Doc", duration_minutes=doc_days * DAY))
    plan.links.append(Link(1, 2))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(3, 3, 1, 1.0, doc_days * DAY))
    return plan


def _delays(plan: Plan, options: LevelingOptions) -> dict[int, int]:
    result = level(plan, schedule(plan), options=options)
    return {u: int(d) for u, d in result.delays.items() if d}


def test_s21lv_within_slack_keeps_a_task_at_its_late_finish() -> None:
    plan = _plan()
    assert _delays(plan, LevelingOptions()) == {3: 5 * DAY}  # past its late finish, day 8
    result = level(plan, schedule(plan), options=LevelingOptions(within_slack=True))
    assert not any(result.delays.values())
    assert [(u.resource_uid, u.task_uid) for u in result.unresolved] == [(1, 3)]
    assert "no slack left" in result.unresolved[0].reason


def test_s21lv_within_slack_still_delays_a_task_its_slack_covers() -> None:
    plan = _plan(doc_days=3)  # Doc waits 5 days and still finishes by day 8 of 8
    assert _delays(plan, LevelingOptions(within_slack=True)) == {3: 5 * DAY}


def test_s21lv_gantry_level_within_slack(tmp_path, capsys) -> None:
    path = tmp_path / "slack.gantry"
    write_plan(_plan(), path)
    assert main(["level", str(path), "--within-slack"]) == 0
    out = capsys.readouterr().out
    assert "only within available slack" in out
    assert "Still over-allocated: Ana." in out
    assert "'Doc' has no slack left for the delay (leveling only within available slack)" in out
