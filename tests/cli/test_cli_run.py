"""The process entry point: the collector is left as found, output arrives whole."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo() -> Path:
    return resource_path("demo", "crm-rollout.gantry")


@pytest.mark.parametrize("collecting", [True, False])
def test_a_command_leaves_the_collector_as_it_found_it(demo, capsys, collecting):
    was = gc.isenabled()
    try:
        if not collecting:
            gc.disable()
        assert main(["schedule", str(demo), "--json"]) == 0
        assert gc.isenabled() is collecting
        assert main(["schedule", str(demo.with_suffix(".missing"))]) == 1
        assert gc.isenabled() is collecting
    finally:
        if was:
            gc.enable()
    capsys.readouterr()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_read_only_commands_end_with_their_whole_output_and_status(demo, tmp_path):
    done = _run("schedule", str(demo), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["tasks"]
    info = _run("info", str(demo))
    assert info.returncode == 0
    assert info.stdout.rstrip().splitlines()[-1].startswith("Baselines:")
    missing = _run("diff", str(demo), str(tmp_path / "gone.gantry"))
    assert missing.returncode == 1
    assert missing.stderr.startswith("gantry: ")


def test_other_commands_still_exit_normally(tmp_path, demo):
    out = tmp_path / "copy.csv"
    done = _run("convert", str(demo), str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").strip()
    assert _run("--help").returncode == 0
    assert _run("frobnicate", "x", "y").returncode == 2
