"""The probability x impact heat map: five probability bands by five impact bands scaled to
the register's largest impact, each cell's count marked by its exposure band; closed risks
left out and said; gantry risks --matrix prints it for the risks the filters show."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.risk import Risk, RiskStatus
from app.domain.risk_matrix import exposure_band, risk_matrix, round_top

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.mark.parametrize(
    ("amount", "top"), [(40_000, 40_000), (37_000, 40_000), (52_000, 60_000), (900, 1_000)]
)
def test_s30rk_impact_scale_tops_at_a_round_amount(amount, top):
    assert round_top(amount) == top


def test_s30rk_cells_count_the_risks_and_leave_closed_ones_out():
    risks = [
        Risk(1, "a", probability=0.9, impact=40_000),
        Risk(2, "b", probability=0.9, impact=39_000),
        Risk(3, "c", probability=0.1, impact=1_000),
        Risk(4, "d", probability=0.9, impact=99_000, status=RiskStatus.CLOSED),
        Risk(5, "e", probability=0.2, impact=8_000),  # on a band's top: in that band
    ]
    matrix = risk_matrix(risks)
    assert matrix.top == 40_000
    assert matrix.uids(5, 5) == (1, 2)
    assert matrix.uids(1, 1) == (3, 5)
    assert (matrix.total, matrix.closed) == (4, 1)
    assert [exposure_band(1, 4), exposure_band(3, 3), exposure_band(5, 3)] == [
        "low",
        "medium",
        "high",
    ]


def test_s30rk_risks_matrix_prints_the_heat_map(capsys):
    assert main(["risks", str(DEMO), "--matrix", "--owner", "maria lopez"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("  ")[0] == "Probability \\ Impact"
    assert lines[0].endswith("up to €40,000")  # the whole register's scale, not the owner's
    assert lines[1].startswith("Very high (80-100%)")
    low = lines[4].split()
    assert low[:2] == ["Low", "(20-40%)"]
    assert low[2:] == ["-", "1", "L", "1", "M", "-", "-"]
    assert lines[6].startswith("2 risks on the map")
    assert lines[-1] == "Showing: owner maria lopez; 4 risks not shown"


def test_s30rk_matrix_prints_to_the_terminal(capsys, tmp_path):
    # --matrix --json prints the map as JSON since s31rk (tests/test_s31rk_matrix_json.py)
    assert main(["risks", str(DEMO), "--matrix", "-o", str(tmp_path / "r.pdf")]) != 0
    assert not (tmp_path / "r.pdf").exists()
