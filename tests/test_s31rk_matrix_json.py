"""gantry risks --matrix --json: the heat map a script reads, each cell's count and risk IDs
(it exited 2 before); the same cells as the text map."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _matrix(capsys, *extra):
    assert main(["risks", str(DEMO), "--matrix", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_s31rk_matrix_json_gives_each_cells_risks(capsys):
    data = _matrix(capsys)
    assert data["currency"] == "EUR"
    assert [b["up_to"] for b in data["impact_bands"]] == [8000, 16000, 24000, 32000, 40000]
    assert data["probability_bands"][0] == {"band": 1, "name": "Very low", "from": 0, "to": 0.2}
    assert len(data["cells"]) == 25
    assert data["cells"][0]["probability_band"] == 5  # most likely first, as the map reads
    filled = {
        (c["probability_band"], c["impact_band"]): c["risks"] for c in data["cells"] if c["count"]
    }
    # the demo's risks as gantry risks --matrix prints them (test_s30rk_risk_matrix)
    assert filled[(3, 4)] == ["R-01"]
    assert sum(len(r) for r in filled.values()) == data["on_map"] == 6
    for c in data["cells"]:
        assert c["count"] == len(c["risks"]) == len(c["uids"])
    high = next(c for c in data["cells"] if (c["probability_band"], c["impact_band"]) == (5, 5))
    assert high["exposure_band"] == "high"
    assert data["closed"] == 0
    assert data["note"] == ""


def test_s31rk_matrix_json_follows_the_filters(capsys):
    data = _matrix(capsys, "--owner", "maria lopez")
    assert data["on_map"] == 2
    assert data["impact_bands"][-1]["up_to"] == 40000  # the whole register's scale
    assert data["note"] == "Showing: owner maria lopez; 4 risks not shown"
    shown = [r for c in data["cells"] for r in c["risks"]]
    assert len(shown) == 2
    assert all(r.startswith("R-") for r in shown)


def test_s31rk_matrix_json_and_output_still_refused(capsys, tmp_path):
    out = tmp_path / "r.pdf"
    assert main(["risks", str(DEMO), "--matrix", "--json", "-o", str(out)]) == 2
    assert "prints to the terminal" in capsys.readouterr().err
    assert not out.exists()
