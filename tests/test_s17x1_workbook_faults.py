"""Faults a project manager met trading plans with a client in Excel (task s17x1).

Each test is a client workbook that broke the import or the round trip: one value far to
the right of the plan, a renamed register sheet, a date before 1900.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.formats import read_plan
from app.io.excel_import import inspect_workbook, read_workbook


def _save(path: Path, rows: list[list[object]], title: str = "Plan") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _one_far_cell(path: Path, cell: str) -> Path:
    """A two-task plan with one stray value far from it (a 5 KB file)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration"])
    ws.append(["Design", "5d"])
    ws.append(["Build", "3d"])
    ws[cell] = "x"
    wb.save(path)
    return path


def test_s17x1_a_value_in_the_last_column_is_refused_before_the_cells_are_read(
    tmp_path: Path,
) -> None:
    # One 'x' in XFD5000 made calamine hand over 5,000 x 16,384 cells: the import took
    # 3 GB and died with a MemoryError traceback (the row limit alone let it through).
    path = _one_far_cell(tmp_path / "stray.xlsx", "XFD5000")
    message = (
        r"^Plan: its cells reach XFD5000 \(5,000 rows by 16,384 columns\), more than the "
        r"10,000,000 cells a sheet may have; delete the rows and columns past the plan"
    )
    with pytest.raises(FileFormatError, match=message):
        read_plan(path)
    with pytest.raises(FileFormatError, match=message):  # File > Import's first look
        inspect_workbook(path)


