"""The register's two totals, shared by the Risks view and any budget figure built on them."""

from __future__ import annotations

import pytest

from app.domain.risk import Risk, RiskStatus, contingency_reserve, live, open_exposure

RISKS = [
    Risk(1, "Vendor late", 0.3, 10000.0, contingency=2000.0),
    Risk(2, "Key user away", 0.5, 4000.0, contingency=1500.0, status=RiskStatus.MITIGATING),
    Risk(3, "Server lost", 0.2, 5000.0, contingency=800.0, status=RiskStatus.OCCURRED),
    Risk(4, "Licence price", 0.9, 9000.0, contingency=7000.0, status=RiskStatus.CLOSED),
]


def test_closed_risks_leave_both_totals():
    assert [r.uid for r in live(RISKS)] == [1, 2, 3]
    assert open_exposure(RISKS) == pytest.approx(3000 + 2000 + 1000)
    assert contingency_reserve(RISKS) == pytest.approx(2000 + 1500 + 800)


def test_an_empty_register_holds_nothing():
    assert open_exposure([]) == 0
    assert contingency_reserve([]) == 0
