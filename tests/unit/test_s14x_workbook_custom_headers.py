"""The client workbook's custom column headers are the user's text: never a formula, never
a crash.

A custom field's alias comes from the user (Custom Fields… > Rename) or from an MS Project
file. An alias starting with ``=`` became a live formula in the Plan sheet's header row
(DESIGN.md: text that starts with = + - @ is written as text), and one holding a control
character (pasted into the alias box) stopped the export with openpyxl's
IllegalCharacterError, an internal error on the command line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app import formats
from app.domain.custom_fields import CustomField
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task


def _plan(alias: str) -> Plan:
    plan = Plan(project=Project(name="Headers", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=480, custom=(("Text1", "Ana"),)))
    plan.set_project(replace(plan.project, custom_fields=(CustomField("Text1", alias),)))
    return plan


def _header(path) -> list[openpyxl.cell.cell.Cell]:
    ws = openpyxl.load_workbook(path)["Plan"]
    return list(ws[1])


@pytest.mark.parametrize("alias", ['=HYPERLINK("http://example.com","x")', "+1", "@SUM(A1)"])
def test_an_alias_that_looks_like_a_formula_is_a_text_header(tmp_path, alias):
    plan = _plan(alias)
    out = tmp_path / "client.xlsx"
    formats.write_plan(plan, out)
    cells = [c for c in _header(out) if c.value == alias]
    assert len(cells) == 1
    assert cells[0].data_type == "s"  # not "f": Excel would run it
    assert diff_plans(plan, formats.read_plan(out)) == []  # the column reads back as Text1


def test_an_alias_with_a_control_character_is_written_without_it(tmp_path):
    plan = _plan("Own\x07er")
    out = tmp_path / "client.xlsx"
    formats.write_plan(plan, out)  # no IllegalCharacterError
    titles = [c.value for c in _header(out)]
    assert "Owner" in titles
    values = [c.value for c in openpyxl.load_workbook(out)["Plan"][2]]
    assert values[titles.index("Owner")] == "Ana"


@pytest.mark.parametrize("alias", ["Own\x07er", "=Owner", "O" * 40000])
def test_a_clients_edit_under_such_a_header_is_read_back(tmp_path, alias):
    plan = _plan(alias)
    out = tmp_path / "client.xlsx"
    formats.write_plan(plan, out)
    book = openpyxl.load_workbook(out)
    ws = book["Plan"]
    column = 1 + [c.value for c in ws[1]].index(_header(out)[-4].value)  # custom, then tracking
    ws.cell(row=2, column=column, value="Ben")
    edited = tmp_path / "returned.xlsx"
    book.save(edited)
    changes = diff_plans(plan, formats.read_plan(edited))
    assert [(c.field, c.old, c.new) for c in changes] == [("Text1", "Ana", "Ben")]
