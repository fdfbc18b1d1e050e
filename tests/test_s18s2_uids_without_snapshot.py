"""A workbook whose hidden _gantry sheet was deleted keeps its tasks' UIDs.

Found: read without the snapshot, the Plan sheet's tasks were numbered by row, not by
the hidden UID column the sheet carries (Gantry's CSV reader uses that column): in a plan
whose first task had been deleted, every task came back one uid down, so a compare with
the plan matched each task with the one before it, and the risks' and materials' tasks
were read by row too.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.domain.diff import diff_plans
from app.domain.task import Task
from app.io.excel_import import read_workbook
from tests.test_s18s_no_snapshot import _plan, _without_snapshot


def _gapped():
    """The slab plan with 'Strip' (uid 4: uid 3 was a task deleted since) put between
    Pour (1) and Cure (2): rows 1, 2, 3 hold uids 1, 4, 2."""
    plan = _plan()
    plan.insert_tasks(1, [Task(4, "Strip", 1, duration_minutes=8 * 60)])
    return plan


def test_s18s2_tasks_keep_the_hidden_uid_column(tmp_path: Path) -> None:
    plan = _gapped()
    read = read_workbook(_without_snapshot(tmp_path, plan))
    assert [(t.uid, t.name) for t in read.tasks] == [(1, "Pour"), (4, "Strip"), (2, "Cure")]
    changes = diff_plans(plan, read)
    assert [c for c in changes if c.entity == "task" and c.field == "name"] == []
    (risk,) = read.risks
    assert risk.task_uids == (2,)  # Cure, named by the # of its row (3)
    concrete = next(r for r in read.resources if r.name == "Concrete")
    assert sorted(
        (a.task_uid, a.units) for a in read.assignments if a.resource_uid == concrete.uid
    ) == [
        (1, 12.5),
        (2, 2.0),
    ]


def test_s18s2_a_row_added_without_a_uid_gets_a_fresh_one(tmp_path: Path) -> None:
    path = _without_snapshot(tmp_path, _gapped())
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    row = ws.max_row + 1
    ws.cell(row, header.index("Task") + 1).value = "Backfill"
    ws.cell(row, header.index("Duration") + 1).value = "1 d"
    copied = ws.max_row + 1  # a row copied with its hidden uid: the copy is a new task
    for col in range(1, len(header) + 1):
        ws.cell(copied, col).value = ws.cell(2, col).value
    ws.cell(copied, header.index("Task") + 1).value = "Pour again"
    ws.cell(copied, header.index("#") + 1).value = copied - 1
    wb.save(path)
    read = read_workbook(path)
    assert [(t.uid, t.name) for t in read.tasks] == [
        (1, "Pour"),
        (4, "Strip"),
        (2, "Cure"),
        (5, "Backfill"),
        (6, "Pour again"),
    ]
