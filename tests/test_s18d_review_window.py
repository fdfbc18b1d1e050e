"""File > Import of a client's workbook: the review reads % complete and lags as the sheet
shows them (22%, 3FS+5d -> 3FS+1w), and a lag retyped here and lengthened there clashes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.domain.link import Link
from app.domain.merge import three_way
from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.task import DurationUnit
from app.io.excel_export import write_workbook
from app.io.workbook_cells import PLAN_COLUMNS, PLAN_SHEET
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_import
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.gui.conftest import build_plan

DAY = 480
SPECS, REVIEW, CODE, TEST = 2, 3, 5, 6


def _plan() -> Plan:
    """Code 9d with 2d done (22.22 % kept), Review->Code +5d typed in days, Code->Test +2d."""
    plan = build_plan()
    code = plan.task(CODE)
    plan.update_task(
        replace(code, duration_minutes=9 * DAY, percent_complete=exact_percent(2 * DAY, 9 * DAY))
    )
    plan.update_link(Link(REVIEW, CODE, lag_minutes=5 * DAY, lag_unit=DurationUnit.DAYS))
    plan.update_link(Link(CODE, TEST, lag_minutes=2 * DAY))
    return plan


def _edit_cells(path: Path, edits: dict[tuple[int, str], object]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[PLAN_SHEET]
    for (uid, title), value in edits.items():
        row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == uid)
        sheet.cell(row, PLAN_COLUMNS.index(title) + 1).value = value
    book.save(path)


def test_s18d_the_import_review_reads_as_the_sheet(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "client.xlsx"
    write_workbook(_plan(), path)
    _edit_cells(
        path,
        {
            (CODE, "Predecessors"): "3FS+1w",  # the same lag, retyped in weeks
            (TEST, "Predecessors"): "5FS+4d",  # longer, where it was retyped here
            (CODE, "% Complete"): 0.3,  # 22 % on the sheet (2d of 9d)
        },
    )
    document = Document(_plan())
    here = document.plan.find_link(CODE, TEST)
    assert here is not None
    document.plan.update_link(replace(here, lag_minutes=5 * DAY, lag_unit=DurationUnit.WEEKS))
    rows: list[list[str]] = []

    def review(cls, parent, items, project, notes=()):
        dialog = ReviewChangesDialog(items, project, parent, notes)
        qtbot.addWidget(dialog)
        dialog.resize(820, 320)
        dialog.grab().save("/tmp/s18d_import_review.png")
        rows.extend(
            [node.text(c) for c in range(4)] for node in dialog.change_rows() if node.parent()
        )
        return dialog.accepted_changes()

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    run_import(None, document)
    assert rows == [
        ["% Complete", "22%", "30%", ""],
        ["Lag", "3FS+5d", "3FS+1w", ""],
        ["Lag", "5FS+1w", "5FS+4d", "also changed here"],
    ]
    plan = document.plan
    assert plan.find_link(REVIEW, CODE) == Link(
        REVIEW, CODE, lag_minutes=5 * DAY, lag_unit=DurationUnit.WEEKS
    )
    assert plan.find_link(CODE, TEST) == Link(
        CODE, TEST, lag_minutes=5 * DAY, lag_unit=DurationUnit.WEEKS
    )  # the clash left unticked: the lag here stays
    assert plan.task(CODE).percent_complete == 30


def test_s18d_one_clash_is_told_in_the_singular(qtbot) -> None:
    plan = _plan()
    here = plan.find_link(CODE, TEST)
    assert here is not None
    ours = _plan()
    ours.update_link(replace(here, lag_unit=DurationUnit.WEEKS, lag_minutes=5 * DAY))
    theirs = _plan()
    theirs.update_link(replace(here, lag_minutes=4 * DAY))
    items = three_way(plan, theirs, ours)
    dialog = ReviewChangesDialog(items, plan.project)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "The workbook holds 1 change. 1 clashes with an edit made here since the export; "
        "it is flagged and left unticked."
    )
