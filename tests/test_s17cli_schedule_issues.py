"""``gantry schedule`` and ``info`` report the scheduler's conflicts (issue 3, item 4).

Conflicting constraints still schedule, as in MS Project: the links win, negative slack
shows where, and the conflict is named, on the command line as in the window's status
bar and indicators. No file in shared/data holds a conflict (no negative TotalSlack in
any MSPDI file), so the conflicting plan is built here and written as MS Project XML;
the clean case is a real file.
"""

from __future__ import annotations

import json
from datetime import datetime

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.formats import read_plan, write_plan
from app.report.indicators import TaskIndicators

_DAY = 480
_MON = datetime(2026, 3, 2, 8, 0)

_REVIEW = "'Review' must start on its constraint date but its links push it later"
_SHIP = "'Ship' finishes after its deadline"


def _conflicting(tmp_path):
    """Prep (5d) -> Review, which must start on Wed 03-04 -> Ship, due Thu 03-05."""
    plan = Plan(project=Project(name="Clash", start=_MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Prep", 2, duration_minutes=5 * _DAY))
    plan.append_task(
        Task(
            3,
            "Review",
            2,
            duration_minutes=_DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 3, 4, 8, 0),
        )
    )
    plan.append_task(
        Task(4, "Ship", 1, duration_minutes=2 * _DAY, deadline=datetime(2026, 3, 5, 17, 0))
    )
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4))
    path = tmp_path / "clash.xml"
    write_plan(plan, path)
    return path


def _json(capsys, *args: str) -> dict:
    assert main(["schedule", *args, "--json"]) == 0  # a conflict is a result, not an error
    return json.loads(capsys.readouterr().out)


def test_s17cli_json_lists_each_conflict_with_its_task(tmp_path, capsys):
    data = _json(capsys, str(_conflicting(tmp_path)))
    assert data["issues"] == [
        {"uid": 3, "wbs": "1.2", "name": "Review", "kind": "constraint-broken", "message": _REVIEW},
        {"uid": 4, "wbs": "2", "name": "Ship", "kind": "deadline", "message": _SHIP},
    ]
    slack = {t["uid"]: t["total_slack_minutes"] for t in data["tasks"]}
    assert slack[2] < 0  # the links win: the chain before Review has negative slack


def test_s17cli_kind_is_the_mark_the_windows_row_shows(tmp_path, capsys):
    path = _conflicting(tmp_path)
    data = _json(capsys, str(path))
    plan = read_plan(path)
    marks = TaskIndicators(plan, schedule(plan))
    for issue in data["issues"]:
        assert issue["kind"] in {m.kind.value for m in marks.of(issue["uid"])}


def test_s17cli_every_json_path_carries_the_issues(tmp_path, capsys):
    """The fast writer, the sorted and the filtered ones: the same list, whatever is shown."""
    path = str(_conflicting(tmp_path))
    plain = _json(capsys, path)["issues"]
    assert _json(capsys, path, "--sort", "name")["issues"] == plain
    assert _json(capsys, path, "--filter", "milestones")["issues"] == plain


def test_s17cli_text_names_each_conflict_after_the_table(tmp_path, capsys):
    assert main(["schedule", str(_conflicting(tmp_path))]) == 0
    out = capsys.readouterr().out
    table, _sep, rest = out.partition("\n\n")
    assert "Review" in table
    assert "Scheduling issues" not in table
    assert rest.splitlines()[:3] == [
        "Scheduling issues: 2",
        f"  1.2  {_REVIEW}",
        f"  2    {_SHIP}",
    ]
    assert rest.splitlines()[-1].startswith("Clash: ")  # the span line stays last


def test_s17cli_info_counts_the_conflicts(tmp_path, capsys):
    assert main(["info", str(_conflicting(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Issues:         2 (gantry schedule names them)\n" in out


def test_s17cli_a_clean_real_plan_has_no_issues(shared_data, capsys):
    path = str(shared_data / "mpp" / "schedule-conflict.xml")  # its links all hold
    assert _json(capsys, path)["issues"] == []
    assert _json(capsys, path, "--sort", "start")["issues"] == []
    assert main(["schedule", path]) == 0
    assert "Scheduling issues" not in capsys.readouterr().out
    assert main(["info", path]) == 0
    assert "Issues:         none\n" in capsys.readouterr().out
