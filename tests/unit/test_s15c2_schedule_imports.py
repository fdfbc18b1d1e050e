"""``gantry schedule --json`` of a plan without people does not import the costing's
people-only modules (workload, over-allocation, assignment work): each costs compiling
its dataclasses and functions at every run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[2]
_PEOPLE_ONLY = (
    "app.domain.assigning",
    "app.domain.assignment_work",
    "app.domain.overallocation",
    "app.domain.task_spans",
    "app.domain.workload",
)
_PROBE = """
import io, json, sys
from app.cli import main
out = io.StringIO()
sys.stdout, real = out, sys.stdout
status = main(["schedule", sys.argv[1], "--json"])
sys.stdout = real
data = json.loads(out.getvalue())
print(json.dumps({"status": status, "tasks": len(data["tasks"]), "cost": data["cost"],
    "loaded": sorted(m for m in sys.modules if m.startswith("app."))}))
"""


def _run(path: Path) -> dict:
    import json

    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_plain_plan_schedules_without_the_people_modules(tmp_path):
    path = tmp_path / "plain.xml"
    write_mspdi(make_plan(40, 40, 2), path)
    found = _run(path)
    assert found["status"] == 0
    assert found["tasks"] == 40
    assert found["cost"] == 0.0
    assert not set(_PEOPLE_ONLY) & set(found["loaded"])


def test_staffed_plan_still_costs_its_people(tmp_path):
    path = tmp_path / "staffed.xml"
    write_mspdi(make_plan(40, 40, 2, n_resources=5), path)
    found = _run(path)
    assert found["status"] == 0
    assert found["cost"] > 0
    assert "app.domain.overallocation" in found["loaded"]
