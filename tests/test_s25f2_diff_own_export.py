"""A plan and its own MS Project XML compare equal, tasks tracked by % complete included.

Found: ``gantry diff plan.gantry plan.xml`` (the .xml from ``gantry convert``) listed
"Actual Start NA -> 2027-01-28 08:00" for every task with a % complete and no actual
date: the writer gives them MS Project's (a started task's Actual Start is its scheduled
start, as MS Project keeps it), the plan holds none. The writer keeps doing what MS
Project does; the diff compares both sides as MS Project holds them
(app/domain/diff_actual_dates.py), and a real change reads from the date MS Project shows.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.diff import diff_plans
from app.domain.plan import Plan

DEMO = resource_path("demo", "crm-rollout.gantry")
NS = "{http://schemas.microsoft.com/project}"


def _by_percent(plan: Plan, percents: dict[int, float]) -> Plan:
    """``plan`` with these tasks at these % complete and no actual dates (a GanttProject
    plan, a workbook: tracked by % alone)."""
    for i, t in enumerate(plan.tasks):
        if t.uid in percents:
            plan.tasks[i] = replace(
                t, percent_complete=percents[t.uid], actual_start=None, actual_finish=None
            )
    return plan


def _tracked_by_percent(plan: Plan) -> Plan:
    """``plan`` with every started task's actual dates dropped, its % kept."""
    return _by_percent(plan, {t.uid: t.percent_complete for t in plan.tasks if t.percent_complete})


def _diff_json(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> list[dict]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["changes"]


def _xml_actual_starts(path: Path) -> dict[int, str]:
    root = ET.parse(path).getroot()
    out = {}
    for row in root.iter(NS + "Task"):
        start = row.find(NS + "ActualStart")
        if start is not None:
            out[int(row.findtext(NS + "UID", "0"))] = str(start.text)
    return out


def _percent_demo(tmp_path: Path) -> Path:
    """The demo with a finished task (3) and two under way (11, 12) tracked by % alone."""
    plan = _by_percent(formats.read_plan(DEMO), {3: 100.0, 11: 50.0, 12: 25.0})
    path = tmp_path / "plan.gantry"
    formats.write_plan(plan, path)
    return path


def test_s25f2_percent_tracked_demo_equals_its_xml(tmp_path, capsys):
    plan = _percent_demo(tmp_path)
    xml = tmp_path / "plan.xml"
    assert main(["convert", str(plan), str(xml)]) == 0
    # the writer keeps MS Project's: a started task holds its scheduled start
    starts = _xml_actual_starts(xml)
    assert starts[11] == "2027-01-28T08:00:00"
    assert starts[12] == "2027-02-02T08:00:00"
    assert starts[3] == "2027-01-04T08:00:00"
    assert formats.read_plan(plan).task(11).actual_start is None  # the plan still holds none
    # and the two compare equal, either way round
    assert _diff_json(capsys, plan, xml) == []
    assert _diff_json(capsys, xml, plan) == []
    capsys.readouterr()
    assert main(["diff", str(plan), str(xml)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"


def test_s25f2_updated_demo_equals_its_xml(tmp_path, capsys):
    plan = tmp_path / "plan.gantry"
    plan.write_bytes(DEMO.read_bytes())
    assert main(["update", str(plan), "--through", "2027-02-05"]) == 0
    # and the same plan with its progress kept as % alone (as a workbook brings it)
    by_percent = tmp_path / "by_percent.gantry"
    formats.write_plan(_tracked_by_percent(formats.read_plan(plan)), by_percent)
    for path in (plan, by_percent):
        xml = path.with_suffix(".xml")
        assert main(["convert", str(path), str(xml)]) == 0
        assert _diff_json(capsys, path, xml) == []
    assert _diff_json(capsys, plan, by_percent) == []  # the dates update set are the scheduled


def test_s25f2_real_actual_start_change_reads_from_the_shown_date(tmp_path, capsys):
    plan = _percent_demo(tmp_path)
    moved = tmp_path / "moved.xml"
    assert main(["progress", str(plan), "--task", "11", "--actual-start", "2027-02-01"]) == 0
    # progress wrote the plan itself: start again from the % alone, the change in the xml
    assert main(["convert", str(plan), str(moved)]) == 0
    plan = _percent_demo(tmp_path)
    changes = _diff_json(capsys, plan, moved)
    # task 12 follows 11: moved.xml holds the later start it was scheduled at when written
    assert [(c["uid"], c["field"], c["old"], c["new"]) for c in changes] == [
        (11, "actual_start", "2027-01-28T08:00", "2027-02-01T08:00"),
        (12, "actual_start", "2027-02-02T08:00", "2027-02-04T08:00"),
    ]


def test_s25f2_undo_still_compares_as_kept(tmp_path):
    plan = formats.read_plan(_percent_demo(tmp_path))
    xml = tmp_path / "plan.xml"
    formats.write_plan(plan, xml)
    back = formats.read_plan(xml)
    dated = [c for c in diff_plans(plan, back) if c.entity == "task"]  # .xml keeps no risks
    assert dated == []
    exact = {(c.uid, c.field) for c in diff_plans(plan, back, exact=True)}
    assert {(11, "actual_start"), (12, "actual_start"), (3, "actual_start")} <= exact


def _mspdi_with_progress(shared_data: Path) -> list[Path]:
    found = []
    for path in sorted((shared_data / "mspdi").glob("*.xml")):
        root = ET.parse(path).getroot()
        if any(
            float(row.findtext(NS + "PercentComplete") or 0) > 0 for row in root.iter(NS + "Task")
        ):
            found.append(path)
    return found


def test_s25f2_ms_project_holds_an_actual_start_on_every_started_task(shared_data):
    """The oracle for the writer: MS Project's own files give each started row one."""
    files = _mspdi_with_progress(shared_data)
    assert len(files) >= 5
    for path in files:
        root = ET.parse(path).getroot()
        for row in root.iter(NS + "Task"):
            if float(row.findtext(NS + "PercentComplete") or 0) > 0:
                assert row.find(NS + "ActualStart") is not None, (
                    path.name,
                    row.findtext(NS + "UID"),
                )


def test_s25f2_shared_files_tracked_by_percent_equal_their_xml(shared_data, tmp_path, capsys):
    for path in _mspdi_with_progress(shared_data):
        plan = _tracked_by_percent(formats.read_plan(path))
        gantry, xml = tmp_path / f"{path.stem}.gantry", tmp_path / f"{path.stem}.xml"
        formats.write_plan(plan, gantry)
        formats.write_plan(plan, xml)
        changes = _diff_json(capsys, gantry, xml)
        assert [c for c in changes if c.get("field") in ("actual_start", "actual_finish")] == [], (
            path.name
        )
