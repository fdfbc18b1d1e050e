"""The status report says a register whose risks are all closed as the rest of the product
counts risks: "not closed" (a risk monitored or occurring is not "open" and still counts)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.risk import RiskStatus
from tests.unit.test_status_report import _plan
from tests.unit.test_status_report_pages import _pdf, _report, needs_poppler


@needs_poppler
def test_s20cl_a_register_of_closed_risks_says_none_not_closed(qapp, tmp_path):
    plan = _plan()
    assert plan.risks
    for risk in list(plan.risks):
        plan.update_risk(replace(risk, status=RiskStatus.CLOSED))
    _, text = _pdf(tmp_path, _report(plan))
    assert "No open risks." in " ".join(text.split())  # s22rp: said plainly
