"""Every kind of change a returned workbook's review or ``gantry diff`` can list has a title
a PM knows (app/report/change_titles.py), none made up from the field's name: a row moved
under its summary read 'Place' (the field name capitalised) in the Import review."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain import diff
from app.domain.diff import PlanChange
from app.domain.diff_baselines import STATUS_DATE
from app.domain.diff_calendars import FIELD as DAYS_OFF
from app.domain.diff_order import PLACE
from app.domain.diff_work_weeks import FIELD as WORK_WEEKS
from app.domain.merge import three_way
from app.io.excel_import import read_roundtrip_workbook
from app.report.change_titles import diff_title
from app.ui.exchange.labels import change_label

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"

# every field a change can name, by entity: what diff_plans compares (with its options:
# splits, typed work, tracking, days off) and the review's row moves (diff_order)
_KINDS: list[tuple[str, str]] = [
    *(("task", f) for f in (*diff.TASK_FIELDS, "parent", "splits", PLACE)),
    *(("link", f) for f in (*diff.LINK_FIELDS, *diff.LINK_FIELD_ATTRS)),
    *(("resource", f) for f in diff.RESOURCE_FIELDS),
    *(("assignment", f) for f in (*diff.ASSIGNMENT_FIELDS, "edited_work")),
    *(("risk", f) for f in diff.RISK_FIELDS),
    *(("project", f) for f in (*diff.Held().project_fields, STATUS_DATE)),
    ("calendar", DAYS_OFF),
    ("calendar", WORK_WEEKS),
    ("resource", DAYS_OFF),
    ("resource", WORK_WEEKS),
]


@pytest.mark.parametrize(("entity", "field"), _KINDS)
def test_s25wb_every_change_kind_has_a_title(entity: str, field: str) -> None:
    change = PlanChange(entity, 1, "Design", "changed", field, "a", "b")
    title = diff_title(change)
    assert title, f"{entity} {field}: no title"
    assert change_label(change) == title  # the review says what gantry diff says


def test_s25wb_a_row_moved_under_its_summary_is_titled_position(tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Plan"]
    # rows 5 and 6 are siblings (tasks 4 and 5): swap them, as a client cutting row 5
    # and inserting it below row 6 would
    first = [c.value for c in ws[5]]
    for col, value in enumerate([c.value for c in ws[6]], start=1):
        ws.cell(5, col).value = value
    for col, value in enumerate(first, start=1):
        ws.cell(6, col).value = value
    wb.save(book)
    trip = read_roundtrip_workbook(book)
    [moved] = [i.change for i in three_way(trip.base, trip.theirs, trip.base)]
    assert moved.field == PLACE
    assert change_label(moved) == "Position"
