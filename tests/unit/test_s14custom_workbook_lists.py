"""Value lists in the client workbook: a drop-down of the values in Excel, and a returned
value outside a restricted list refused naming the cell, the field and its values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook

RISK = (ListValue("Low", "No action"), ListValue("Medium"), ListValue("High", "Tell the client"))


def _plan(restricted: bool = True) -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text2", "High"),)))
    plan.append_task(Task(2, "Build"))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(replace(value_list("Text2", RISK, restricted), alias="Risk level"))
    return plan


def _export(tmp_path, plan):
    path = tmp_path / "p.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 1))
    book = load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    letter = ws.cell(1, header.index("Risk level") + 1).column_letter
    return path, book, ws, letter


def test_a_listed_column_offers_its_values_in_excel(tmp_path):
    _path, _book, ws, letter = _export(tmp_path, _plan())
    checks = ws.data_validations.dataValidation
    assert len(checks) == 1  # Owner has no list
    check = checks[0]
    assert check.type == "list"
    assert check.formula1 == "Lists!$A$2:$A$4"  # the hidden Lists sheet (s15)
    assert str(check.sqref) == f"{letter}2:{letter}3"
    assert check.showErrorMessage  # restricted: Excel refuses other text too
    open_check = _export(tmp_path, _plan(restricted=False))[2].data_validations.dataValidation
    assert not open_check[0].showErrorMessage


def test_a_list_excel_cannot_hold_inline_gets_its_drop_down_from_the_lists_sheet(tmp_path):
    # it got none before s15 (inline lists hold no comma): test_s15v_workbook_lists
    plan = _plan()
    listed = value_list("Text2", [ListValue("Low, really"), ListValue("High")], True)
    plan.set_custom_field(replace(listed, alias="Risk level"))
    _path, book, ws, _letter = _export(tmp_path, plan)
    assert [c.formula1 for c in ws.data_validations.dataValidation] == ["Lists!$A$2:$A$3"]
    assert book["Lists"]["A2"].value == "Low, really"


def test_a_returned_value_outside_a_restricted_list_is_refused_naming_it(tmp_path):
    path, book, ws, letter = _export(tmp_path, _plan())
    ws[f"{letter}3"] = "Severe"
    book.save(path)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    assert str(caught.value).endswith(
        f"Plan!{letter}3: Risk level: 'Severe' is not in its list ('Low', 'Medium', 'High')"
    )


def test_a_listed_value_in_any_case_is_reviewed_in_the_list_s_spelling(tmp_path):
    path, book, ws, letter = _export(tmp_path, _plan())
    ws[f"{letter}3"] = "medium"
    book.save(path)
    trip = read_roundtrip_workbook(path)
    changes = [(c.uid, c.field, c.old, c.new) for c in diff_plans(trip.base, trip.theirs)]
    assert changes == [(2, "Text2", None, "Medium")]
    assert trip.base.project.custom_fields == _plan().project.custom_fields  # list kept


def test_an_open_list_takes_other_text_back(tmp_path):
    path, book, ws, letter = _export(tmp_path, _plan(restricted=False))
    ws[f"{letter}3"] = "Severe"
    book.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(2).custom == (("Text2", "Severe"),)
