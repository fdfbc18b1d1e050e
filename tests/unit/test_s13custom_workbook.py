"""Custom fields in the client workbook: columns titled by alias, edits read back and
reviewed like the other cells, applied by field."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.domain.custom_fields import CustomField
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.merge import apply_changes, three_way
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(1, "Design", custom=(("Text1", "Maria"), ("Flag1", True), ("Cost1", 1200.0)))
    )
    plan.append_task(Task(2, "Build", custom=(("Date1", datetime(2026, 3, 2, 8, 0)),)))
    plan.append_task(Task(3, "Ship"))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Flag1", "Client-facing"))
    plan.set_custom_field(CustomField("Text2", "Notes"))  # a title the sheet has: set apart
    return plan


def _sheet(path):
    book = load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    return book, ws, header


def test_columns_are_titled_by_alias_after_notes(tmp_path):
    path = tmp_path / "p.xlsx"
    write_workbook(_plan(), path, now=datetime(2026, 1, 1))
    _book, ws, header = _sheet(path)
    assert header[header.index("Notes") + 1 :] == [
        "Owner",
        "Notes (Text2)",
        "Client-facing",
        "Date1",
        "Cost1",
        "Actual Start",
        "Actual Finish",
        "Remaining Duration",
    ]
    row = {h: c.value for h, c in zip(header, ws[2], strict=False)}
    assert row["Owner"] == "Maria"
    assert row["Client-facing"] == "Yes"
    assert row["Cost1"] == 1200.0
    row3 = {h: c.value for h, c in zip(header, ws[3], strict=False)}
    assert row3["Client-facing"] == "No"
    assert row3["Date1"] == datetime(2026, 3, 2, 8, 0)


def test_a_returned_workbook_s_edits_are_reviewed_and_applied(tmp_path):
    path = tmp_path / "p.xlsx"
    ours = _plan()
    write_workbook(ours, path, now=datetime(2026, 1, 1))
    book, ws, header = _sheet(path)
    col = {h: i + 1 for i, h in enumerate(header)}
    ws.cell(2, col["Owner"], "Tom")
    ws.cell(3, col["Client-facing"], "yes")
    ws.cell(4, col["Cost1"], 99.5)
    book.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(1).custom == (("Text1", "Tom"), ("Flag1", True), ("Cost1", 1200.0))
    assert trip.theirs.task(2).custom == (("Flag1", True), ("Date1", datetime(2026, 3, 2, 8)))
    assert trip.theirs.task(3).custom == (("Cost1", 99.5),)
    changes = [(c.uid, c.field, c.old, c.new) for c in diff_plans(trip.base, trip.theirs)]
    assert changes == [
        (1, "Text1", "Maria", "Tom"),
        (2, "Flag1", None, True),
        (3, "Cost1", None, 99.5),
    ]
    items = three_way(trip.base, trip.theirs, ours)
    accepted = [i.change for i in items if i.change.uid != 3]  # the Cost1 line rejected
    apply_changes(ours, trip.theirs, accepted)
    assert ours.task(1).custom == (("Text1", "Tom"), ("Flag1", True), ("Cost1", 1200.0))
    assert ours.task(2).custom[0] == ("Flag1", True)
    assert ours.task(3).custom == ()


def test_untouched_workbook_reads_back_unchanged(tmp_path):
    path = tmp_path / "p.xlsx"
    write_workbook(_plan(), path, now=datetime(2026, 1, 1))
    book, _ws, _header = _sheet(path)
    book.save(path)  # re-saved as a client's spreadsheet program would
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []


def test_a_bad_value_names_the_cell(tmp_path):
    path = tmp_path / "p.xlsx"
    write_workbook(_plan(), path, now=datetime(2026, 1, 1))
    book, ws, header = _sheet(path)
    column = header.index("Client-facing") + 1
    ws.cell(2, column, "perhaps")
    book.save(path)
    letter = ws.cell(2, column).column_letter
    with pytest.raises(FileFormatError, match=rf"Plan!{letter}2: Client-facing: 'perhaps'"):
        read_roundtrip_workbook(path)
