"""``gantry schedule plan.xml --json`` on 10k tasks, whole process and by phase (``make bench``).

Issue 3 asks for the whole process "well under 1 s". The process figure is
taken through both entry points (``python -m app`` and the installed
``gantry`` script) with a warm bytecode cache, its output thrown away as in
``gantry schedule plan.xml --json > /dev/null``. The phases say where a change
went: the MS Project XML read as the command does it (no loop check: the
scheduler finds a loop itself, and only then is the file read again with the
check, app/cli/plan_io.read_and_schedule_xml), the schedule, and the JSON text;
and the loop check that read skips. No timed asserts: pytest-benchmark reports
the figures.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.schedule_command import dump_json
from app.cli.schedule_json import schedule_to_json_data
from app.domain.loop_links import without_loops
from app.domain.scheduling.run import schedule_only
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xml_10k(tmp_path_factory):
    path = tmp_path_factory.mktemp("s14cli") / "plan.xml"
    write_mspdi(make_plan(10_000, 15_000, 3), path)
    return path


def _cached_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed gantry: bytecode cached
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def _entry_points() -> list[tuple[str, list[str]]]:
    points = [("python -m app", [sys.executable, "-m", "app"])]
    script = shutil.which("gantry", path=str(Path(sys.executable).parent))
    if script is not None:
        points.append(("gantry", [script]))
    return points


@pytest.mark.parametrize("entry", _entry_points(), ids=lambda e: e[0])
def test_schedule_json_process_10k(benchmark, xml_10k, tmp_path, entry):
    """The whole process, output to /dev/null."""
    cmd = [*entry[1], "schedule", str(xml_10k), "--json"]
    env = _cached_env(tmp_path)

    def run():
        return subprocess.run(
            cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env
        )

    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False, env=env)  # the cache
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["tasks"]) == 10_000
    done = benchmark.pedantic(run, rounds=5, iterations=1)
    assert done.returncode == 0, done.stderr


def test_read_10k_as_the_command_does(benchmark, xml_10k):
    plan = benchmark.pedantic(
        read_mspdi, args=(xml_10k,), kwargs={"check_cycles": False}, rounds=5, iterations=1
    )
    assert len(plan.tasks) == 10_000
    assert len(plan.links) == 15_000


def test_loop_check_the_command_skips_10k(benchmark, xml_10k):
    """What the read's loop check costs on a plan without loops (s28cl: 82M instructions,
    2.5 % of the process), which ``gantry schedule`` no longer pays."""
    plan = read_mspdi(xml_10k, check_cycles=False)
    notes = benchmark.pedantic(without_loops, args=(plan,), rounds=5, iterations=1)
    assert notes == []
    assert len(plan.links) == 15_000


def test_schedule_10k_after_the_read(benchmark, xml_10k):
    plan = read_mspdi(xml_10k, check_cycles=False)
    result = benchmark.pedantic(schedule_only, args=(plan,), rounds=5, iterations=1)
    assert len(result.times) == 10_000


def test_json_text_10k(benchmark, xml_10k):
    """schedule_to_json_data and its writing, on a fresh schedule each round (the
    schedule keeps what it worked out for the JSON, as one command run does)."""
    plan = read_mspdi(xml_10k, check_cycles=False)

    def setup():
        return (plan, schedule_only(plan)), {}

    def text(plan, result):
        out = io.StringIO()
        dump_json(schedule_to_json_data(plan, result), out)
        return out.getvalue()

    written = benchmark.pedantic(text, setup=setup, rounds=5, iterations=1)
    assert len(json.loads(written)["tasks"]) == 10_000
