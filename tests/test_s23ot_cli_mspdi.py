"""Overtime on the command line and in MS Project XML: ``gantry schedule --json`` prints the
4-day task of 40 h with 8 h overtime and its overtime_work_minutes, from the .gantry file and
from MSPDI written from it; MS Project's own file keeps its overtime and dates both ways."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.domain.assignment_dates import assignment_dates
from app.domain.assignment_work import apply_edit
from app.domain.overtime_work import overtime_edit
from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.unit.test_s23ot_overtime_schedule import _plan

H = 60


@pytest.mark.parametrize("suffix", [".gantry", ".xml"])
def test_s23ot_schedule_json_gives_4_days_and_the_overtime(tmp_path, capsys, suffix):
    plan = _plan()
    apply_edit(plan, overtime_edit(plan, 1, 8 * H))
    path = tmp_path / f"ot{suffix}"
    write_plan(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    phase, build = out["tasks"]
    assert (build["duration_text"], build["finish"]) == ("4d", "2026-01-08T17:00:00")
    assert (build["work_minutes"], build["overtime_work_minutes"]) == (40 * H, 8 * H)
    assert phase["overtime_work_minutes"] == 8 * H  # the summary's: its subtasks'


def test_s23ot_a_plan_without_overtime_prints_zeros(tmp_path, capsys):
    path = tmp_path / "plain.gantry"
    write_plan(_plan(), path)
    assert main(["schedule", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [t["overtime_work_minutes"] for t in out["tasks"]] == [0, 0]
    assert out["tasks"][1]["duration_text"] == "5d"


def test_s23ot_mspdi_round_trip_keeps_overtime_and_ms_projects_dates(shared_data, tmp_path):
    source = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    plan = read_mspdi(source)
    written = tmp_path / "out.xml"
    write_mspdi(plan, written)
    again = read_plan(written)
    for a in plan.assignments:
        b = again.assignment(a.uid)
        assert (b.work_minutes, b.overtime_work_minutes) == (
            a.work_minutes,
            a.overtime_work_minutes,
        )
    ours, theirs = schedule(again), schedule(plan)
    assert (ours[1].start, ours[1].finish) == (
        datetime(2011, 7, 6, 8),
        datetime(2011, 7, 18, 16, 1),
    )
    assert assignment_dates(again, ours) == assignment_dates(plan, theirs)
