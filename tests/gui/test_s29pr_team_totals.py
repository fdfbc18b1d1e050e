"""The Team printout ends with the team's Work and Cost totals and, when tasks carry fixed
costs, those and the plan's total, so finance sees why the people's cost is not the plan's."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from app.ui.printing import actions
from tests.gui.test_usage_printing import pdf_pages, session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window, staffed_plan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _priced_plan(fixed: float = 0.0):
    plan = staffed_plan()
    for res in list(plan.resources):
        plan.update_resource(replace(res, standard_rate=50.0))
    if fixed:
        task = plan.task(2)
        plan.update_task(replace(task, fixed_cost=fixed))
    return plan


def _team_pdf(session, qtbot, tmp_path, monkeypatch, plan) -> str:  # noqa: F811
    window = open_window(session, qtbot, tmp_path, plan)
    window.show_view("team")
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    return "\n".join(pdf_pages(target))


def test_the_team_printout_totals_work_and_cost(session, qtbot, tmp_path, monkeypatch):  # noqa: F811
    text = _team_pdf(session, qtbot, tmp_path, monkeypatch, _priced_plan())
    assert "Team total" in text
    assert "96h" in text  # Ana 4 days + Ben 8 days = 12 days of 8 h
    assert "€4,800.00" in text
    assert "Project total" not in text  # no fixed cost: the team's total is the plan's


def test_fixed_costs_are_said_beside_the_team_s_total(session, qtbot, tmp_path, monkeypatch):  # noqa: F811
    text = _team_pdf(session, qtbot, tmp_path, monkeypatch, _priced_plan(fixed=1000.0))
    assert "Fixed costs of tasks" in text
    assert "€1,000.00" in text
    assert "Project total" in text
    assert "€5,800.00" in text
