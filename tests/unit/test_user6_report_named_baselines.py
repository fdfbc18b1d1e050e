"""The status report of a plan whose only baselines are named ones, not Baseline (0).

A PM saved the signed-off plan as Baseline 1, named "Signed-off plan", and sent
the report: it said "No baseline is saved", next to a Budget view listing that
very baseline. The report reads Baseline (0), as MS Project's earned value
does by default; it now says so, naming the baselines that are saved.
"""

from __future__ import annotations

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.report.status_pages import baseline_note, subtitle
from tests.unit.test_status_report import NOW, START, _plan


def _report(plan):
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), NOW)


def _save(plan, index, name=""):
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), index, START, name=name))


def test_no_baseline_at_all_asks_for_one():
    report = _report(_plan())
    assert not report.has_baseline
    assert report.other_baselines == ()
    assert baseline_note(report).startswith("No baseline is saved")


def test_only_named_baselines_are_named_and_baseline_0_is_asked_for():
    plan = _plan()
    _save(plan, 1, "Signed-off plan")
    _save(plan, 3)
    report = _report(plan)
    assert not report.has_baseline
    assert report.other_baselines == ("Signed-off plan", "Baseline 3")
    note = baseline_note(report)
    assert "No baseline is saved" not in note
    assert "'Signed-off plan' and 'Baseline 3' are saved" in note
    assert "Baseline (0)" in note


def test_with_baseline_0_there_is_no_note():
    plan = _plan()
    _save(plan, 0, "Contract")
    _save(plan, 1, "Signed-off plan")
    report = _report(plan)
    assert report.has_baseline
    assert baseline_note(report) is None


def test_the_subtitle_names_the_baseline_the_figures_are_measured_against():
    plan = _plan()
    _save(plan, 0, "Contract plan")
    line = subtitle(_report(plan))
    assert f"Baseline: Contract plan, saved {START:%Y-%m-%d}" in line
    unnamed = _plan()
    _save(unnamed, 0)
    assert f"Baseline: Baseline, saved {START:%Y-%m-%d}" in subtitle(_report(unnamed))
    assert "Baseline:" not in subtitle(_report(_plan()))
