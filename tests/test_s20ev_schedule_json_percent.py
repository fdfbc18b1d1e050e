"""``gantry schedule --json`` gives each task's % complete as the sheet and MS Project XML do:
a summary's rolled up from its subtasks (it read 0 on a .gantry plan, where the window, the
report and the MSPDI export said 70), every value whole as MS Project stores it (6, not
6.266... for mspdiassignmentfields.xml)."""

from __future__ import annotations

import json
import re
from datetime import datetime

from app import formats
from app.cli.json_text import dumps
from app.cli.schedule_json import schedule_to_dict, schedule_to_json_data
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import GantryFile
from tests.cli.test_cli import gantry

MON = datetime(2027, 1, 4, 8, 0)
DAY = 480


def _phase_plan() -> Plan:
    """A phase of 4d done, 4d at 50 % and 2d at 1/3 (exact 33.33...) and 10d not begun:
    rolled up by duration, 4 + 2 + 2/3 of 20 days = 33.3 %, shown 33."""
    plan = Plan(project=Project(name="Phase", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Done", 2, duration_minutes=4 * DAY, percent_complete=100.0))
    plan.append_task(Task(3, "Half", 2, duration_minutes=4 * DAY, percent_complete=50.0))
    plan.append_task(Task(4, "Third", 2, duration_minutes=2 * DAY, percent_complete=100 / 3))
    plan.append_task(Task(5, "Later", 2, duration_minutes=10 * DAY))
    return plan


def _percents(data: dict) -> dict[int, float]:
    return {t["uid"]: t["percent_complete"] for t in data["tasks"]}


def test_s20ev_a_summary_reads_its_rolled_up_percent_on_every_writer():
    plan = _phase_plan()
    found = schedule(plan)
    rolled = found.get(1).percent_complete
    assert 33 < rolled < 34  # the domain's roll-up, as the sheet shows it (33 %)
    want = {1: 33.0, 2: 100.0, 3: 50.0, 4: 33.0, 5: 0.0}
    assert _percents(schedule_to_dict(plan, found)) == want
    assert _percents(json.loads(dumps(schedule_to_json_data(plan, schedule(plan)), str))) == want
    # a schedule given as TaskTimes (no columns): the same figures
    built = Schedule(found.start, found.finish, dict(found.times.items()))
    assert _percents(schedule_to_dict(plan, built)) == want


def test_s20ev_the_cli_on_a_gantry_file_gives_the_summary_its_subtasks_percent(tmp_path):
    path = tmp_path / "phase.gantry"
    GantryFile.create(path, _phase_plan()).close()
    result = gantry("schedule", path, "--json")
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)["tasks"]
    assert [(t["name"], t["percent_complete"]) for t in tasks] == [
        ("Phase", 33.0),
        ("Done", 100.0),
        ("Half", 50.0),
        ("Third", 33.0),
        ("Later", 0.0),
    ]
    # and MS Project XML written from the same file says the same of the summary
    xml = tmp_path / "phase.xml"
    assert gantry("convert", path, xml).returncode == 0
    stored = _stored_percents(xml.read_text())
    assert stored[1] == 33
    assert (
        json.loads(gantry("schedule", xml, "--json").stdout)["tasks"][0]["percent_complete"] == 33
    )


def _stored_percents(text: str) -> dict[int, int]:
    """Each task's <PercentComplete> in an MSPDI file (blank rows left out)."""
    out: dict[int, int] = {}
    for body in re.findall(r"<Task>(.*?)</Task>", text, re.S):
        uid = re.search(r"<UID>(\d+)</UID>", body)
        pc = re.search(r"<PercentComplete>(\d+)</PercentComplete>", body)
        if uid and pc and "<IsNull>1" not in body:
            out[int(uid.group(1))] = int(pc.group(1))
    return out


def test_s20ev_every_shared_mspdi_file_gives_ms_projects_own_percent(shared_data):
    """MS Project's stored <PercentComplete> of every task of the 30 files (12 under way
    or done, 6 of mspdiassignmentfields.xml's Task One among them: 6.27 before)."""
    compared = under_way = 0
    for path in sorted((shared_data / "mspdi").glob("*.xml")):
        stored = _stored_percents(path.read_text(encoding="utf-8"))
        plan = formats.read_plan(path)
        for uid, value in _percents(schedule_to_dict(plan, schedule(plan))).items():
            if uid in stored:
                assert value == stored[uid], (path.name, uid, value, stored[uid])
                compared += 1
                under_way += bool(value)
    assert compared > 80
    assert under_way >= 12
