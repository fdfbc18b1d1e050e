"""``gantry diff`` says when an interim plan was set again ("Interim plan Start1/Finish1:
saved 2026-11-23 14:05 -> 2026-11-30 09:30"; ``--json`` field ``saved_at``) and names an
interim plan's task lines with when it was saved, as a baseline's; a file that keeps no such
time (an MS Project XML) is compared on the dates alone, with no line for the time."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.interim import interim_plan
from app.domain.scheduler import schedule
from app.store.document import write_plan
from tests.gui.conftest import build_plan

SAVED = datetime(2026, 11, 23, 14, 5)
LATER = datetime(2026, 11, 30, 9, 30)


def _files(tmp_path):
    plan = build_plan()
    plan.set_interim(interim_plan(plan, schedule(plan), 1, None, None, SAVED))
    old, new = tmp_path / "week3.gantry", tmp_path / "week4.gantry"
    write_plan(plan, old)
    first = plan.tasks[1]
    plan.update_task(replace(first, duration_minutes=first.duration_minutes + 480))
    plan.set_interim(interim_plan(plan, schedule(plan), 1, None, None, LATER))
    write_plan(plan, new)
    return old, new


def test_s27it_diff_says_an_interim_plan_set_again_and_when(tmp_path, capsys):
    old, new = _files(tmp_path)
    assert main(["diff", str(old), str(new)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        "changed  Interim plan Start1/Finish1: saved 2026-11-23 14:05 -> 2026-11-30 09:30" in lines
    )
    moved = [ln for ln in lines if ln.startswith("changed  Interim plan Start1/Finish1 of ")]
    assert moved
    assert all(", saved 2026-11-30 09:30: " in ln for ln in moved)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert {
        "entity": "baseline",
        "uid": "i1",
        "name": "Start1/Finish1",
        "kind": "changed",
        "field": "saved_at",
        "old": "2026-11-23T14:05",
        "new": "2026-11-30T09:30",
    } in changes


def test_s27it_a_file_without_the_time_gives_no_saved_line(tmp_path, capsys):
    old, _ = _files(tmp_path)
    xml = tmp_path / "week3.xml"
    assert main(["convert", str(old), str(xml)]) in (0, None)
    capsys.readouterr()
    assert main(["diff", str(old), str(xml), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert not [c for c in changes if c.get("field") == "saved_at"]
    assert main(["diff", str(old), str(old)]) == 0
    assert "saved 2026-11-23 14:05 ->" not in capsys.readouterr().out
