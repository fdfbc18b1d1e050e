"""The Team view's workload chart of a material shows what it consumes, in its own unit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import numpy as np
import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour footings", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Pour slab", duration_minutes=2 * DAY))
    plan.add_link(Link(1, 2, LinkType.FS))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(
        Resource(2, "Cement", type=ResourceType.MATERIAL, material_label="t", standard_rate=90.0)
    )
    plan.add_resource(Resource(3, "Travel", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 10.0))
    plan.add_assignment(Assignment(3, 2, 2, 4.0))
    plan.add_assignment(Assignment(4, 2, 3, cost=300.0))
    return plan


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_material_shows_its_tonnes_per_week(view):
    view.select(2)
    chart = view.chart
    assert chart.unit == "t"
    assert chart.plot.getPlotItem().getAxis("left").labelText == "t"
    assert chart.task_labels == ["Pour footings", "Pour slab"]
    assert chart.totals.tolist() == pytest.approx([10.0, 4.0])
    assert "capacity" not in [label.text for _, label in chart.legend.items]
    assert chart.note.text() == ""
    view.period.setCurrentIndex(1)  # per day: two tonnes each day of the footings
    assert chart.totals.sum() == pytest.approx(14.0)
    assert chart.totals[:5].tolist() == pytest.approx([2.0] * 5)


def test_a_material_without_a_label_counts_units(view):
    plan = view.document.plan
    plan.update_resource(replace(plan.resource(2), material_label=""))
    view.select(2)
    assert view.chart.unit == "units"
    assert view.chart.totals.sum() == pytest.approx(14.0)


def test_a_cost_item_says_why_there_is_no_chart(view):
    view.select(3)
    assert not view.chart.task_labels
    assert "not measured in time" in view.chart.note.text()
    assert view.chart.note.isVisible()
    view.select(1)  # a person: hours against capacity, no note
    assert view.chart.unit == "hours"
    assert view.chart.note.text() == ""
    assert not view.chart.note.isVisible()
    assert view.chart.totals.sum() == pytest.approx(40.0)
    assert "capacity" in [label.text for _, label in view.chart.legend.items]
    assert np.isfinite(view.chart.totals).all()
