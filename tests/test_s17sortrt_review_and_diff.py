"""The sorted client workbook as the project manager meets it: ``gantry diff`` and the review.

A client sorted the Plan sheet A to Z by Task and changed one duration. ``gantry diff``
of the plan and the workbook says that one change, and the review dialog lists it alone
(no 'Outline (parent task)' row for the tasks the sort took from their summaries).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.domain.merge import copy_plan, three_way
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.test_s17sortrt_sorted_sheet import _export, _plan, _set, _sort_sheet


@pytest.fixture
def sorted_copy(tmp_path: Path) -> Path:
    path = _export(tmp_path, _plan())
    _sort_sheet(path, lambda row: str(row["Task"]).casefold())
    _set(path, 5, Duration="4d")  # 'Test', 2d before
    return path


def test_s17sortrt_diff_of_a_sorted_workbook_says_only_the_edit(
    tmp_path: Path, sorted_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.gantry"
    write_plan(_plan(), plan)
    assert main(["diff", str(plan), str(sorted_copy), "--json"]) == 0
    said = capsys.readouterr()
    changes = json.loads(said.out)["changes"]
    assert "the rows were sorted by Task" in said.err  # told, on stderr: no change
    assert [(c["uid"], c["field"]) for c in changes] == [(5, "duration_minutes")]


def test_s17sortrt_the_review_lists_no_outline_change(qtbot, sorted_copy: Path) -> None:
    ours = _plan()
    trip = read_roundtrip_workbook(sorted_copy)
    items = three_way(trip.base, trip.theirs, copy_plan(ours))
    dialog = ReviewChangesDialog(items, ours.project)
    qtbot.addWidget(dialog)
    rows = dialog.change_rows()
    assert len(rows) == 1
    assert [c.field for c in dialog.accepted_changes()] == ["duration_minutes"]
    assert any("sorted by Task" in note for note in trip.notes)
