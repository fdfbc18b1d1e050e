"""MS Project XML carries each person's overtime done and money as the cost report has them.

Found: the export wrote an assignment's <ActualOvertimeWork> only when a file had given
one, not the share the cost model bills at the overtime rate since b4c970b (Overtime Work
x % work complete), and no <ActualCost>/<RemainingCost> per assignment: MS Project,
reading a plan tracked by % complete, billed its overtime done at the standard rate.
Now the three are written as the cost report reads them; on MS Project's own files they
are what MS Project stored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from app import formats
from app.assets import resource_path
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.scheduler import schedule

DEMO = resource_path("demo", "crm-rollout.gantry")
NS = "{http://schemas.microsoft.com/project}"
HOUR = 60


def _rows(path: Path) -> dict[int, dict[str, str | None]]:
    """Each assignment's children by tag (text), by UID."""
    out = {}
    for row in ET.parse(path).getroot().iter(NS + "Assignment"):
        if row.find(NS + "TaskUID") is None:
            continue
        fields = {child.tag.removeprefix(NS): child.text for child in row}
        out[int(str(fields["UID"]))] = fields
    return out


def _minutes(text: str | None) -> float:
    """``PT2H0M5.07S`` as minutes."""
    assert text is not None
    assert text.startswith("PT")
    hours, rest = text[2:].split("H")
    mins, secs = rest.rstrip("S").split("M")
    return int(hours) * 60 + int(mins) + float(secs) / 60


def _overtime_demo() -> tuple[Plan, int]:
    """The demo with 16h of Solution architecture's 64h done as overtime, the task 50 %
    done by % complete alone (no actual work typed); and that assignment's UID."""
    plan = formats.read_plan(DEMO)
    i, a = next((i, a) for i, a in enumerate(plan.assignments) if a.task_uid == 11)
    plan.assignments[i] = replace(a, overtime_work_minutes=16 * HOUR)
    k = next(k for k, t in enumerate(plan.tasks) if t.uid == 11)
    plan.tasks[k] = replace(plan.tasks[k], percent_complete=50.0)
    return plan, a.uid


def test_s25f2_overtime_share_and_money_written(tmp_path):
    plan, uid = _overtime_demo()
    costs = compute_costs(plan, schedule(plan))
    priced = costs.assignments[uid]
    path = tmp_path / "plan.xml"
    formats.write_plan(plan, path)
    row = _rows(path)[uid]
    assert row["ActualOvertimeWork"] == "PT8H0M0S"  # 16h x 50 %
    assert row["ActualWork"] == "PT32H0M0S"
    assert int(str(row["ActualCost"])) == round(priced.actual_cost * 100)
    assert int(str(row["RemainingCost"])) == round((priced.cost - priced.actual_cost) * 100)
    assert int(str(row["ActualCost"])) + int(str(row["RemainingCost"])) == int(str(row["Cost"]))
    # the schema's order: ActualCost before ActualOvertimeWork, RemainingCost before Units
    tags = list(row)
    assert tags.index("ActualCost") < tags.index("ActualOvertimeWork") < tags.index("ActualWork")
    assert tags.index("OvertimeWork") < tags.index("RemainingCost") < tags.index("Units")


def test_s25f2_read_back_costs_the_same(tmp_path):
    plan, uid = _overtime_demo()
    before = compute_costs(plan, schedule(plan))
    path = tmp_path / "plan.xml"
    formats.write_plan(plan, path)
    back = formats.read_plan(path)
    assert next(a for a in back.assignments if a.uid == uid).actual_overtime_work_minutes == 480
    after = compute_costs(back, schedule(back))
    assert after.assignments[uid].actual_cost == before.assignments[uid].actual_cost
    assert after.task_actual_cost[11] == before.task_actual_cost[11]
    assert round(after.total_actual_cost, 2) == round(before.total_actual_cost, 2)
    # not the standard rate on all 32h done: the 8h of overtime at its own rate
    person = next(r for r in plan.resources if r.uid == before.assignments[uid].resource_uid)
    standard_only = 32 * person.standard_rate
    overtime = 24 * person.standard_rate + 8 * person.overtime_rate
    assert person.overtime_rate != person.standard_rate
    assert abs(before.assignments[uid].actual_cost - overtime) < abs(
        before.assignments[uid].actual_cost - standard_only
    )


def test_s25f2_no_overtime_writes_none(tmp_path):
    plan = formats.read_plan(DEMO)
    path = tmp_path / "plan.xml"
    formats.write_plan(plan, path)
    rows = _rows(path).values()
    assert all("ActualOvertimeWork" not in row for row in rows)
    assert all(row["ActualCost"] == "0" for row in rows)  # nothing started
    assert all(row["RemainingCost"] == row["Cost"] for row in rows)


def test_s25f2_ms_project_files_money_as_stored(shared_data, tmp_path):
    """Oracle: every shared MS Project file written back holds the <ActualCost>,
    <RemainingCost> and <ActualOvertimeWork> MS Project stored on each assignment (to ten
    cents: MS Project keeps seconds of work, the reader whole minutes: 2h0m5.07s done,
    11108.45 hundredths where 2h is 11100)."""
    compared = with_money = 0
    for source in sorted((shared_data / "mspdi").glob("*.xml")):
        out = tmp_path / source.name
        formats.write_plan(formats.read_plan(source), out)
        ours = _rows(out)
        for uid, theirs in _rows(source).items():
            mine = ours.get(uid)
            if theirs.get("ActualCost") is None or mine is None or mine["ResourceUID"] == "-65535":
                continue  # a split task's placeholder row for no one: no money
            compared += 1
            with_money += float(str(theirs["ActualCost"])) > 0
            for tag in ("ActualCost", "RemainingCost"):
                assert abs(float(str(theirs[tag])) - float(str(mine[tag]))) <= 10, (
                    source.name,
                    uid,
                    tag,
                )
            stored = _minutes(theirs.get("ActualOvertimeWork") or "PT0H0M0S")
            written = _minutes(mine.get("ActualOvertimeWork") or "PT0H0M0S")
            assert abs(stored - written) < 1, (source.name, uid)
    assert compared >= 40
    assert with_money >= 3  # mspdiassignmentfields 2, mspdiresource 1
