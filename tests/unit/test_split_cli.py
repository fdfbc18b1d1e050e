"""Split tasks through the command line: MS Project XML -> .gantry -> schedule and back."""

from __future__ import annotations

import json

from app.cli import main
from app.domain.splits import Split
from app.io.mspdi import read_mspdi
from app.store.document import read_plan

DAY = 480


def test_split_file_converts_and_schedules_as_ms_project(shared_data, tmp_path, capsys):
    source = shared_data / "mspdi" / "mspdisplittask.xml"
    plan_file = tmp_path / "split.gantry"
    assert main(["convert", str(source), str(plan_file)]) == 0
    assert read_plan(plan_file).task(1).splits == (Split(4 * DAY, 3 * DAY),)
    capsys.readouterr()
    assert main(["schedule", str(plan_file), "--json"]) == 0
    tasks = {t["uid"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    # MS Project's own figures, stored in the file
    assert tasks[1]["finish"] == "2006-10-09T17:00:00"
    assert tasks[1]["duration_minutes"] == 10 * DAY
    assert tasks[1]["total_slack_minutes"] == 7 * DAY
    assert tasks[2]["finish"] == "2006-10-18T17:00:00"
    assert tasks[2]["critical"]
    back = tmp_path / "back.xml"
    assert main(["convert", str(plan_file), str(back)]) == 0
    assert [t.splits for t in read_mspdi(back).tasks] == [
        t.splits for t in read_mspdi(source).tasks
    ]
