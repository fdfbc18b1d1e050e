"""gantry diff and the Import review of a returned workbook say a change in the same words:
a constraint as the Constraint Type column says it ("Start No Earlier Than", the review
said "start no earlier than"), a custom field by its alias as its column is titled
("Points"; the diff said "Points (Number1)"), the field in brackets only where the alias
alone is ambiguous ("Cost (Cost1)")."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.cli.diff_titles import shown_word
from app.domain.custom_fields import CustomField
from app.domain.diff import PlanChange
from app.domain.merge import three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook
from app.report.change_titles import custom_title
from app.store.document import write_plan
from app.ui.exchange.labels import show_value, with_constraint_dates
from app.ui.exchange.review_dialog import ReviewChangesDialog

START = datetime(2027, 3, 1, 8, 0)


def _plan(pinned: bool = False) -> Plan:
    fields = (CustomField("Number1", "Points"), CustomField("Text1", "Owner"))
    plan = Plan(project=Project(name="Words", start=START, custom_fields=fields))
    plan.append_task(Task(1, "Design", duration_minutes=2 * 480, custom=(("Number1", 1.0),)))
    plan.append_task(Task(2, "Build", duration_minutes=3 * 480, custom=(("Text1", "Ana"),)))
    if pinned:  # Build starts no earlier than Thursday: a Start typed moves that date alone
        snet = (ConstraintType.SNET, datetime(2027, 3, 4, 8, 0))
        plan.update_task(replace(plan.task(2), constraint_type=snet[0], constraint_date=snet[1]))
    return plan


@pytest.fixture(params=[False, True], ids=["unpinned", "pinned"])
def returned(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[Path, Path]:
    """The plan and its workbook with Design's Points and Build's Start typed by the client
    (Build pinned: the constraint's date alone moves)."""
    plan = tmp_path / "words.gantry"
    write_plan(_plan(request.param), plan)
    workbook = tmp_path / "words.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    col = {c.value: k + 1 for k, c in enumerate(ws[1])}
    row = {ws.cell(r, col["Task"]).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(row["Design"], col["Points"]).value = 8
    ws.cell(row["Build"], col["Start"]).value = datetime(2027, 3, 15, 8, 0)
    wb.save(workbook)
    return plan, workbook


def test_s23w2_the_review_rows_read_as_the_diffs_lines(qtbot, returned, capsys) -> None:
    plan_path, workbook = returned
    trip = read_roundtrip_workbook(workbook)
    items = three_way(trip.base, trip.theirs, read_plan(plan_path))
    dialog = ReviewChangesDialog(with_constraint_dates(items), trip.base.project)
    qtbot.addWidget(dialog)
    rows = {
        node.text(0): f"{node.text(0)} {node.text(1)} -> {node.text(2)}"
        for node in dialog.change_rows()
        if node.parent()
    }
    assert rows.get("Constraint Type") in (
        "Constraint Type As Soon As Possible -> Start No Earlier Than 2027-03-15 08:00",
        None,
    )
    assert rows.get("Constraint Date") in (
        "Constraint Date 2027-03-04 08:00 -> 2027-03-15 08:00",
        None,
    )
    assert len({"Constraint Type", "Constraint Date"} & set(rows)) == 1
    assert rows["Points"] == "Points 1 -> 8"
    capsys.readouterr()
    assert main(["diff", str(plan_path), str(workbook)]) == 0
    said = {
        line.partition("': ")[2]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("changed ")
    }
    assert set(rows.values()) <= said, said


def test_s23w2_an_alias_alone_unless_it_is_ambiguous() -> None:
    fields = (
        CustomField("Number1", "Points"),
        CustomField("Cost1", "Cost"),  # the task's Cost column
        CustomField("Text1", "Text2"),  # another field's name
        CustomField("Text3", "Site"),
        CustomField("Text4", "site"),  # the same alias, any case
    )
    assert custom_title("Number1", fields) == "Points"
    assert custom_title("Cost1", fields) == "Cost (Cost1)"
    assert custom_title("Text1", fields) == "Text2 (Text1)"
    assert custom_title("Text3", fields) == "Site (Text3)"
    assert custom_title("Number2", fields) == "Number2"  # no alias: its name
    # the new plan's alias, else the old plan's
    assert custom_title("Number1", (), fields) == "Points"
    assert custom_title("Number1", (CustomField("Number1", "Score"),), fields) == "Score"


def test_s23w2_a_flag_reads_yes_or_no_as_in_the_diff() -> None:
    project = Project(name="P", start=START)
    assert [show_value("milestone", v, project) for v in (True, False)] == ["Yes", "No"]
    assert show_value("constraint", "FNLT 2027-03-05T17:00", project) == (
        "Finish No Later Than 2027-03-05 17:00"
    )


def test_s23w2_named_values_read_as_the_diff_writes_them() -> None:
    project = Project(name="P", start=START)
    plan = _plan()
    for entity, field, value, word in (
        ("task", "task_type", "FIXED_WORK", "Fixed work"),
        ("link", "type", "SS", "Start-to-Start (SS)"),
        ("resource", "type", "MATERIAL", "Material"),
        ("assignment", "contour", "BACK_LOADED", "Back Loaded"),
    ):
        change = PlanChange(entity, 1, "x", "changed", field, value, value)
        assert show_value(field, value, project) == shown_word(change, value, plan) == word
