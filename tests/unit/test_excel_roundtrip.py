"""Export a plan to a workbook and read it back: every field survives; edits are seen."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.task import ConstraintType
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.plan_snapshot import plan_from_json, plan_to_json
from tests.unit.excel_plans import sample_plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _plan_sheet_cell(path: Path, row: int, title: str) -> openpyxl.cell.Cell:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    return ws.cell(row=row, column=header.index(title) + 1)


def _edit(path: Path, row: int, title: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(title) + 1).value = value
    wb.save(path)


def test_snapshot_codec_keeps_every_field() -> None:
    plan = sample_plan()
    back = plan_from_json(plan_to_json(plan))
    assert back.tasks == plan.tasks
    assert back.links == plan.links
    assert back.resources == plan.resources
    assert back.assignments == plan.assignments
    assert back.risks == plan.risks
    assert back.calendars == plan.calendars
    assert back.project == plan.project


def test_export_then_read_back_gives_the_same_plan(exported: Path) -> None:
    plan = sample_plan()
    back = read_plan(exported)
    assert back.tasks == plan.tasks
    assert back.links == plan.links
    assert back.resources == plan.resources
    assert back.assignments == plan.assignments
    assert back.risks == plan.risks
    assert back.project == plan.project
    assert diff_plans(plan, back) == []


def test_workbook_has_the_client_sheets_and_setup(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames[:8] == [
        "Plan",
        "Gantt",
        "Budget",
        "Cash Flow",
        "Team",
        "Rates",
        "Risks",
        "About",
    ]  # Rates (s30tb): each person's rate tables
    assert wb["_gantry"].sheet_state == "hidden"
    ws = wb["Plan"]
    assert ws.column_dimensions["A"].hidden
    # header row and the columns up to the task name (hidden UID, #, WBS, Task): a wide
    # plan scrolled to People or Cost still shows which task a row is
    assert ws.freeze_panes == "E2"
    assert ws.auto_filter.ref == "A1:Q7"  # ... Actual Start, Actual Finish, Remaining Duration
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$1:$1"
    header = [c.value for c in ws[1]]
    name_col = header.index("Task") + 1
    assert ws.cell(row=4, column=name_col).alignment.indent == 1  # Review, level 2
    assert ws.cell(row=2, column=name_col).alignment.indent == 0
    start = ws.cell(row=2, column=header.index("Start") + 1)
    assert isinstance(start.value, datetime)
    assert start.number_format == "mm-dd-yy"  # Excel's short date, in the reader's order
    pct = ws.cell(row=5, column=header.index("% Complete") + 1)
    assert (pct.value, pct.number_format) == (0.25, "0%")
    assert ws.cell(row=5, column=header.index("Predecessors") + 1).value == "3SS+1d"
    assert ws.cell(row=3, column=header.index("People") + 1).value == "Ana[50%]"
    assert ws.cell(row=3, column=header.index("Duration") + 1).value == "2d"
    about = {r[0].value: r[1].value for r in wb["About"].iter_rows()}
    assert about["Format version"] == 1
    assert about["Exported at"] == datetime(2026, 1, 2, 9, 30)


def test_gantt_sheet_fills_bar_cells(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Gantt"]
    assert ws.print_title_rows == "$1:$2"
    # every printed page repeats # and Task only (A:D took over half of an A4 page);
    # on screen Start and Finish stay in view beside the timeline
    assert ws.print_title_cols == "$A:$B"
    assert ws.freeze_panes == "E3"
    rows = list(ws.iter_rows(min_row=3))
    by_name = {r[1].value: r for r in rows}
    build = by_name["Build"]
    filled = [c for c in build[4:] if str(c.fill.fgColor.rgb)[-6:] in ("5B9BD5", "E04040")]
    assert len(filled) >= 10  # ten working days, one column per day
    done = by_name["Done"]
    assert [c.value for c in done[4:] if c.value] == ["◆"]


def test_formula_injection_is_written_as_text(exported: Path) -> None:
    with zipfile.ZipFile(exported) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", zf.read(name)), name
    wb = openpyxl.load_workbook(exported)
    cell = _plan_sheet_cell(exported, 3, "Task")
    assert cell.value == '=HYPERLINK("http://x")'
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert wb["Risks"]["B2"].value == "-Late supplier"
    assert wb["Risks"]["B2"].data_type == "s"


def test_one_edited_cell_gives_exactly_that_change(exported: Path) -> None:
    _edit(exported, 5, "Duration", "15d")
    changes = diff_plans(sample_plan(), read_plan(exported))
    # and what typing it in the window's sheet makes of it (s22ri): the 2.5d done stay,
    # % complete follows; the actual start it gains is its scheduled start, the one MS
    # Project holds for a task started by % alone: no change (s25f2)
    assert [(c.entity, c.uid, c.field, c.old, c.new) for c in changes] == [
        ("task", 4, "duration_minutes", 4800, 7200),
        ("task", 4, "percent_complete", 25, 17),
    ]


def test_client_edits_of_each_kind(exported: Path) -> None:
    _edit(exported, 4, "Task", "Peer review")
    _edit(exported, 5, "% Complete", 0.5)
    _edit(exported, 5, "People", "@Ben, Carla[50%]")
    _edit(exported, 4, "Predecessors", "")
    _edit(exported, 6, "Start", datetime(2026, 2, 9))
    _edit(exported, 7, "Start", datetime(2026, 3, 2))  # automatic task: becomes a constraint
    _edit(exported, 2, "Notes", "ask the client")
    trip = read_roundtrip_workbook(exported)
    got = {(c.entity, c.uid, c.kind, c.field, c.new) for c in diff_plans(trip.base, trip.theirs)}
    assert got == {
        ("task", 3, "changed", "name", "Peer review"),
        ("task", 4, "changed", "percent_complete", 50),
        ("resource", 3, "added", None, None),
        ("assignment", "4:3", "added", None, None),
        ("link", "2->3", "removed", None, None),
        ("task", 5, "changed", "start", "2026-02-09T08:00"),
        ("task", 6, "changed", "constraint", "SNET 2026-03-02T08:00"),
        ("task", 1, "changed", "notes", "ask the client"),
    }
    assert trip.theirs.task(6).constraint_type is ConstraintType.SNET


def test_added_and_deleted_rows(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Plan"]
    ws.delete_rows(4)  # Review
    ws.append([None, 7, "4", "Ship", "3d", None, None, "6", "Ana"])
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    got = {(c.entity, c.uid, c.kind) for c in diff_plans(trip.base, trip.theirs)}
    assert ("task", 3, "removed") in got
    assert ("task", 7, "added") in got
    assert ("link", "6->7", "added") in got
    assert ("assignment", "7:1", "added") in got
    ship = trip.theirs.task(7)
    assert (ship.name, ship.duration_minutes, ship.outline_level) == ("Ship", 1440, 1)


def test_resaving_with_openpyxl_changes_nothing(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    wb.save(exported)
    assert diff_plans(sample_plan(), read_plan(exported)) == []


def test_csv_roundtrip_keeps_tasks_links_and_people(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    write_plan(sample_plan(), path)
    text = path.read_text(encoding="utf-8-sig")
    assert "'@Ben" in text
    assert "'+1 from client" in text
    back = read_plan(path)
    plan = sample_plan()
    assert [t.name for t in back.tasks] == [t.name for t in plan.tasks]
    assert [t.outline_level for t in back.tasks] == [t.outline_level for t in plan.tasks]
    assert [t.duration_minutes for t in back.tasks[1:]] == [
        t.duration_minutes for t in plan.tasks[1:]
    ]
    assert {(lk.predecessor, lk.successor, lk.type, lk.lag_minutes) for lk in back.links} == {
        (lk.predecessor, lk.successor, lk.type, lk.lag_minutes) for lk in plan.links
    }
    assert [r.name for r in back.resources] == ["Ana", "@Ben"]


def test_renamed_sheet_and_deleted_uid_column_still_match(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Plan"]
    ws.title = "Our plan"
    ws.delete_cols(1)  # the hidden UID column: rows now match by their #
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("Duration") + 1).value = "15d"
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.uid, c.field, c.new) for c in changes] == [(4, "duration_minutes", 7200)]


def test_long_text_and_emoji_fit_excel_cells(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.update_task(replace(plan.task(3), name="🚀" * 20000, notes="n" * 40000))
    path = tmp_path / "long.xlsx"
    write_plan(plan, path)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert len(cell.value.encode("utf-16-le")) // 2 <= 32767
    assert diff_plans(plan, read_plan(path)) == []
