"""``gantry info --json`` on a client's MS Project file (s27rw finding 2): ``left_out`` names
what the read left out, the same things its notes and the in-place refusal name, where it
was ``[]`` and a script checking it took the file as complete."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main


def test_s27rf_info_json_left_out_names_an_xml_reads_losses(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = tmp_path / "client.xml"
    shutil.copy(shared_data / "mspdi" / "mspdiresource.xml", client)
    capsys.readouterr()
    assert main(["info", str(client), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["left_out"] == [
        "110 values of 110 custom fields Gantry does not keep",
        "3 resource codes",  # its assignment baseline is read since s29mo
        "4 timephased task % complete values",  # Type 11; its Type 2 rows are read since s30ta
    ]
    # the same three the refusal to write it in place names
    assert main(["project", str(client), "--company", "X"]) == 1
    refusal = capsys.readouterr().err
    assert all(part in refusal for part in data["left_out"])


def test_s27rf_info_json_left_out_empty_for_a_whole_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
    plan = tmp_path / "plan.gantry"
    shutil.copy(demo, plan)
    capsys.readouterr()
    assert main(["info", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["left_out"] == []
