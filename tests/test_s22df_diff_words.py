"""``gantry diff`` names a changed field as the sheets title it, never by the name the plan
keeps it under; ``--json`` keeps the field names (the machine contract).

Found by a tester: ``duration_minutes 0.5d -> 7d`` and ``work_minutes 4h -> 56h``, where the
task sheet says Duration and Work.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.diff_titles import RESOURCE_TITLES, RISK_TITLES, diff_title
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.diff import (
    ASSIGNMENT_FIELDS,
    LINK_FIELDS,
    RESOURCE_FIELDS,
    RISK_FIELDS,
    TASK_FIELDS,
    PlanChange,
)
from app.domain.diff_baselines import ENTRY_FIELDS
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
# "': duration_minutes", "': lag_unit": a field as the plan keeps it, not as a user reads it
KEPT_NAME = re.compile(r"': [a-z]+_[a-z_]+ ")


def _diff(tmp_path: Path, capsys: pytest.CaptureFixture[str], old: Plan, new: Plan) -> str:
    a, b = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    capsys.readouterr()
    assert main(["diff", str(a), str(b)]) == 0
    return capsys.readouterr().out


def _edited(plan: Plan) -> Plan:
    """The demo with a leaf's duration, constraint, progress and mode, a person's max units
    and an assignment's units and work changed."""
    new = formats.read_plan(DEMO)
    row = next(i for i, t in enumerate(new.tasks) if t.uid == 4)
    task = new.tasks[row]
    new.tasks[row] = replace(
        task,
        duration_minutes=task.duration_minutes * 2,
        constraint_type=ConstraintType.SNET,
        constraint_date=datetime(2027, 1, 11, 8, 0),
        percent_complete=40,
        estimated=True,
    )
    new.resources[0] = replace(new.resources[0], max_units=0.5)
    a = new.assignments[0]
    new.assignments[0] = replace(a, units=1.5, work_minutes=a.work_minutes + 480)
    return new


def test_s22df_every_field_diff_lists_has_a_title() -> None:
    project = [("project", f) for f in ("name", "start", "custom_fields", "status_date")]
    fields = [
        *project,
        *(("task", f) for f in [*TASK_FIELDS, "parent", "splits"]),
        *(("link", f) for f in [*LINK_FIELDS, "lag_unit"]),
        *(("resource", f) for f in RESOURCE_FIELDS),
        *(("assignment", f) for f in ASSIGNMENT_FIELDS),
        *(("risk", f) for f in RISK_FIELDS),
    ]
    untitled = [
        (entity, field)
        for entity, field in fields
        if diff_title(PlanChange(entity, 1, "x", "changed", field)) is None
    ]
    assert untitled == []
    for field in ENTRY_FIELDS:
        assert diff_title(PlanChange("baseline", "0:1", "x", "changed", field)) is not None
    start = PlanChange("baseline", "3:1", "x", "changed", "start")
    assert diff_title(start) == "Baseline3 Start"  # MS Project's field


def test_s22df_titles_are_the_team_and_risk_views_columns() -> None:
    from app.ui.models.risk_model import _FIELDS, RISK_HEADERS
    from app.ui.team.roster_model import HEADERS, RosterColumn

    for column, field in _FIELDS.items():
        assert RISK_TITLES[field] == RISK_HEADERS[column]
    roster = {
        RosterColumn.NAME: "name",
        RosterColumn.MAX_UNITS: "max_units",
        RosterColumn.STANDARD_RATE: "standard_rate",
        RosterColumn.OVERTIME_RATE: "overtime_rate",
        RosterColumn.COST_PER_USE: "cost_per_use",
        RosterColumn.CAN_LEVEL: "can_level",
    }
    for column, field in roster.items():
        assert RESOURCE_TITLES[field] == HEADERS[column]


def test_s22df_the_demo_edited_reads_in_the_sheets_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = formats.read_plan(DEMO)
    out = _diff(tmp_path, capsys, old, _edited(old))
    name = old.task(4).name
    lines = out.splitlines()
    assert f"changed  ID 4 '{name}': Duration 5d -> 10d" in lines
    assert f"changed  ID 4 '{name}': Estimated No -> Yes" in lines
    assert (
        f"changed  ID 4 '{name}': Constraint Type As Soon As Possible -> "
        "Start No Earlier Than 2027-01-11 08:00"
    ) in lines
    # s27di: a task's progress is one line of the progress section, after the moves
    assert f"  ID 4 '{name}': 0% -> 40%" in lines[lines.index("progress: 1 task") :]
    person = old.resources[0].name
    assert f"changed  resource 1 '{person}': Max units 100% -> 50%" in lines
    work = [line for line in lines if line.startswith(f"changed  {person} on ID ")]  # s28df
    assert [line.split("': ")[1] for line in work] == ["Units 100% -> 150%", "Work 24h -> 32h"]
    assert KEPT_NAME.search(out) is None


def test_s22df_json_keeps_the_field_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = formats.read_plan(DEMO)
    a, b = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(old, a)
    formats.write_plan(_edited(old), b)
    capsys.readouterr()
    assert main(["diff", str(a), str(b), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    fields = {c["field"] for c in changes}
    assert {"duration_minutes", "constraint", "percent_complete", "estimated"} <= fields
    assert {"units", "work_minutes", "max_units"} <= fields
    duration = next(c for c in changes if c["field"] == "duration_minutes")
    assert (duration["old"], duration["new"]) == (2400, 4800)


def test_s22df_baselines_and_status_date_read_as_their_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = formats.read_plan(DEMO)
    old.baselines.clear()
    new = formats.read_plan(DEMO)
    new.baselines.clear()
    sched = schedule(new)
    new.baselines[0] = snapshot(new, sched, compute_costs(new, sched), 0, datetime(2027, 1, 4))
    new.project = replace(new.project, status_date=datetime(2027, 1, 8, 17, 0))
    out = _diff(tmp_path, capsys, old, new)
    assert "Status date NA -> 2027-01-08 17:00" in out
    assert "added    Baseline (0), saved 2027-01-04 00:00" in out
    assert KEPT_NAME.search(out) is None


@pytest.mark.parametrize("suffix", [".gantry", ".xml"])
def test_s22df_the_demo_against_itself_has_no_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    copy = tmp_path / f"copy{suffix}"
    assert main(["convert", str(DEMO), str(copy)]) == 0
    capsys.readouterr()
    assert main(["diff", str(DEMO), str(copy)]) == 0
    assert capsys.readouterr().out == "no changes\n"
