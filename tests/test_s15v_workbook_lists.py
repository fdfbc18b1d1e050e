"""Value lists in the client workbook read from the hidden Lists sheet: a value holding a
comma, a list longer than Excel's 255-character inline limit and lists of numbers,
costs, dates and durations all get their drop-down (before, the first two got none and
no note). The workbook is reopened with openpyxl and python-calamine, and the import of
the returned copy (round trip or plain sheet) never reads the Lists sheet."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
import python_calamine as pc
from openpyxl import load_workbook

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import inspect_workbook, read_roundtrip_workbook, read_workbook

KICK_OFF = datetime(2026, 3, 2, 8, 0)
LONG = tuple(ListValue(f"Work package {n:02} of the 2026 programme") for n in range(1, 21))


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(1, "Design", custom=(("Text2", "High, urgent"), ("Number1", 2.5), ("Date1", KICK_OFF)))
    )
    plan.append_task(Task(2, "Build", custom=(("Cost1", 99.0), ("Duration1", 960))))
    plan.append_task(Task(3, "Test"))
    risk = [ListValue("Low"), ListValue("High, urgent", "call the client"), ListValue('Say "no"')]
    plan.set_custom_field(replace(value_list("Text2", risk, True), alias="Risk"))
    plan.set_custom_field(replace(value_list("Text3", LONG, False), alias="Package"))
    plan.set_custom_field(value_list("Number1", [ListValue(1.0), ListValue(2.5)], True))
    plan.set_custom_field(value_list("Cost1", [ListValue(99.0), ListValue(1200.5)], True))
    plan.set_custom_field(value_list("Date1", [ListValue(KICK_OFF)], True))
    plan.set_custom_field(value_list("Duration1", [ListValue(960), ListValue(2400)], True))
    plan.set_custom_field(CustomField("Text4", "Owner"))  # no list: no drop-down
    return plan


def _export(tmp_path, plan=None):
    path = tmp_path / "client.xlsx"
    write_workbook(plan or _plan(), path, now=datetime(2026, 1, 1))
    return path


def _columns(ws) -> dict[str, str]:
    return {c.value: c.column_letter for c in ws[1] if c.value}


def test_every_list_gets_a_drop_down_reading_its_column_of_the_lists_sheet(tmp_path):
    book = load_workbook(_export(tmp_path))
    assert book.sheetnames[-1] == "Lists"  # after every sheet a client reads
    lists = book["Lists"]
    assert lists.sheet_state == "veryHidden"
    ws = book["Plan"]
    letters = _columns(ws)
    checks = {str(c.sqref): c for c in ws.data_validations.dataValidation}
    titles = ["Risk", "Package", "Number1", "Date1", "Cost1", "Duration1"]  # field order
    assert sorted(checks) == sorted(f"{letters[t]}2:{letters[t]}4" for t in titles)
    for at, title in enumerate(titles, start=1):
        check = checks[f"{letters[title]}2:{letters[title]}4"]
        source = lists.cell(1, at).column_letter
        assert check.type == "list"
        assert check.formula1.startswith(f"Lists!${source}$2:${source}$")
        assert lists.cell(1, at).value == title
    # the values as the Plan sheet's cells hold them: a comma or quote stays inside one
    assert [lists.cell(r, 1).value for r in range(2, 5)] == ["Low", "High, urgent", 'Say "no"']
    assert checks[f"{letters['Risk']}2:{letters['Risk']}4"].formula1 == "Lists!$A$2:$A$4"
    # 20 values of 37 characters: far past the 255 an inline list holds
    assert [lists.cell(r, 2).value for r in range(2, 22)] == [v.value for v in LONG]
    assert checks[f"{letters['Package']}2:{letters['Package']}4"].formula1 == "Lists!$B$2:$B$21"
    assert [lists.cell(r, 3).value for r in (2, 3)] == [1, 2.5]
    assert lists.cell(2, 4).value == KICK_OFF
    assert lists.cell(2, 4).number_format == ws[f"{letters['Date1']}2"].number_format
    assert [lists.cell(r, 5).value for r in (2, 3)] == [99, 1200.5]
    assert [lists.cell(r, 6).value for r in (2, 3)] == ["2d", "5d"]  # as Duration cells read
    assert ws[f"{letters['Duration1']}3"].value == "2d"


def test_excel_s_limits_on_a_validation_s_title_and_message_are_kept(tmp_path):
    plan = _plan()
    many = [ListValue(f"{n}: " + "x" * 50) for n in range(30)]
    plan.set_custom_field(replace(value_list("Text5", many, True), alias="A" * 50))
    ws = load_workbook(_export(tmp_path, plan))["Plan"]
    for check in ws.data_validations.dataValidation:
        assert len(check.errorTitle) <= 32
        assert len(check.error) <= 255
    risk = next(c for c in ws.data_validations.dataValidation if c.errorTitle == "Risk")
    assert risk.error == "Risk takes one of: 'Low', 'High, urgent', 'Say \"no\"'"
    assert risk.showErrorMessage  # restricted: Excel refuses other values too
    assert risk.errorStyle in (None, "stop")
    gate = next(c for c in ws.data_validations.dataValidation if c.errorTitle == "Date1")
    assert gate.showErrorMessage
    assert gate.errorStyle == "warning"  # a date typed without 08:00 is taken on review


def test_calamine_sees_the_lists_sheet_very_hidden_and_the_import_skips_it(tmp_path):
    path = _export(tmp_path)
    book = pc.CalamineWorkbook.from_path(str(path))
    meta = {m.name: m.visible for m in book.sheets_metadata}
    assert meta["Lists"] == pc.SheetVisibleEnum.VeryHidden
    rows = book.get_sheet_by_name("Lists").to_python()
    assert rows[0][:2] == ["Risk", "Package"]
    assert rows[2][0] == "High, urgent"
    assert "Lists" not in inspect_workbook(path).sheets


def test_a_returned_copy_reads_back_unchanged_with_its_lists_sheet(tmp_path):
    trip = read_roundtrip_workbook(_export(tmp_path))
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.base.project.custom_fields == _plan().project.custom_fields


def test_a_client_s_pick_from_a_number_list_is_reviewed_and_another_refused(tmp_path):
    path = _export(tmp_path)
    book = load_workbook(path)
    ws = book["Plan"]
    letter = _columns(ws)["Number1"]
    ws[f"{letter}3"] = 1
    book.save(path)
    trip = read_roundtrip_workbook(path)
    changes = [(c.uid, c.field, c.new) for c in diff_plans(trip.base, trip.theirs)]
    assert changes == [(2, "Number1", 1.0)]
    ws[f"{letter}3"] = 7
    book.save(path)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    assert str(caught.value).endswith(
        f"Plan!{letter}3: Number1: '7' is not in its list ('1', '2.5')"
    )


def test_a_copy_without_its_snapshot_reads_the_plan_sheet_not_the_lists(tmp_path):
    path = _export(tmp_path)
    book = load_workbook(path)
    del book["_gantry"]
    book.save(path)
    plan = read_workbook(path)
    assert [t.name for t in plan.tasks] == ["Design", "Build", "Test"]


def test_a_date_typed_in_excel_without_a_time_is_the_listed_gate_of_its_day(tmp_path):
    path = _export(tmp_path)
    book = load_workbook(path)
    ws = book["Plan"]
    letter = _columns(ws)["Date1"]
    ws[f"{letter}4"] = datetime(2026, 3, 2)  # typed as 2026-03-02: Excel keeps midnight
    book.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(3).custom == (("Date1", KICK_OFF),)
