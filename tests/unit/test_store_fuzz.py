"""Any value the domain can hold comes back from the store unchanged (property-based)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.resource import Assignment, Availability, RateEntry, Resource, ResourceType
from app.domain.risk import Risk, RiskStatus
from app.domain.task import ConstraintType, CostAccrual, Task, TaskType
from app.store.document import read_plan, write_plan

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1))
maybe_moment = st.none() | moments
money = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
minutes = st.integers(min_value=-(10**9), max_value=10**9)


def tasks(uid: int) -> st.SearchStrategy[Task]:
    return st.builds(
        Task,
        uid=st.just(uid),
        name=text,
        outline_level=st.just(1),
        duration_minutes=minutes,
        elapsed=st.booleans(),
        estimated=st.booleans(),
        milestone=st.booleans(),
        manual=st.booleans(),
        active=st.booleans(),
        start=maybe_moment,
        finish=maybe_moment,
        constraint_type=st.sampled_from(ConstraintType),
        constraint_date=maybe_moment,
        deadline=maybe_moment,
        priority=st.integers(0, 1000),
        percent_complete=st.floats(0, 100),
        actual_start=maybe_moment,
        actual_finish=maybe_moment,
        fixed_cost=money,
        fixed_cost_accrual=st.sampled_from(CostAccrual),
        task_type=st.sampled_from(TaskType),
        effort_driven=st.booleans(),
        calendar_uid=st.none() | st.just(1),
        ignore_resource_calendar=st.booleans(),
        leveling_delay_minutes=minutes,
        notes=text,
    )


resources = st.builds(
    Resource,
    uid=st.just(1),
    name=text,
    type=st.sampled_from(ResourceType),
    initials=text,
    role=text,
    email=text,
    skills=st.lists(text, max_size=3).map(tuple),
    max_units=st.floats(0, 10),
    standard_rate=money,
    overtime_rate=money,
    cost_per_use=money,
    accrue_at=st.sampled_from(CostAccrual),
    material_label=text,
    availability=st.lists(
        st.builds(Availability, maybe_moment, maybe_moment, st.floats(0, 10)), max_size=3
    ).map(tuple),
    rate_tables=st.lists(
        st.lists(st.builds(RateEntry, maybe_moment, money, money, money), max_size=3).map(tuple),
        max_size=5,
    ).map(tuple),
    notes=text,
)


# No shrinking: every example writes a file, and shrinking one took minutes.
@settings(max_examples=30, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(
    first=tasks(1),
    second=tasks(2),
    resource=resources,
    link_type=st.sampled_from(LinkType),
    lag=minutes,
    lag_percent=st.none() | st.floats(-1000, 1000),
    units=st.floats(0, 10),
    risk=st.builds(
        Risk,
        uid=st.just(1),
        title=text,
        probability=st.floats(0, 1),
        impact=money,
        owner=text,
        mitigation=text,
        contingency=money,
        status=st.sampled_from(RiskStatus),
        task_uids=st.sampled_from([(), (1,), (2, 1)]),
        description=text,
    ),
)
def test_any_plan_round_trips(first, second, resource, link_type, lag, lag_percent, units, risk):
    plan = Plan(tasks=[first, second])
    plan.add_link(Link(1, 2, link_type, lag, lag_percent, lag % 2 == 0))
    plan.add_resource(resource)
    plan.add_assignment(Assignment(1, 2, 1, units, abs(lag), 0, 0, 0.0, 0))
    plan.add_risk(risk)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.gantry"
        write_plan(plan, path)
        assert read_plan(path) == plan
