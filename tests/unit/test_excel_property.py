"""Any plan exported to a workbook reads back the same (hypothesis-generated plans)."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.diff import diff_plans
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan, write_plan

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=1), max_size=20)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    n = draw(st.integers(min_value=1, max_value=12))
    tasks: list[Task] = []
    level = 0
    for uid in range(1, n + 1):
        level = draw(st.integers(min_value=1, max_value=level + 1))
        tasks.append(
            Task(
                uid,
                draw(_text),
                level,
                duration_minutes=draw(st.integers(min_value=0, max_value=20 * 480)),
                percent_complete=draw(st.sampled_from([0.0, 25.0, 50.5, 100.0])),
                fixed_cost=draw(st.sampled_from([0.0, 10.0, 1234.56])),
                notes=draw(_text),
            )
        )
    plan = Plan(tasks=tasks)
    for _ in range(draw(st.integers(min_value=0, max_value=n)) if n > 1 else 0):
        a, b = sorted(draw(st.lists(st.integers(1, n), min_size=2, max_size=2, unique=True)))
        if plan.find_link(a, b) is None and b not in [t.uid for t in plan.descendants(a)]:
            lag = draw(st.sampled_from([0, 480, -240]))
            plan.links.append(Link(a, b, draw(st.sampled_from(list(LinkType))), lag))
    people = draw(st.lists(_text.filter(lambda s: s.strip() != ""), max_size=3, unique=True))
    plan.resources = [Resource(i + 1, name) for i, name in enumerate(people)]
    for k, res in enumerate(plan.resources):
        plan.assignments.append(Assignment(k + 1, 1 + k % n, res.uid, units=0.5))
    return plan


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_export_then_read_back_is_the_same_plan(plan: Plan) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "p.xlsx"
        write_plan(plan, path)
        back = read_plan(path)
    assert diff_plans(plan, back) == []
    assert back.tasks == plan.tasks
    assert back.links == plan.links
    assert back.assignments == plan.assignments
