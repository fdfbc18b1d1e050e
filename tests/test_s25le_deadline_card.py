"""The status report's "Forecast vs deadline" card (and the note under the cards, and
report --json's key deadline) says how late in the plan's duration unit, as the missed
deadlines table and ``gantry info`` do: a plan in weeks read "+5d" beside "1w"."""

from __future__ import annotations

from dataclasses import replace

from app.cli.report_json import status_to_json_data
from app.domain.task import DurationUnit
from app.report.status_tables import deadline_note, deadline_table, issue_cards
from tests.unit.test_s24st_status_deadline_pages import DEADLINE
from tests.unit.test_s24st_status_deadlines import _report, _site


def _in_weeks():
    report, _ = _report(_site(DEADLINE))
    return replace(report, project=replace(report.project, duration_unit=DurationUnit.WEEKS))


def test_s25le_the_card_says_the_tables_figure_in_weeks(qapp):
    report = _in_weeks()
    late = deadline_table(report, report.deadlines).rows[0][4]
    assert late.endswith("w")
    cards = {c.label: c.value for c in issue_cards(report)}
    assert cards["Forecast vs deadline"] == "+" + late
    assert f"+{late} against its deadline" in (deadline_note(report) or "")


def test_s25le_a_plan_in_days_keeps_its_card(qapp):
    report, _ = _report(_site(DEADLINE))
    late = deadline_table(report, report.deadlines).rows[0][4]
    assert late.endswith("d")
    assert {c.label: c.value for c in issue_cards(report)}["Forecast vs deadline"] == "+" + late


def test_s25le_report_json_says_the_cards_figure(qapp):
    report = _in_weeks()
    late = deadline_table(report, report.deadlines).rows[0][4]
    assert status_to_json_data(report)["key_deadline"]["late_text"] == "+" + late
