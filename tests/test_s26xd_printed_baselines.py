"""The printed Gantt's header names the baselines whose columns are on the page: with
Baseline Start and Baseline2 Start/Finish printed it said "Baseline: Baseline" alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.baseline import Baseline
from app.report.baseline_note import baseline_note, printed_baselines
from app.report.options import PrintOptions
from tests.gui.conftest import build_plan

SAVED = datetime(2026, 11, 2, 9, 30)


def _options(*columns):
    return replace(PrintOptions(), columns=("id", "name", *columns))


def test_baseline2_columns_are_named_beside_baseline():
    plan = build_plan()
    plan.set_baseline(Baseline(0, SAVED))
    plan.set_baseline(Baseline(2, SAVED))
    options = _options("baseline_start", "baseline2_start", "baseline2_finish")
    assert printed_baselines(options) == [0, 2]
    note = baseline_note(plan, options)
    assert note.startswith("Baselines: Baseline, saved ")
    assert "; Baseline 2, saved " in note
    assert "09:30" in note


def test_only_baseline2_printed_names_only_it():
    plan = build_plan()
    plan.set_baseline(Baseline(0, SAVED))
    options = _options("baseline2_cost")
    assert printed_baselines(options) == [2]
    assert baseline_note(plan, options) == "Baseline: Baseline 2 none saved"
    plan.set_baseline(Baseline(2, SAVED))
    assert baseline_note(plan, options).startswith("Baseline: Baseline 2, saved ")


def test_no_baseline_column_says_nothing_and_baseline_alone_is_as_before():
    plan = build_plan()
    assert baseline_note(plan, _options("start1", "finish1")) == ""  # interim plans: no baseline
    assert baseline_note(plan, _options("baseline_finish")) == "Baseline: none saved"
