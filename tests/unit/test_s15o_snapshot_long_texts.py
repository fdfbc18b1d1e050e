"""A workbook's snapshot with custom Text values past 255 characters (an older plan's).

The snapshot was decoded unchecked, so a 300-character Text1 written by a plan saved
before the limit came back into the plan past it, where every other way in (typing,
a sheet import, MS Project XML, GanttProject) keeps 255. It is now cut as a sheet
import cuts a long cell (254 characters and "…"), and the review names the cell.
The client did not type it: the workbook is not refused. A long value the client
types is still refused, naming the cell.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.domain.custom_fields import TEXT_LIMIT, CustomField
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook
from app.io.plan_snapshot import plan_from_json, plan_to_json, read_snapshot_plan
from app.io.snapshot_texts import fitted

LONG = "Vendor contract clause " * 14  # 322 characters


def _old_plan() -> Plan:
    """A plan as an older Gantry saved it: Text1 longer than a Text field holds."""
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text1", "short"),)))
    plan.append_task(Task(2, "Build"))
    # set past the domain's checks, as a plan from before them holds it
    plan.update_task(replace(plan.task(2), custom=(("Text1", LONG), ("Number1", 3.0))))
    plan.set_custom_field(CustomField("Text1", "Contract"))
    return plan


def _sheet(path):
    book = load_workbook(path)
    ws = book["Plan"]
    return book, ws, [c.value for c in ws[1]]


def test_the_snapshot_cuts_long_text_values_and_says_which():
    assert len(LONG.strip()) > TEXT_LIMIT
    plan, cut = read_snapshot_plan(plan_to_json(_old_plan()))
    value = dict(plan.task(2).custom)["Text1"]
    assert len(value) == TEXT_LIMIT
    assert value.endswith("\u2026")
    assert LONG.startswith(value[:-1])
    assert dict(plan.task(2).custom)["Number1"] == 3.0  # the other values as they were
    assert plan.task(1).custom == (("Text1", "short"),)
    assert [(c.task_uid, c.field, c.length) for c in cut] == [(2, "Text1", len(LONG))]
    # plan_from_json gives the same plan
    assert plan_from_json(plan_to_json(_old_plan())).task(2).custom == plan.task(2).custom


def test_a_returned_workbook_keeps_the_cut_value_and_notes_the_cell(tmp_path):
    path = tmp_path / "old.xlsx"
    write_workbook(_old_plan(), path, now=datetime(2026, 1, 1))
    book, ws, header = _sheet(path)
    book.save(path)  # the client opened and saved it
    trip = read_roundtrip_workbook(path)
    assert dict(trip.theirs.task(2).custom)["Text1"] == fitted(LONG)
    assert diff_plans(trip.base, trip.theirs) == []  # nothing the client changed
    letter = ws.cell(1, header.index("Contract") + 1).column_letter
    notes = [n for n in trip.notes if "Text field" in n]
    assert notes == [
        f"Plan!{letter}3: Contract (Text1) held {len(LONG):,} characters, more than a Text "
        f"field keeps ({TEXT_LIMIT}); its first {TEXT_LIMIT - 1} are kept, followed by '\u2026'"
    ]


def test_a_cell_the_client_shortened_is_taken_without_a_note(tmp_path):
    path = tmp_path / "old.xlsx"
    write_workbook(_old_plan(), path, now=datetime(2026, 1, 1))
    book, ws, header = _sheet(path)
    ws.cell(3, header.index("Contract") + 1, "Clause 4 only")
    book.save(path)
    trip = read_roundtrip_workbook(path)
    assert dict(trip.theirs.task(2).custom)["Text1"] == "Clause 4 only"
    assert not [n for n in trip.notes if "Text field" in n]


def test_a_long_text_the_client_types_is_still_refused_naming_the_cell(tmp_path):
    path = tmp_path / "old.xlsx"
    write_workbook(_old_plan(), path, now=datetime(2026, 1, 1))
    book, ws, header = _sheet(path)
    column = header.index("Contract") + 1
    ws.cell(2, column, "x" * 300)
    book.save(path)
    letter = ws.cell(2, column).column_letter
    with pytest.raises(FileFormatError, match=rf"Plan!{letter}2: Contract: .*300 characters"):
        read_roundtrip_workbook(path)
