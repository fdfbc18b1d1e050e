"""``gantry info`` names the interim plans set, each with when it was last saved and its
tasks counted, and ``--json`` gives them (``interim_plans``: number, name, saved_at, tasks);
a plan with none gets no text line and ``[]``."""

from __future__ import annotations

import json
from datetime import datetime

from app.cli import main
from app.domain.interim import interim_plan
from app.domain.scheduler import schedule
from app.store.document import write_plan
from tests.gui.conftest import build_plan

SAVED = datetime(2026, 11, 23, 14, 5)


def test_s27it_info_says_each_interim_plan_and_when_saved(tmp_path, capsys):
    plan = build_plan()
    found = schedule(plan)
    plan.set_interim(interim_plan(plan, found, 1, None, None, SAVED))
    plan.set_interim(interim_plan(plan, found, 3, None, [plan.tasks[0].uid]))  # no time known
    path = tmp_path / "p.gantry"
    write_plan(plan, path)
    tasks = len(plan.interims[1].entries)
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    said = next(ln for ln in lines if ln.startswith("Interim plans:"))
    assert said.split(":", 1)[1].strip() == (
        f"Start1/Finish1 (last saved on Mon 2026-11-23 14:05, {tasks} tasks); "
        "Start3/Finish3 (1 task)"
    )
    assert main(["info", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["interim_plans"] == [
        {"number": 1, "name": "Start1/Finish1", "saved_at": "2026-11-23T14:05:00", "tasks": tasks},
        {"number": 3, "name": "Start3/Finish3", "saved_at": None, "tasks": 1},
    ]


def test_s27it_info_of_a_plan_without_interim_plans(tmp_path, capsys):
    path = tmp_path / "p.gantry"
    write_plan(build_plan(), path)
    assert main(["info", str(path)]) == 0
    assert "Interim plans" not in capsys.readouterr().out
    assert main(["info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["interim_plans"] == []
