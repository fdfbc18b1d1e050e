"""The bundled demo plan: it opens, schedules, and holds what the demo promises."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.assets import resource_path
from app.domain.diff import diff_plans
from app.domain.link import LinkType
from app.domain.scheduler import schedule
from app.store.document import GantryFile, read_plan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo():
    return read_plan(resource_path("demo", "crm-rollout.gantry"))


def test_demo_opens_and_schedules(demo):
    result = schedule(demo)
    assert demo.project.start == datetime(2027, 1, 4, 8, 0)
    assert demo.project.start.weekday() == 0
    assert result.start == demo.project.start
    assert result.finish > datetime(2027, 3, 1)
    assert len(result.times) == len(demo.tasks)
    assert result.critical_uids()


def test_demo_outline_has_six_phases_and_milestones(demo):
    assert 55 <= len(demo.tasks) <= 70
    phases = demo.children(None)
    assert len(phases) == 6
    assert all(demo.is_summary(p.uid) for p in phases)
    assert sum(t.milestone for t in demo.tasks) >= 5


def test_demo_links_use_all_types_with_lags_and_leads(demo):
    assert {lk.type for lk in demo.links} == set(LinkType)
    assert any(lk.lag_minutes > 0 for lk in demo.links)
    assert any(lk.lag_minutes < 0 for lk in demo.links)


def test_demo_team_costs_risks_and_baseline(demo):
    people = demo.resources
    assert len(people) == 8
    assert all(p.role and "@" in p.email and p.standard_rate > 0 for p in people)
    vacation = [
        demo.calendar(p.calendar_uid).exceptions for p in people if p.calendar_uid is not None
    ]
    assert any(not exc.working for excs in vacation for exc in excs)
    work = [t for t in demo.tasks if not t.milestone and not demo.is_summary(t.uid)]
    staffed = {a.task_uid for a in demo.assignments}
    assert len(staffed & {t.uid for t in work}) >= 0.8 * len(work)
    assert sum(t.fixed_cost > 0 for t in demo.tasks) >= 3
    assert len(demo.risks) >= 5
    assert all(r.task_uids and all(demo.has_task(u) for u in r.task_uids) for r in demo.risks)
    baseline = demo.baselines[0]
    assert {e.task_uid for e in baseline.entries} == {t.uid for t in demo.tasks}
    assert all(e.start is not None and e.finish >= e.start for e in baseline.entries)
    assert sum(e.cost for e in baseline.entries if demo.task(e.task_uid).outline_level == 1) > 0


def test_committed_demo_matches_its_builder(demo):
    spec = importlib.util.spec_from_file_location("make_demo", ROOT / "packaging" / "make_demo.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert diff_plans(module.build_plan(), demo) == []


def test_demo_opens_for_editing_from_a_copy(tmp_path, demo):
    from app.cli.demo import fresh_demo_copy

    first = fresh_demo_copy(tmp_path)
    second = fresh_demo_copy(tmp_path)
    assert first.name == "CRM roll-out (demo).gantry"
    assert second.name == "CRM roll-out (demo) 2.gantry"
    with GantryFile.open(first) as file:
        file.plan.update_task(replace(file.plan.tasks[1], name="Edited in the copy"))
    assert read_plan(first).tasks[1].name == "Edited in the copy"
    assert read_plan(resource_path("demo", "crm-rollout.gantry")) == demo
