"""``gantry info --json`` on a ``--no-roundtrip`` workbook names what its read does not recover.

Its notes said calendars, baselines and constraints are not recovered, yet ``left_out``
was ``[]``: a script reading it took the file as complete.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _info(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, object]:
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_s27nr_info_json_names_what_a_no_roundtrip_workbook_does_not_recover(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    bare, full = tmp_path / "bare.xlsx", tmp_path / "full.xlsx"
    assert main(["convert", str(plan), str(bare), "--no-roundtrip"]) == 0
    assert main(["convert", str(plan), str(full)]) == 0
    left_out = _info(capsys, bare)["left_out"]
    assert isinstance(left_out, list)
    assert {"calendars", "baselines", "task types", "the plan's settings"} <= set(left_out)
    assert any(str(p).startswith("constraints (") for p in left_out)  # its words kept whole
    assert _info(capsys, full)["left_out"] == []  # a whole export leaves nothing out
    assert _info(capsys, plan)["left_out"] == []
