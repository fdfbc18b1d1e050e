"""The Usage view's figures (app.ui.usage.local_figures.figure_text) and the command line's
usage table (app.report.locale_numbers.usage_figure) put a locale's marks into a figure by
one rule: the view had its own copy of it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_tree import MONEY, UsageTree, build_usage_tree
from app.report import locale_numbers
from app.ui.usage import local_figures

LOCALES = {
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "us": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "ch": QLocale(QLocale.Language.German, QLocale.Country.Switzerland),
    "c": QLocale.c(),
}


@pytest.fixture
def tree() -> UsageTree:
    plan = Plan(project=Project(name="Shop", start=datetime(2027, 1, 4, 8), currency_symbol="€"))
    plan.append_task(Task(1, "Build", duration_minutes=480))
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    return build_usage_tree(usage, CostUsage(plan, sched, usage), True, project=plan.project)


@pytest.mark.parametrize("name", list(LOCALES))
@pytest.mark.parametrize(
    ("value", "unit"), [(1234.5 * 60, "h"), (-90.0, "h"), (1234.5, "m³"), (1234.5, MONEY)]
)
def test_s21ti_one_rule_for_the_view_and_the_command_line(tree, name, value, unit):
    locale = LOCALES[name]
    marks = locale_numbers.locale_marks(locale)
    want = locale_numbers.usage_figure(tree, value, unit, marks)
    assert local_figures.figure_text(tree, value, unit, locale) == want


def test_s21ti_the_view_takes_the_reports_rule(tree, monkeypatch):
    """A change to the rule shows in the view: it has no copy of its own."""
    monkeypatch.setattr(local_figures, "usage_figure", lambda *_a: "ruled", raising=False)
    assert local_figures.figure_text(tree, 60.0, "h", LOCALES["de"]) == "ruled"
