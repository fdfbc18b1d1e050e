"""``gantry level`` does no work the window does not: leveling reads the network the
command's own scheduling built (it built the same one again, cold), and a run without
--busy imports neither numpy (the other plans' reader) nor the sheet's indicators (for
one delay's words). The CLI took 10.6 s where the window took 5.7 s on a 10k plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app.domain.leveling as leveling
from app.cli import main
from app.store.document import GantryFile
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[1]


def test_s28lv_leveling_reads_the_network_the_command_built(tmp_path, monkeypatch, capsys):
    path = tmp_path / "team.gantry"
    GantryFile.create(path, make_plan(200, 300, 2, 8, seed=2)).close()
    built = []
    real = leveling.build_network
    monkeypatch.setattr(leveling, "build_network", lambda plan: built.append(1) or real(plan))
    assert main(["level", str(path), "-o", str(tmp_path / "out.gantry")]) == 0
    assert "Delayed" in capsys.readouterr().out
    assert built == []  # leveling built none of its own


def test_s28lv_gantry_level_imports_no_numpy_nor_indicators(tmp_path):
    path = tmp_path / "team.gantry"
    GantryFile.create(path, make_plan(60, 80, 1, 4, seed=2)).close()
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main(['level', {str(path)!r}, '-o', {str(tmp_path / 'out.gantry')!r}]) == 0\n"
        "print(sorted(m for m in ('numpy', 'app.report.indicators') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
