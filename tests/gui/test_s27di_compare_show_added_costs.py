"""Compare with Plan…'s Show box kept Added/Removed and Costs untested (s27dx): a plan gaining
a task and a person's rate and a task's fixed cost changing. Each entry keeps its rows alone,
the added task named by its ID in the new plan, its UID in its column, the money as the
sheet shows it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app import formats
from app.cli.diff_document import report_between
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.compare_versions import CompareDialog
from tests.gui.test_s27dx_compare_filter import _visible

MON = datetime(2027, 1, 4, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Site", start=MON))
    for uid, name in ((10, "Dig"), (20, "Pour"), (30, "Frame")):
        plan.append_task(Task(uid, name, duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 10, 1, 1.0, 2 * DAY))
    return plan


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = _plan(), _plan()
    # Paint added between Dig and Pour: Pour and Frame now sit on IDs 3 and 4
    new.insert_tasks(1, [Task(50, "Paint", duration_minutes=DAY)])
    new.update_tasks([replace(new.task(30), fixed_cost=500.0)])
    new.update_resource(replace(new.resources[0], standard_rate=60.0))
    a, b = tmp_path / "before.gantry", tmp_path / "after.gantry"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    return a, b


def _show(dialog: CompareDialog, section: str) -> list[list[str]]:
    box = dialog.show_box
    entries = [box.itemText(i) for i in range(box.count())]
    picked = next(i for i, t in enumerate(entries) if t.startswith(section + " ("))
    box.setCurrentIndex(picked)
    rows = _visible(dialog)
    assert entries[picked] == f"{section} ({len(rows)})"  # the count it says is what it shows
    return rows


def test_s27di_show_added_removed_and_costs(qtbot, tmp_path: Path) -> None:
    report = report_between(*_pair(tmp_path))
    dialog = CompareDialog(report)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    added = _show(dialog, "Added/Removed")
    assert [r[:2] for r in added] == [["added", "ID 2 'Paint'"]]
    uids = dict(zip((r[1] for r in report.rows), report.uids, strict=True))
    assert uids["ID 2 'Paint'"] == "50"  # the UID in its own column (CSV, workbook)
    dialog.grab().save(str(tmp_path / "added.png"))

    costs = _show(dialog, "Costs")
    said = {(r[1], r[2], r[3], r[4], r[7]) for r in costs}  # item, field, old, new, cost change
    assert ("ID 4 'Frame'", "Fixed Cost", "€0.00", "€500.00", "+€500.00") in said
    # what the rate comes to: Ana's 16h on Dig at 10 more an hour (s27di: it was blank)
    assert ("resource 1 'Ana'", "Std. rate", "€50.00/h", "€60.00/h", "+€160.00") in said
    assert all(r[0] == "changed" for r in costs)
    assert not any("Paint" in r[1] for r in costs)
    dialog.grab().save(str(tmp_path / "costs.png"))
    dialog.close()
