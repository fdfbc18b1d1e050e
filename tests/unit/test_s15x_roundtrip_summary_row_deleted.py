"""A client who deletes a summary row from the workbook removes that summary, not the outline.

Found on the demo's client workbook: the client deleted the row of
'Initiation and discovery' (level 1) and kept its subtasks. The import made the
first subtask, the 'Project kick-off' milestone, the summary of the seven
others (its duration and % complete then 'changed to None' in the review) and
Accept all nested them under it. Its subtasks now move up one level, in place:
MS Project's outdent, the only reading that keeps every row what it was.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.diff import diff_plans
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


def _delete_row_of(path: Path, name: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    column = [c.value for c in ws[1]].index("Task") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, column).value.strip() == name)
    ws.delete_rows(row)
    wb.save(path)


def test_the_subtasks_of_a_deleted_summary_move_up_a_level(tmp_path: Path) -> None:
    plan = sample_plan()  # 1 Design (2 formula-named, 3 Review), 4 Build, 5 Manual, 6 Done
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    _delete_row_of(path, "Design")
    theirs = read_roundtrip_workbook(path).theirs
    assert [(t.uid, t.outline_level) for t in theirs.tasks] == [
        (2, 1),
        (3, 1),
        (4, 1),
        (5, 1),
        (6, 1),
    ]
    changes = diff_plans(plan, theirs)
    assert ("task", 1, "removed") in {(c.entity, c.uid, c.kind) for c in changes}
    # nothing else of the subtasks changes but their place in the outline
    assert {(c.uid, c.field) for c in changes if c.kind == "changed"} <= {
        (2, "parent"),
        (3, "parent"),
    }


def test_a_level_skipped_below_a_kept_summary_still_nests_one_deeper(tmp_path: Path) -> None:
    from app.domain.task import Task
    from app.io.roundtrip_links import fix_levels

    levels = [1, 3, 3, 2, 1, 2, 4, 5, 2]
    fixed = [
        t.outline_level for t in fix_levels([Task(i + 1, "t", lv) for i, lv in enumerate(levels)])
    ]
    assert fixed == [1, 2, 2, 2, 1, 2, 3, 4, 2]
