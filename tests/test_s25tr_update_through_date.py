"""Update Project and Mark on Track record the work done through the date, to the minute.

MS Project's Update Project 'through Fri 5 Feb' gives the demo's Reporting requirements (3d
from Wed 3 Feb) an Actual Duration of 2d and its Solution architecture (8d) 7d, both
stopping Fri 17:00, and shows 67 % and 88 %. Gantry rounded the percent first and derived
the actual duration from it: 16h05m and 56h19m, stopping Mon 08:05 and 08:19, after the
date, so the earned value (what was planned for the work done) and the actual cost (the
work done) disagreed at a status date with nothing over budget (CPI not 1).
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.mark_on_track import mark_on_track
from app.domain.percent_shown import done_minutes, shown_percent
from app.domain.plan import Plan
from app.domain.scheduling.run import schedule_only as schedule
from app.domain.tracking import ProgressUpdate, update_progress

FRIDAY = datetime(2027, 2, 5, 17, 0)
DAY = 480
# uid: (days done through Friday, the whole % MS Project shows)
EXPECTED = {16: (2, 67), 11: (7, 88)}
NS = "{http://schemas.microsoft.com/project}"


def _demo() -> Plan:
    return formats.read_plan(resource_path("demo", "crm-rollout.gantry"))


def _apply(plan: Plan, updates: list[ProgressUpdate]) -> None:
    for u in updates:
        task = plan.task(u.uid)
        plan.update_task(replace(task, **u.changes(task)))


def _check_done(plan: Plan) -> None:
    for uid, (days, shown) in EXPECTED.items():
        task = plan.task(uid)
        assert done_minutes(task.duration_minutes, task.percent_complete) == days * DAY
        assert shown_percent(task.percent_complete) == shown


def test_s25tr_update_project_sets_the_actual_duration_through_the_date():
    plan = _demo()
    _apply(plan, update_progress(plan, schedule(plan), FRIDAY))
    _check_done(plan)


def test_s25tr_mark_on_track_sets_the_same_minutes():
    plan = _demo()
    marked = mark_on_track(plan, schedule(plan), list(EXPECTED), FRIDAY)
    _apply(plan, list(marked.updates))
    _check_done(plan)


def test_s25tr_earned_value_equals_actual_cost_when_on_budget():
    plan = _demo()
    _apply(plan, update_progress(plan, schedule(plan), FRIDAY))
    found = schedule(plan)
    costs = compute_costs(plan, found)
    values = earned_value(plan, found, costs, FRIDAY)
    for uid in EXPECTED:
        value = values[uid]
        # The Budget view's Actual column (all work recorded) is the cost up to the date.
        assert costs.task_actual_cost[uid] == pytest.approx(value.ac)
        assert value.ev == pytest.approx(value.ac)
        assert value.cpi == pytest.approx(1.0)


def test_s25tr_cli_update_stops_the_done_part_at_the_date(tmp_path: Path):
    src = tmp_path / "d1.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), src)
    out = tmp_path / "d1u.gantry"
    assert main(["update", str(src), "--through", "2027-02-05", "-o", str(out)]) == 0
    _check_done(formats.read_plan(out))
    xml = tmp_path / "d1u.xml"
    assert main(["convert", str(out), str(xml)]) == 0
    tasks = {t.findtext(NS + "UID"): t for t in ET.parse(xml).getroot().iter(NS + "Task")}
    for uid, (days, shown) in EXPECTED.items():
        task = tasks[str(uid)]
        assert task.findtext(NS + "ActualDuration") == f"PT{days * 8}H0M0S"
        assert task.findtext(NS + "PercentComplete") == str(shown)
        assert task.findtext(NS + "Stop") == "2027-02-05T17:00:00"
