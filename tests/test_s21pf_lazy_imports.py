"""``gantry schedule FILE --json`` imports neither the text tables' modules nor the
locale's figures: their dataclasses cost every run's start-up, and only the text output
(and info, convert --table) uses them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[1]
_TEXT_ONLY = ("app.report.tables", "app.report.locale_numbers")

_PROBE = """
import io, sys
from app.cli import main
out = io.StringIO()
sys.stdout, real = out, sys.stdout
status = main(sys.argv[1:])
sys.stdout = real
print(status, len(out.getvalue()) > 0, *[m for m in {mods!r} if m in sys.modules])
"""


def _loaded(args: list[str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(mods=_TEXT_ONLY), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    status, wrote, *modules = done.stdout.split()
    assert (status, wrote) == ("0", "True"), done.stderr
    return modules


def test_s21pf_schedule_json_leaves_the_text_modules_out(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(make_plan(40, 50, 2), path)
    assert _loaded(["schedule", str(path), "--json"]) == []
    # the text table still has them, imported where it prints
    assert _loaded(["schedule", str(path)]) == list(_TEXT_ONLY[1:])
    assert set(_loaded(["info", str(path)])) == {"app.report.locale_numbers"}
