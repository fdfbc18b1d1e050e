"""The command line reads work typed into a Usage period as the window shows it: ``gantry
usage`` prints the typed week's figure, ``gantry schedule --json`` the work and cost that
follow it, from the .gantry file and from MS Project XML written from it."""

from __future__ import annotations

import json

from app.cli import main
from app.formats import write_plan
from tests.test_s23us_typed_period import anna_plan, typed

H = 60


def _source(tmp_path, suffix: str):
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    path = tmp_path / f"anna{suffix}"
    write_plan(plan, path)
    return path


def test_s23us_usage_and_schedule_show_the_typed_week(tmp_path, capsys):
    for suffix in (".gantry", ".xml"):
        path = _source(tmp_path, suffix)
        assert main(["usage", str(path)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[2].split() == ["Design", "136.0h", "40.0h", "40.0h", "16.0h", "40.0h"]
        assert main(["schedule", str(path), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        task = out["tasks"][0]
        assert (task["work_minutes"], task["duration_text"]) == (136 * H, "20d")
        assert out["cost"] == 136 * 50.0
