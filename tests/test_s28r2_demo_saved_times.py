"""The demo's Baseline said "saved 2026-12-18 17:00" (Compare with Plan's header, Set
Baseline's list) to a PM trying it on 2026-11-28: a baseline from the future. Its baselines
and interim plans are now saved when a PM would have set them: before the demo was made,
the project's start, its status date and any work reported."""

from __future__ import annotations

from datetime import datetime

from app.assets import resource_path
from app.formats import read_plan

DEMO_MADE = datetime(2026, 11, 28)  # when this demo was last built and shipped


def test_s28r2_demo_baselines_were_saved_before_the_work_began() -> None:
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    saved = [b.saved_at for b in plan.baselines.values() if b.saved_at is not None]
    saved += [p.saved_at for p in plan.interims.values() if p.saved_at is not None]
    assert saved  # the demo's Baseline says when it was saved
    limits = [DEMO_MADE, plan.project.start]
    if plan.project.status_date is not None:
        limits.append(plan.project.status_date)
    limits += [t.actual_start for t in plan.tasks if t.actual_start is not None]
    latest = min(limits)
    assert all(moment < latest for moment in saved), (saved, latest)
