"""A summary's estimated mark is its subtasks', not its own: MS Project writes
``<Estimated>1`` on a summary above an estimated task, which read back as the summary's own
(the Sprints plan's 12 sprints came back estimated, 66 for 54, and ``gantry diff`` said
nothing); and ``gantry schedule`` printed ``7d`` where the sheet and the PDF show ``7d?``."""

from __future__ import annotations

import json
from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.report.columns import CellText
from app.store.document import write_plan

DAY = 480


def _plan() -> Plan:
    """Sprint 1 (over Story A 3d? and Story B 2d), Sprint 2 (over Story C 4d), a release."""
    plan = Plan(project=Project(name="Sprints", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Sprint 1", 1))
    plan.append_task(Task(2, "Story A", 2, duration_minutes=3 * DAY, estimated=True))
    plan.append_task(Task(3, "Story B", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Sprint 2", 1))
    plan.append_task(Task(5, "Story C", 2, duration_minutes=4 * DAY))
    plan.append_task(Task(6, "Release", 1, duration_minutes=DAY, estimated=True))
    return plan


def _durations(out: str) -> dict[str, str]:
    lines = out.splitlines()
    name, start, at = (lines[0].index(word) for word in ("Name", "Start", "Duration"))
    rows = {}
    for line in lines[1:]:
        if not line.strip():
            break
        rows[line[name:start].strip()] = line[at:].split()[0]
    return rows


def test_s25su_mspdi_reads_a_summarys_estimated_as_rolled_up(tmp_path):
    path = tmp_path / "sprints.xml"
    write_mspdi(_plan(), path)
    text = path.read_text(encoding="utf-8")
    # the file says it on Sprint 1 as MS Project does (the <Estimated> of its row)
    sprint1 = text[text.index("<Name>Sprint 1</Name>") : text.index("<Name>Story A</Name>")]
    assert "<Estimated>1</Estimated>" in sprint1
    plan = read_mspdi(path)
    flags = {t.name: t.estimated for t in plan.tasks}
    assert flags == {
        "Sprint 1": False,
        "Story A": True,
        "Story B": False,
        "Sprint 2": False,
        "Story C": False,
        "Release": True,
    }
    # still shown rolled up, and written back the same
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "duration") == "3d?"
    again = tmp_path / "again.xml"
    write_mspdi(plan, again)
    assert again.read_text(encoding="utf-8").count("<Estimated>1</Estimated>") == text.count(
        "<Estimated>1</Estimated>"
    )


def test_s25su_round_trip_diff_says_no_changes(tmp_path, capsys):
    gantry, xml = tmp_path / "sprints.gantry", tmp_path / "sprints.xml"
    write_plan(_plan(), gantry)
    assert main(["convert", str(gantry), str(xml)]) == 0
    capsys.readouterr()
    assert main(["diff", str(gantry), str(xml)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
    assert sum(t.estimated for t in read_mspdi(xml).tasks) == 2


def test_s25su_schedule_prints_the_summarys_mark_as_the_sheet(tmp_path, capsys):
    plan = _plan()
    cells = CellText(plan, schedule(plan), {})
    shown = {t.name: cells.text(t.uid, "duration") for t in plan.tasks}
    assert shown["Sprint 1"] == "3d?"
    assert shown["Sprint 2"] == "4d"
    path = tmp_path / "sprints.gantry"
    write_plan(plan, path)
    assert main(["schedule", str(path)]) == 0
    assert _durations(capsys.readouterr().out) == shown
    assert main(["schedule", str(path), "--json"]) == 0
    tasks = json.loads(capsys.readouterr().out)["tasks"]
    assert [e["duration_text"] for e in tasks] == list(shown.values())
