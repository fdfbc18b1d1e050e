"""The notes on Baseline dates and variances typed in vain walk a returned Plan sheet with one
reader (app/io/roundtrip_sheet_cells.py): the exported tasks' rows top to bottom whatever
order the uids come in, and a row read back short of a column counts as an empty cell."""

from __future__ import annotations

from app.io.roundtrip_sheet_cells import SheetCells


def test_s27p2_task_rows_in_the_sheets_order_and_short_rows_empty():
    rows = [["UID", "Task", "Baseline Start"], [7, "Build", "x"], [3, "Design"], [9, "Test", "y"]]
    cells = SheetCells("Plan", rows, rows[0], {2}, {9: 3, 3: 2, 7: 1})
    walked = [(uid, i) for uid, i, _row in cells.task_rows()]
    assert walked == [(7, 1), (3, 2), (9, 3)]
    assert [cells.value(row, 2) for _uid, _i, row in cells.task_rows()] == ["x", None, "y"]