def test_s17x1_a_value_in_the_last_column_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    path = _one_far_cell(tmp_path / "stray.xlsx", "XFD5000")
    out = tmp_path / "plan.gantry"
    done = subprocess.run(
        [sys.executable, "-m", "app", "convert", str(path), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "XFD5000" in lines[0]
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_s17x1_a_wide_plan_within_the_limit_still_reads(tmp_path: Path) -> None:
    # a stray value at column ZZ (702 columns) of a short sheet is no reason to refuse it
    path = _one_far_cell(tmp_path / "wide.xlsx", "ZZ3")
    plan = read_workbook(path)
    assert [t.name for t in plan.tasks] == ["Design", "Build"]


def test_s17x1_a_far_value_in_a_sheet_without_dimension_is_refused_too(tmp_path: Path) -> None:
    # openpyxl's write-only sheets (Gantry's own exports among them) write no <dimension>:
    # the extent is then read from the cells' references
    path = tmp_path / "stray.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["Task", "Duration"])
    ws.append(["Design", "5d"])
    for _ in range(3997):
        ws.append([])
    ws.append([None] * 3000 + ["x"])  # DKK4000: 4,000 x 3,001 cells
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"^Plan: its cells reach DKK4000 \(4,000 rows"):
        read_plan(path)


def _exported_with_register(tmp_path: Path) -> tuple[Path, object]:
    """A plan with one person and one risk, exported as the client workbook."""
    from datetime import datetime

    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.resource import Assignment, Resource
    from app.domain.risk import Risk
    from app.domain.task import Task
    from app.formats import write_plan

    plan = Plan(project=Project(name="Trade", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    plan.add_risk(Risk(1, "Vendor late", 0.3, 10000.0, task_uids=(1,)))
    path = tmp_path / "Trade.xlsx"
    write_plan(plan, path)
    return path, plan


def _renamed(path: Path, old: str, new: str, cell: str, value: object) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb[old]
    ws.title = new
    ws[cell] = value
    out = path.with_name(f"{new}.xlsx")
    wb.save(out)
    return out


def test_s17x1_a_renamed_risks_sheet_still_brings_its_edits_back(tmp_path: Path) -> None:
    # The client renamed 'Risks' to 'Risk register' and raised a probability: the import
    # said "no changes" and the edit was lost without a word (the Plan sheet is found
    # under any name by its header; the registers were looked up by name only).
    from app.io.excel_import import read_roundtrip_workbook

    path, _plan = _exported_with_register(tmp_path)
    edited = _renamed(path, "Risks", "Risk register", "C2", 0.9)
    trip = read_roundtrip_workbook(edited)
    assert [r.probability for r in trip.theirs.risks] == [0.9]
    assert [r.probability for r in trip.base.risks] == [0.3]


def test_s17x1_a_renamed_team_sheet_still_brings_its_edits_back(tmp_path: Path) -> None:
    from app.io.excel_import import read_roundtrip_workbook

    path, _plan = _exported_with_register(tmp_path)
    edited = _renamed(path, "Team", "Our people", "F2", 120)
    trip = read_roundtrip_workbook(edited)
    assert [r.standard_rate for r in trip.theirs.resources] == [120.0]


def test_s17x1_a_bad_cell_in_a_renamed_register_names_the_sheet_as_the_client_sees_it(
    tmp_path: Path,
) -> None:
    path, _plan = _exported_with_register(tmp_path)
    edited = _renamed(path, "Risks", "Risk register", "C2", "likely")
    with pytest.raises(FileFormatError, match=r"Risk register!C2: "):
        read_plan(edited)


def _plan_of_1850():
    from datetime import datetime

    from app.domain.link import Link
    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.task import ConstraintType, Task

    plan = Plan(project=Project(name="Canal", start=datetime(1850, 3, 4, 8, 0)))
    plan.append_task(Task(1, "Survey", 1, duration_minutes=5 * 480))
    start = datetime(1850, 3, 18, 8, 0)
    plan.append_task(
        Task(
            2,
            "Dig",
            1,
            duration_minutes=10 * 480,
            constraint_type=ConstraintType.SNET,
            constraint_date=start,
        )
    )
    plan.add_link(Link(1, 2))
    return plan


def test_s17x1_a_plan_before_1900_goes_out_as_dates_excel_shows_and_comes_back(
    tmp_path: Path,
) -> None:
    # Excel holds no date before 1900: openpyxl wrote 1850's dates as negative serials
    # ('########' in Excel) and Gantry refused its own workbook ("Plan!F2: '08:00:00' is
    # not a date"). They go out as text, as Excel itself keeps such a date.
    from app.domain.diff import diff_plans
    from app.formats import write_plan

    plan = _plan_of_1850()
    path = tmp_path / "Canal.xlsx"
    write_plan(plan, path)
    ws = openpyxl.load_workbook(path)["Plan"]
    titles = [c.value for c in ws[1]]
    survey = [c.value for c in ws[2]]
    assert survey[titles.index("Start")] == "1850-03-04 08:00"
    assert survey[titles.index("Finish")] == "1850-03-08 17:00"
    back = read_plan(path)
    assert list(diff_plans(plan, back)) == []


def test_s17x1_a_date_cell_before_1900_is_named_as_such(tmp_path: Path) -> None:
    # LibreOffice keeps 1 March 1850 typed in a date cell as the serial -18201, which
    # reads as a time of day with no date: the message said "'00:00:00' is not a date"
    path = tmp_path / "old.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Start"])
    ws.append(["Survey", "5d", None])
    ws["C2"].value = -18201
    ws["C2"].number_format = "yyyy-mm-dd"
    wb.save(path)
    with pytest.raises(
        FileFormatError,
        match=r"^Plan!C2: a date before 1900 \(Excel holds none\), or a time with no date; "
        r"type the date as text, such as 1850-03-01$",
    ):
        read_workbook(path)


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        # as MS Project's sheet pastes them into Excel, and its CSV writes them
        ("3/1/27 8:00 AM", False, (2027, 3, 1, 8, 0)),
        ("Mon 3/1/27 8:00 AM", False, (2027, 3, 1, 8, 0)),
        ("3/1/2027 5:00 PM", False, (2027, 3, 1, 17, 0)),
        ("01/03/2027 08:00", True, (2027, 3, 1, 8, 0)),
        ("Mon 01/03/2027 17:00", True, (2027, 3, 1, 17, 0)),
        # a year first with slashes (Japan, China), Excel's d-mmm-yy display typed as text
        ("2027/03/01", True, (2027, 3, 1, 8, 0)),
        ("2027/03/01 13:30", True, (2027, 3, 1, 13, 30)),
        ("1-Mar-2027", True, (2027, 3, 1, 8, 0)),
        ("1-Mar-27", False, (2027, 3, 1, 8, 0)),
    ],
)
def test_s17x1_dates_typed_with_a_time_or_the_year_first_are_read(
    tmp_path: Path, text: str, day_first: bool, expected: tuple[int, ...]
) -> None:
    # They were refused: "'3/1/27 8:00 AM' is not a date"
    from datetime import datetime

    path = _save(tmp_path / "dates.xlsx", [["Task", "Duration", "Start"], ["Survey", "5d", text]])
    plan = read_workbook(path, day_first=day_first)
    assert plan.tasks[0].start == datetime(*expected)


def test_s17x1_an_ambiguous_date_with_a_time_says_which_way_it_was_read(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "dates.xlsx",
        [["Task", "Duration", "Start"], ["Survey", "5d", "07/08/2027 08:00"]],
    )
    said: list[str] = []
    read_workbook(path, day_first=True, warn=said.append)
    assert any("read day first (7 August 2027)" in line for line in said)


