"""The status report says the risk register's contingency reserve (whole units, over the
risks not closed, as the Risks view and the Budget view's reserve count it) and gives each
top risk's Contingency (its column titled Reserve); the Risks view's total names the same risks (not 'Open')."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.cli import main

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def test_s19mo_status_report_has_the_reserve_and_a_contingency_column(qapp, tmp_path):
    pdf = tmp_path / "status.pdf"
    assert main(["report", str(DEMO), str(pdf)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Top risks by exposure (5 of 6 not closed)" in text
    assert (
        "Contingency reserve: €55,000 for the 6 risks not closed "
        "(their exposure, probability x impact: €55,250)"
    ) in text
    header = next(line for line in text.splitlines() if line.startswith("Risk "))
    # titled "Reserve" (each risk's contingency reserve): "Contingency" widened the column
    # enough to wrap the mitigations, and the landscape report lost its charts on page 2
    assert header.split()[:6] == ["Risk", "Prob.", "Impact", "Exposure", "Reserve", "Owner"]
    first = next(line for line in text.splitlines() if line.startswith("Legacy CRM"))
    assert "€30,000 €15,000 €15,000" in " ".join(first.split())
