"""The command line meets value lists where a client's values come in: a returned workbook
holding a value outside a restricted list is refused in one line naming cell, field and
values (exit 1); the list itself travels between .gantry and MS Project XML unchanged."""

from __future__ import annotations

import json
from dataclasses import replace

from openpyxl import load_workbook

from app.domain.custom_fields import ListValue, value_list
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from tests.cli.test_cli import gantry


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text2", "High"),)))
    plan.append_task(Task(2, "Build"))
    risk = value_list("Text2", [ListValue("Low"), ListValue("High", "Tell the client")], True)
    plan.set_custom_field(replace(risk, alias="Risk level"))
    return plan


def test_a_returned_workbook_breaking_a_restricted_list_is_one_line_exit_1(tmp_path):
    write_plan(_plan(), tmp_path / "p.gantry")
    book_path = tmp_path / "p.xlsx"
    write_plan(_plan(), book_path)
    book = load_workbook(book_path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    column = header.index("Risk level") + 1
    ws.cell(3, column, "Severe")
    book.save(book_path)
    letter = ws.cell(3, column).column_letter
    result = gantry("diff", tmp_path / "p.gantry", book_path)
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        f"Plan!{letter}3: Risk level: 'Severe' is not in its list ('Low', 'High')"
    )
    assert "Traceback" not in result.stderr


def test_the_list_travels_through_ms_project_xml_unchanged(tmp_path):
    write_plan(_plan(), tmp_path / "p.gantry")
    converted = gantry("convert", tmp_path / "p.gantry", tmp_path / "p.xml")
    assert converted.returncode == 0, converted.stderr
    result = gantry("diff", tmp_path / "p.gantry", tmp_path / "p.xml", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"changes": []}