def test_s17x1_a_feature_list_with_dates_is_a_plan(tmp_path: Path) -> None:
    # "Feature | Start Date | End Date" (the shared Tables.xlsx has such a sheet): the
    # command line said no task name column was found; MS Project's wizard would map it
    from datetime import datetime

    path = _save(
        tmp_path / "features.xlsx",
        [
            ["Feature", "Start Date", "End Date"],
            ["Address Book", datetime(2027, 3, 1), datetime(2027, 3, 12)],
            ["Presence", datetime(2027, 3, 15), datetime(2027, 3, 19)],
        ],
        title="Features",
    )
    plan = read_workbook(path)
    assert [(t.name, t.duration_minutes // 480) for t in plan.tasks] == [
        ("Address Book", 10),
        ("Presence", 5),
    ]


def test_s17x1_a_plan_on_a_hidden_sheet_is_named_when_no_visible_sheet_is_one(
    tmp_path: Path,
) -> None:
    # "no header row ... found in any sheet" while the plan sat on a sheet the client hid
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active.append(["Project Mercury"])
    ws = wb.create_sheet("Schedule")
    ws.append(["Task", "Duration"])
    ws.append(["Design", "5d"])
    ws.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    with pytest.raises(
        FileFormatError,
        match=r"found in any visible sheet; hidden sheets are not read unless named: "
        r"'Schedule' \(gantry convert --sheet NAME\)$",
    ):
        read_workbook(path)
    assert [t.name for t in read_workbook(path, sheet="Schedule").tasks] == ["Design"]


def test_s17x1_people_with_units_in_round_brackets_or_after_the_name(tmp_path: Path) -> None:
    # "Ana (50%)" became a second person named 'Ana (50%)' beside Ana, at 100 %
    path = _save(
        tmp_path / "people.xlsx",
        [
            ["Task", "Duration", "Resources"],
            ["Design", "5d", "Ana"],
            ["Build", "5d", "Ana (50%), Ben 25%"],
            ["Crane hire", "2d", "Crane (50 t)"],  # a material's quantity stays in its name
        ],
    )
    plan = read_workbook(path)
    assert [r.name for r in plan.resources] == ["Ana", "Ben", "Crane (50 t)"]
    units = {(a.task_uid, a.resource_uid): a.units for a in plan.assignments}
    assert units == {(1, 1): 1.0, (2, 1): 0.5, (2, 2): 0.25, (3, 3): 1.0}


def test_s17x1_units_that_are_no_number_name_the_cell(tmp_path: Path) -> None:
    # 'Ana[1.2.3%]' escaped as a bare ValueError (the command line's "internal error")
    path = _save(
        tmp_path / "units.xlsx", [["Task", "Duration", "Resources"], ["A", "5d", "Ana[1.2.3%]"]]
    )
    with pytest.raises(
        FileFormatError, match=r"^Plan!C2: cannot read 'Ana\[1\.2\.3%\]' as a person"
    ):
        read_workbook(path)


def test_s17x1_a_date_cell_far_below_any_date_names_the_cell(tmp_path: Path) -> None:
    # -1e12 in a date-formatted cell made calamine panic (a Rust PanicException, which
    # no 'except Exception' catches): the command line printed a traceback
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Start"])
    ws.append(["Survey", "5d", -1e12])
    ws["C2"].number_format = "yyyy-mm-dd"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    message = r"^Plan!C2: -1e\+12 is not a date \(a date cell holds a number far out of range\)$"
    with pytest.raises(FileFormatError, match=message):
        read_plan(path)
    with pytest.raises(FileFormatError, match=message):
        inspect_workbook(path)


def test_s17x1_a_date_cell_far_below_any_date_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Start"])
    ws.append(["Survey", "5d", -1e12])
    ws["C2"].number_format = "yyyy-mm-dd"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    done = subprocess.run(
        [sys.executable, "-m", "app", "convert", str(path), str(tmp_path / "plan.gantry")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 1
    # calamine's panic printed its Rust backtrace above the line
    assert done.stderr.strip().splitlines() == [
        "gantry: far.xlsx: Plan!C2: -1e+12 is not a date (a date cell holds a number far "
        "out of range)"
    ]


def test_s17x1_a_sheet_the_client_added_does_not_stop_a_renamed_register(tmp_path: Path) -> None:
    # looking for the renamed Risks sheet, a junk sheet of the client's that cannot be read
    # (one value in XFD5000) is passed over, not the reason to refuse the workbook
    from app.io.excel_import import read_roundtrip_workbook

    path, _plan = _exported_with_register(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Risks"].title = "Risk register"
    wb["Risk register"]["C2"] = 0.9
    wb.create_sheet("Scratch")["XFD5000"] = "x"
    edited = tmp_path / "junk.xlsx"
    wb.save(edited)
    trip = read_roundtrip_workbook(edited)
    assert [r.probability for r in trip.theirs.risks] == [0.9]


def test_s17x1_an_unreadable_sheet_before_the_plan_does_not_stop_the_import(
    tmp_path: Path,
) -> None:
    # a notes sheet first, with one stray value in XFD5000, then the plan: the notes
    # sheet's refusal ended the import though the plan sheet was fine
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active["XFD5000"] = "x"
    ws = wb.create_sheet("Plan")
    ws.append(["Task", "Duration"])
    ws.append(["Design", "5d"])
    path = tmp_path / "notes_first.xlsx"
    wb.save(path)
    assert [t.name for t in read_workbook(path).tasks] == ["Design"]
    info = inspect_workbook(path)
    assert info.mapping is not None
    assert info.mapping.sheet == "Plan"
    # alone, the sheet still says why it cannot be read
    with pytest.raises(FileFormatError, match=r"^Notes: its cells reach XFD5000"):
        read_workbook(path, sheet="Notes")
