"""``gantry schedule --json`` gives each task's ``actual_work_minutes`` and
``remaining_work_minutes`` (keys added, none renamed): a burn-down script reads what is
done and what is left without working it out from % complete (tester s31xa, M4)."""

from __future__ import annotations

import json

from app.cli.json_text import dumps
from app.cli.schedule_json import TASK_KEYS, schedule_to_dict, schedule_to_json_data
from app.domain.scheduler import schedule
from app.store.document import write_plan
from tests.cli.test_cli import gantry
from tests.s31bd_plan import sprint_plan

# uid: (work, actual work, remaining work) in minutes, hand computed (tests/s31bd_plan.py)
EXPECTED = {
    1: (4800, 2400 + 960, 1440),  # the sprint: its subtasks'
    2: (2400, 2400, 0),  # done
    3: (2400, 960, 1440),  # 40 % of 40h done
}


def _figures(tasks: list[dict[str, object]]) -> dict[object, tuple[object, ...]]:
    keys = ("work_minutes", "actual_work_minutes", "remaining_work_minutes")
    return {t["uid"]: tuple(t[k] for k in keys) for t in tasks}


def test_s31bd_both_writers_give_actual_and_remaining_work():
    plan = sprint_plan()
    found = schedule(plan)
    whole = schedule_to_dict(plan, found)
    assert _figures(whole["tasks"]) == EXPECTED
    assert {"actual_work_minutes", "remaining_work_minutes", "work_minutes"} <= set(TASK_KEYS)
    fast = json.loads(dumps(schedule_to_json_data(plan, found), str))
    assert fast == json.loads(json.dumps(whole))


def test_s31bd_gantry_schedule_json_prints_them(tmp_path):
    path = tmp_path / "sprint.gantry"
    write_plan(sprint_plan(), path)
    result = gantry("schedule", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert _figures(json.loads(result.stdout)["tasks"]) == EXPECTED
