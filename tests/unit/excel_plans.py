"""Plans shared by the Excel tests, built with the domain API."""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task


def sample_plan() -> Plan:
    """Summaries, a manual task, links with lag, people and a risk; names that look like formulas."""
    plan = Plan()
    plan.insert_tasks(
        0,
        [
            Task(1, "Design", 1),
            Task(2, '=HYPERLINK("http://x")', 2, duration_minutes=960),
            Task(3, "Review", 2, duration_minutes=2400, notes="+1 from client"),
            Task(
                4,
                "Build",
                1,
                duration_minutes=4800,
                fixed_cost=500.0,
                percent_complete=25.0,
            ),
            Task(
                5,
                "Manual check",
                1,
                duration_minutes=480,
                manual=True,
                start=datetime(2026, 2, 2, 8, 0),
                finish=datetime(2026, 2, 2, 17, 0),
            ),
            Task(6, "Done", 1, duration_minutes=0, milestone=True),
        ],
    )
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4, LinkType.SS, 480))
    plan.add_link(Link(4, 6))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "@Ben", standard_rate=40.0))
    plan.add_assignment(Assignment(1, 2, 1, units=0.5))
    plan.add_assignment(Assignment(2, 4, 2))
    plan.add_risk(Risk(1, "-Late supplier", 0.3, 1000.0, owner="Ana"))
    return plan
