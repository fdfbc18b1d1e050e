"""``gantry diff`` names an assignment's leveling delay: leveling that adjusted Ben's assignment on
'Write' (tests/test_s30lv_adjust_assignments.py's plan) shows as his Leveling delay, 0d -> 2d,
beside Write's longer duration, in text and in --json."""

from __future__ import annotations

import json

from app.cli import main
from app.store.document import GantryFile
from tests.test_s30lv_adjust_assignments import _plan


def _pair(tmp_path):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    GantryFile.create(old, _plan()).close()
    GantryFile.create(new, _plan()).close()
    assert main(["level", str(new), "--basis", "minute", "--adjust-assignments"]) == 0
    return old, new


def test_s30lv_diff_names_the_assignments_leveling_delay(tmp_path, capsys) -> None:
    old, new = _pair(tmp_path)
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "Leveling delay" in x)
    assert "Ben" in line or "2:2" in line, out
    assert "0d -> 2d" in line or "0h -> 16h" in line, out
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    (change,) = [
        c
        for c in changes
        if c["entity"] == "assignment" and c.get("field") == "leveling_delay_minutes"
    ]
    assert (change["uid"], change["old"], change["new"]) == ("2:2", 0, 960)
