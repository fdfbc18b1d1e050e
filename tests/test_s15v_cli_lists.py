"""The command line with value lists of Number, Cost, Date and Duration fields: they
travel .gantry -> MS Project XML -> .gantry and through the client workbook unchanged,
and a returned workbook breaking a restricted Date list is one line naming cell, field and
the values quoted (exit 1)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from openpyxl import load_workbook

from app.domain.custom_fields import ListValue, value_list
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from tests.cli.test_cli import gantry

GATES = (datetime(2026, 3, 2, 8, 0), datetime(2026, 4, 1, 8, 0))


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Date1", GATES[0]), ("Cost1", 1200.5))))
    plan.append_task(Task(2, "Build", custom=(("Duration1", 2400),)))
    gate = value_list("Date1", [ListValue(GATES[0], "kick-off"), ListValue(GATES[1])], True)
    plan.set_custom_field(replace(gate, alias="Gate"))
    plan.set_custom_field(value_list("Cost1", [ListValue(99.0), ListValue(1200.5)], False))
    plan.set_custom_field(value_list("Duration1", [ListValue(960), ListValue(2400)], True))
    plan.set_custom_field(value_list("Number1", [ListValue(0.5), ListValue(1.0)], True))
    return plan


def test_lists_travel_through_ms_project_xml_and_back_unchanged(tmp_path):
    write_plan(_plan(), tmp_path / "p.gantry")
    assert gantry("convert", tmp_path / "p.gantry", tmp_path / "p.xml").returncode == 0
    converted = gantry("convert", tmp_path / "p.xml", tmp_path / "back.gantry")
    assert converted.returncode == 0, converted.stderr
    assert read_plan(tmp_path / "back.gantry").project.custom_fields == (
        _plan().project.custom_fields
    )
    result = gantry("diff", tmp_path / "p.gantry", tmp_path / "back.gantry", "--json")
    assert json.loads(result.stdout) == {"changes": []}


def test_a_returned_workbook_breaking_a_date_list_is_one_line_exit_1(tmp_path):
    write_plan(_plan(), tmp_path / "p.gantry")
    book_path = tmp_path / "p.xlsx"
    assert gantry("convert", tmp_path / "p.gantry", book_path).returncode == 0
    unchanged = gantry("diff", tmp_path / "p.gantry", book_path, "--json")
    assert json.loads(unchanged.stdout) == {"changes": []}, unchanged.stderr
    book = load_workbook(book_path)
    ws = book["Plan"]
    column = [c.value for c in ws[1]].index("Gate") + 1
    ws.cell(3, column, datetime(2026, 4, 1, 8, 0))  # a listed gate: taken
    book.save(book_path)
    taken = gantry("diff", tmp_path / "p.gantry", book_path, "--json")
    changes = json.loads(taken.stdout)["changes"]
    assert [(c["uid"], c["field"]) for c in changes] == [(2, "Date1")]
    ws.cell(3, column, datetime(2026, 4, 2, 8, 0))
    book.save(book_path)
    result = gantry("diff", tmp_path / "p.gantry", book_path)
    assert result.returncode == 1
    letter = ws.cell(3, column).column_letter
    assert result.stderr.strip().endswith(
        f"Plan!{letter}3: Gate: 'Thu 2026-04-02' is not in its list "
        "('Mon 2026-03-02', 'Wed 2026-04-01')"
    )
    assert "Traceback" not in result.stderr
