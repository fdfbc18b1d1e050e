"""``gantry diff`` beside a format that keeps less than the plan (review s29rv H1, M5, H6):
a .gan or CSV keeps each person's units alone, so a Delay and people's own work come back as
the task's span; a workbook without round-trip data the same; MS Project XML keeps a person's
baseline Start, Finish, Work and Cost but not how it was spread. The diff must not answer
"no changes" while Cost moves by thousands, and must name what it could not compare."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan


def _plan(delay: bool = True) -> Plan:
    """Design 5d Ana -> Write 5d: Ana 40h, Ben 24h from day 4 (a 3d Delay), baselined."""
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8), name="Delay demo"))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Write", duration_minutes=5 * 480))
    plan.add_link(Link(predecessor=1, successor=2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100))
    plan.add_resource(Resource(2, "Ben", standard_rate=80))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 40 * 60))
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 24 * 60 if delay else 40 * 60))
    if delay:
        plan.update_assignment(replace(plan.assignment(3), delay_minutes=3 * 480))
    return plan


def _saved(tmp_path: Path, plan: Plan, baseline: bool = True) -> Path:
    """``plan`` saved, with Set Baseline run on it as ``gantry baseline`` does."""
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    if baseline:
        assert main(["baseline", str(path)]) == 0
    return path


@pytest.mark.parametrize("ext", [".gan", ".csv"])
def test_s29d3_diff_names_the_delay_and_work_a_gan_or_csv_cannot_hold(tmp_path, capsys, ext):
    src = _saved(tmp_path, _plan())
    other = tmp_path / f"plan{ext}"
    assert main(["convert", str(src), str(other)]) == 0
    capsys.readouterr()
    assert main(["diff", str(src), str(other)]) == 0
    err = capsys.readouterr().err
    assert "assignments' Delay, work" in err
    assert f"(1 person delayed in plan.gantry) not compared: plan{ext}" in err


def test_s29d3_a_gan_that_costs_more_is_not_no_changes(tmp_path, capsys):
    src = _saved(tmp_path, _plan())
    gan = tmp_path / "plan.gan"
    assert main(["convert", str(src), str(gan)]) == 0
    capsys.readouterr()
    assert main(["diff", str(src), str(gan)]) == 0
    out = capsys.readouterr().out
    assert "no changes" not in out
    # Ben's 24h from day 4 became 40h over Write's span: +16h at 80/h; the budget is gone
    assert out.startswith("figures: Cost 9,920.00 -> 11,200.00 (+1,280.00); Work 104h -> 120h")
    assert "BAC 9,920.00 -> 0.00" in out
    assert main(["diff", str(src), str(gan), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changes"] == []
    assert data["figures"]["cost"] == {"old": 9920.0, "new": 11200.0}


def test_s29d3_the_change_report_shows_the_figures_too(tmp_path, capsys):
    src = _saved(tmp_path, _plan())
    gan = tmp_path / "plan.gan"
    assert main(["convert", str(src), str(gan)]) == 0
    report = tmp_path / "changes.csv"
    assert main(["diff", str(src), str(gan), "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8-sig")
    assert "Cost,9920.00,11200.00,1280.00" in text
    assert "Not compared,\"assignments' Delay" in text


def test_s29d3_same_figures_and_nothing_changed_is_still_no_changes(tmp_path, capsys):
    src = _saved(tmp_path, _plan(delay=False), baseline=False)  # nothing a .gan loses
    gan = tmp_path / "plan.gan"
    assert main(["convert", str(src), str(gan)]) == 0
    capsys.readouterr()
    assert main(["diff", str(src), str(gan)]) == 0
    assert capsys.readouterr().out == "no changes\n"


def test_s29d3_no_roundtrip_workbook_notes_and_diff_name_the_delay(tmp_path, capsys):
    src = _saved(tmp_path, _plan())
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(src), str(book), "--no-roundtrip"]) == 0
    err = capsys.readouterr().err
    assert "1 assignment delay not saved (Ben on 'Write' 3d); client.xlsx (no _gantry sheet)" in err
    assert main(["diff", str(src), str(book)]) == 0
    captured = capsys.readouterr()
    assert "assignments' work and Delay;" in captured.err
    assert captured.out.startswith("figures: Cost")


def test_s29d3_a_workbook_with_its_sheet_says_nothing_of_the_delay(tmp_path, capsys):
    src = _saved(tmp_path, _plan())
    assert main(["convert", str(src), str(tmp_path / "full.xlsx")]) == 0
    assert "delay" not in capsys.readouterr().err


def test_s29d3_xml_write_and_diff_name_the_baseline_spread(tmp_path, capsys):
    src = _saved(tmp_path, _plan())
    xml = tmp_path / "plan.xml"
    back = tmp_path / "back.gantry"
    assert main(["convert", str(src), str(xml)]) == 0
    err = capsys.readouterr().err
    assert "3 assignments' baseline spread not saved" in err
    assert main(["diff", str(src), str(xml)]) == 0
    assert "3 assignments' baseline spread not compared: plan.xml keeps" in capsys.readouterr().err
    assert main(["convert", str(xml), str(back)]) == 0
    capsys.readouterr()
    assert main(["diff", str(src), str(back)]) == 0
    err = capsys.readouterr().err
    assert "3 assignments' baseline spread in plan.gantry, not in back.gantry" in err
    assert main(["diff", str(src), str(src)]) == 0
    assert "baseline spread" not in capsys.readouterr().err


def test_s29d3_no_baseline_no_spread_note(tmp_path, capsys):
    src = _saved(tmp_path, _plan(), baseline=False)
    assert main(["convert", str(src), str(tmp_path / "plan.xml")]) == 0
    assert "baseline spread" not in capsys.readouterr().err
