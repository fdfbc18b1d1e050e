"""The Import review of a returned workbook names each changed field as ``gantry diff`` does
(one vocabulary, app/report/change_titles.py): ``% Complete``, ``Constraint Type``, ``Std.
rate``, ``Probability``; before, the review said ``% complete`` and ``Date constraint``
where the diff said ``% Complete`` and ``Constraint Type``."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.diff import PlanChange
from app.domain.merge import three_way
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook
from app.report.change_titles import TITLES, diff_title
from app.ui.exchange.labels import change_label, field_label
from app.ui.exchange.review_dialog import ReviewChangesDialog

EDITS = {  # (sheet, row's name, column) -> what the client typed
    ("Plan", "System test", "% Complete"): 0.5,
    ("Plan", "System test", "Duration"): "12d",
    ("Plan", "Integration test", "Start"): datetime(2027, 6, 1, 8, 0),
    ("Plan", "Hypercare", "Notes"): "two weeks, not one",
    ("Team", "Tom Becker", "Std. rate"): 130,
    ("Team", "Aisha Khan", "Max units"): 0.5,
    ("Risks", "ERP vendor API changes during the project", "Probability"): 0.6,
}
KEYS = {"Plan": "Task", "Team": "Name", "Risks": "Risk"}


@pytest.fixture
def returned(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    workbook = tmp_path / "demo.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    for (sheet, name, title), value in EDITS.items():
        ws = wb[sheet]
        col = {c.value: k + 1 for k, c in enumerate(ws[1])}
        row = next(
            r for r in range(2, ws.max_row + 1) if ws.cell(r, col[KEYS[sheet]]).value == name
        )
        ws.cell(row, col[title]).value = value
    wb.save(workbook)
    return plan, workbook


def _diff_fields(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> set[str]:
    """What ``gantry diff``'s changed lines say after the name ('Duration 10d -> 12d'); a
    task's progress line (s27di: ``0% -> 40%, actual start ...``) as ``% Complete 0% -> 40%``
    and each other part as it is (``Actual Start 2027-01-07 08:00``)."""
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    lines = capsys.readouterr().out.splitlines()
    said = {line.partition("': ")[2] for line in lines if line.startswith("changed ")}
    for line in lines:
        if line.startswith("  ID "):  # the progress section's
            first, *rest = line.partition("': ")[2].split(", ")
            said.add(f"% Complete {first}" if first[:1].isdigit() else first)
            said.update(rest)
    return said


def test_s23wb_the_review_names_fields_as_gantry_diff_does(qtbot, returned, capsys) -> None:
    plan_path, workbook = returned
    trip = read_roundtrip_workbook(workbook)
    items = three_way(trip.base, trip.theirs, read_plan(plan_path))
    dialog = ReviewChangesDialog(items, trip.base.project)
    qtbot.addWidget(dialog)
    labels = [node.text(0) for node in dialog.change_rows() if node.parent()]
    titles = {"% Complete", "Duration", "Constraint Type", "Notes", "Std. rate", "Max units"}
    assert titles | {"Probability"} <= set(labels)
    assert "% complete" not in labels  # the review's words before
    assert "Date constraint" not in labels
    diff_lines = _diff_fields(capsys, plan_path, workbook)
    for label in labels:  # each review row's field starts one of the diff's lines
        assert any(line.startswith(f"{label} ") for line in diff_lines), label


def test_s23wb_every_title_the_review_uses_is_the_diffs() -> None:
    for entity, titles in TITLES.items():
        for field, title in titles.items():
            change = PlanChange(entity, 1, "x", "changed", field, None, None)
            assert change_label(change) == diff_title(change) == title
    # a constraint whose date alone moved: the sheet's Constraint Date, in both
    moved = PlanChange(
        "task", 1, "x", "changed", "constraint", "SNET 2027-01-04T08:00", "SNET 2027-01-06T08:00"
    )
    assert change_label(moved) == "Constraint Date"
    assert field_label("percent_complete") == "% Complete"
    assert field_label("calendar_uid", entity="resource") == "Base calendar"
    assert field_label("calendar_uid", entity="task") == "Task calendar"
