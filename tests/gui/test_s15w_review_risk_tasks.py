"""Reviewing a returned workbook: a risk's edited Tasks cell reads as task names.

With the Risks sheet's Tasks column read back, the review would have listed the
change as "Task uids: 3, 1 -> 2, 3, 4", internal ids a PM never sees (the view
and the sheet name tasks by row ID). It reads "Tasks: Load, Extract ->
Transform, Load, Verify".
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.exchange.labels import field_label, show_value, with_parent_names


def test_a_risks_tasks_change_is_shown_by_task_name(tmp_path: Path) -> None:
    plan = Plan(project=Project(name="Migration"))
    for uid, name in ((1, "Extract"), (2, "Transform"), (3, "Load"), (4, "Verify")):
        plan.append_task(Task(uid, name, duration_minutes=480))
    plan.add_risk(Risk(1, "Data late", 0.4, 1000.0, task_uids=(3, 1)))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Risks"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Tasks") + 1).value = "2-4"
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(plan))
    names = {t.uid: t.name for t in plan.tasks}
    [shown] = [i.change for i in with_parent_names(items, names) if i.change.entity == "risk"]
    line = (
        f"{field_label(shown.field)}: {show_value(shown.field, shown.old, plan.project)}"
        f" -> {show_value(shown.field, shown.new, plan.project)}"
    )
    assert line == "Tasks: Load, Extract -> Transform, Load, Verify"
