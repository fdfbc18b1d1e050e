"""``gantry diff plan.gantry plan.csv`` with a delayed person: the CSV keeps Ben's units
only, so its copy of the plan has him 40h over Write's span where the plan has 24h from
day 4. The diff said "no changes" on stdout; it now gives the figures line, as against the
.gan copy, whichever side the CSV is on."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan

H = 60


def _plan(delay: bool) -> Plan:
    """Design 5d (Ana) -> Write 5d: Ana 40h, Ben 24h after a 3d Delay (or 40h undelayed)."""
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8), name="Delay demo"))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Write", duration_minutes=5 * 480))
    plan.add_link(Link(predecessor=1, successor=2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100))
    plan.add_resource(Resource(2, "Ben", standard_rate=80))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(3, 2, 2, 1.0, (24 if delay else 40) * H))
    if delay:
        plan.update_assignment(replace(plan.assignment(3), delay_minutes=3 * 480))
    return plan


@pytest.fixture
def files(tmp_path, capsys):
    src = tmp_path / "plan.gantry"
    write_plan(_plan(True), src)
    csv = tmp_path / "plan.csv"
    assert main(["convert", str(src), str(csv)]) == 0
    capsys.readouterr()
    return src, csv


def test_s30dl_diff_against_the_csv_gives_the_figures_it_comes_to(files, capsys):
    src, csv = files
    assert main(["diff", str(src), str(csv)]) == 0
    out, err = capsys.readouterr()
    assert "no changes" not in out
    # Ben's 24h from day 4 read back as 40h over Write: +16h at 80/h
    assert out.startswith("figures: Cost €9,920.00 -> €11,200.00 (+€1,280.00); Work 104h -> 120h")
    assert "Delay, work" in err  # and the note names what was not compared
    assert main(["diff", str(csv), str(src)]) == 0
    assert capsys.readouterr().out.startswith("figures: Cost €11,200.00 -> €9,920.00")
    assert main(["diff", str(src), str(csv), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changes"] == []
    assert data["figures"]["work_minutes"] == {"old": 104 * H, "new": 120 * H}


def test_s30dl_a_plan_the_csv_holds_whole_is_still_no_changes(tmp_path, capsys):
    src = tmp_path / "plan.gantry"
    write_plan(_plan(False), src)
    csv = tmp_path / "plan.csv"
    assert main(["convert", str(src), str(csv)]) == 0
    capsys.readouterr()
    assert main(["diff", str(src), str(csv)]) == 0
    assert capsys.readouterr().out == "no changes\n"


def test_s30dl_a_duration_the_client_typed_in_the_csv_is_still_the_change(files, capsys):
    src, csv = files
    text = csv.read_text(encoding="utf-8-sig").replace("Design,5d", "Design,6d")
    csv.write_text(text, encoding="utf-8")
    assert main(["diff", str(src), str(csv)]) == 0
    out = capsys.readouterr().out
    assert "Duration 5d -> 6d" in out
    assert "Work 104h -> 128h" in out  # Ana's extra day and Ben's lost delay
