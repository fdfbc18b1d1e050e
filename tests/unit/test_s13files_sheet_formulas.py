"""A client's own sheet whose Duration is a formula with no saved value (a script wrote
it, or its result is #DIV/0!) read as an empty cell, so the task silently got the
default one day; the import now names the cell, as the round trip does."""

from __future__ import annotations

import openpyxl
import pytest

from app import formats
from app.domain.errors import FileFormatError


def _book(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_formula_without_a_value_in_a_read_column_is_named(tmp_path):
    path = _book(tmp_path / "client.xlsx", [["Task", "Duration"], ["Dig", "2d"], ["Pour", "=1/0"]])
    with pytest.raises(FileFormatError, match=r"Plan!B3: the formula =1/0 has no saved value"):
        formats.read_plan(path)


def test_a_formula_above_the_header_or_in_another_column_is_left_alone(tmp_path):
    path = _book(
        tmp_path / "client.xlsx",
        [
            ["Site plan", "=TODAY()"],
            [None, None],
            ["Task", "Duration", "Check"],
            ["Dig", "2d", "=A4"],
            ["Pour", "3d", None],
        ],
    )
    plan = formats.read_plan(path)
    assert [(t.name, t.duration_minutes) for t in plan.tasks] == [("Dig", 960), ("Pour", 1440)]
