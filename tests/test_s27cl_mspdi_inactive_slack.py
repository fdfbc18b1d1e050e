"""MS Project XML written for a plan with an inactive task gave it <TotalSlack> and
<FreeSlack> (50 days of it here) where the window, the printout and gantry schedule
show none: an inactive task drives nothing (app/domain/inactive_slack.py). No MS Project file
with an inactive task was at hand; the schema lets a task leave both out (minOccurs 0), so an
inactive task's row now has neither, as the window shows it, and reads back the same."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import parse

from app.cli import main
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

_NS = "{http://schemas.microsoft.com/project}"


def _rows(path) -> dict[int, Element]:
    root = parse(str(path)).getroot()
    return {int(t.findtext(f"{_NS}UID")): t for t in root.iter(f"{_NS}Task")}


def test_s27cl_an_inactive_task_is_written_without_slack(shared_data, tmp_path, capsys):
    source = shared_data / "mspdi" / "sample.xml"  # MS Project 2002/2003's own
    plan = read_mspdi(source)
    plan.update_task(replace(plan.task(3), active=False))  # 'Third task': 50 days of slack
    written = tmp_path / "inactive.xml"
    write_mspdi(plan, written)
    rows = _rows(written)
    assert rows[3].findtext(f"{_NS}Active") == "0"
    assert rows[3].find(f"{_NS}TotalSlack") is None
    assert rows[3].find(f"{_NS}FreeSlack") is None
    assert (
        rows[7].findtext(f"{_NS}TotalSlack") == "144000"
    )  # an active one keeps its own (tenths of a minute)
    back = read_mspdi(written)
    assert back.task(3).active is False
    # read back, it is the plan written: nothing a user entered differs
    saved = tmp_path / "plan.gantry"
    assert main(["convert", str(written), str(saved)]) == 0
    capsys.readouterr()
    assert main(["diff", str(written), str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"changes": []}
    assert main(["schedule", str(written), "--json"]) == 0
    tasks = {t["uid"]: t for t in json.load(io.StringIO(capsys.readouterr().out))["tasks"]}
    assert tasks[3]["total_slack_minutes"] is None  # as the file says: none
