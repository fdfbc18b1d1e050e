"""gantry level --busy: commas separate the other plans, except a comma inside the name of
a file that exists ("Client B, phase 2.gantry"), in a list as well as alone."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.cli.pool_level import busy_paths

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def plans(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("A.gantry", "Client B, phase 2.gantry", "Client B"):
        (tmp_path / name).write_bytes(b"")
    return tmp_path


def _busy(*given: str) -> list[str]:
    return [str(p) for p in busy_paths(argparse.Namespace(busy=list(given), clear=False))]


def test_s27sm_a_comma_inside_a_name_stays_in_it(plans):
    assert _busy("A.gantry,Client B, phase 2.gantry") == ["A.gantry", "Client B, phase 2.gantry"]
    assert _busy("Client B, phase 2.gantry,A.gantry") == ["Client B, phase 2.gantry", "A.gantry"]
    assert _busy("Client B, phase 2.gantry") == ["Client B, phase 2.gantry"]
    assert _busy("A.gantry, Client B") == ["A.gantry", "Client B"]  # that file exists too
    assert _busy("A.gantry", "Client B, phase 2.gantry") == [
        "A.gantry",
        "Client B, phase 2.gantry",
    ]


def test_s27sm_a_missing_file_splits_at_every_comma(plans):
    assert _busy("A.gantry,gone.gantry") == ["A.gantry", "gone.gantry"]
    assert _busy("A.gantry,,Client B, phase 2.gantry,") == ["A.gantry", "Client B, phase 2.gantry"]
    assert _busy("x, y") == ["x", "y"]


def test_s27sm_level_with_a_comma_named_plan_in_a_list(tmp_path, capsys):
    a = tmp_path / "Client A, phase 2.gantry"
    b = tmp_path / "clientB.gantry"
    c = tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    shutil.copy(DEMO, b)
    assert main(["move", str(DEMO), "--start", "2027-02-15", "-o", str(c)]) == 0
    capsys.readouterr()
    assert main(["level", str(c), "--busy", f"{b},{a}"]) == 0
    out = capsys.readouterr().out
    assert "Client A, phase 2" in out
    assert "clientB" in out
