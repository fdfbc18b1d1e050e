"""packaging/make_demo.py rebuilds the shipped demo exactly: the schema steps since it was
written gave the demo a Manager, a leveling basis and Baseline Fixed Costs through the
migrations alone, so a rebuilt demo lost them. Run into a temporary folder, the script's
plan is the shipped one: ``gantry diff`` says "no changes" and every stored value agrees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.store.document import read_plan

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "resources" / "demo" / "crm-rollout.gantry"


def test_make_demo_rebuilds_the_shipped_demo(tmp_path: Path, capsys) -> None:
    rebuilt = tmp_path / "crm-rollout.gantry"
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_demo.py"), str(rebuilt)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {rebuilt}: 61 tasks\n"
    capsys.readouterr()
    assert main(["diff", str(SHIPPED), str(rebuilt)]) == 0
    assert capsys.readouterr().out == "no changes\n"
    shipped, made = read_plan(SHIPPED), read_plan(rebuilt)
    assert made.project == shipped.project  # Manager, Leveling Options: not all in diff
    assert made.baselines == shipped.baselines  # each entry's Fixed Cost and accrual
    assert made == shipped
