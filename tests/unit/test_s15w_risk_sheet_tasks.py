"""The client workbook's Risks sheet carries each risk's tasks and description, both ways.

Found by a tester: the Risks view shows which tasks a risk threatens (by row ID)
and its description, but the workbook left both out, so a client could neither
read nor change them. The Tasks cell names tasks by the ``#`` the Plan sheet
shows; a ``#`` that is no task is refused naming the cell. Also here: the Risks
sheet reads a probability typed as text by the Risks view's rule ("0,4" was 0.4 %
in the sheet, 40 % in the view) and refuses a negative impact in plain words.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook


def _plan() -> Plan:
    plan = Plan(project=Project(name="Migration"))
    for uid, name in enumerate(("Extract", "Transform", "Load", "Verify"), start=1):
        plan.append_task(Task(uid, name, duration_minutes=480))
    plan.add_risk(
        Risk(1, "Data late", 0.4, 1000.0, task_uids=(3, 1), description="Vendor extract slips")
    )
    plan.add_risk(Risk(2, "Key person leaves", 0.2, 5000.0))
    return plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path)
    return path


def _rows(path: Path) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)["Risks"]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, [c.value for c in row], strict=False)) for row in ws.iter_rows(2)]


def _set(path: Path, row: int, title: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Risks"]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(title) + 1).value = value
    wb.save(path)


def test_the_sheet_shows_tasks_by_their_plan_number_and_the_description(exported: Path) -> None:
    rows = _rows(exported)
    assert rows[0]["Tasks"] == "3, 1"  # as the view lists them, by # (row ID)
    assert rows[0]["Description"] == "Vendor extract slips"
    assert rows[1]["Tasks"] is None
    assert rows[1]["Description"] is None


def test_a_returned_workbook_with_no_edit_changes_nothing(exported: Path) -> None:
    assert diff_plans(_plan(), read_plan(exported)) == []


def test_edited_tasks_and_description_come_back(exported: Path) -> None:
    _set(exported, 2, "Tasks", "2 - 4")
    _set(exported, 2, "Description", "Vendor extract slips a week")
    _set(exported, 3, "Tasks", 2)  # a number cell
    trip = read_roundtrip_workbook(exported)
    assert trip.theirs.risk(1).task_uids == (2, 3, 4)
    assert trip.theirs.risk(1).description == "Vendor extract slips a week"
    assert trip.theirs.risk(2).task_uids == (2,)
    changed = {(c.uid, c.field) for c in diff_plans(trip.base, trip.theirs)}
    assert changed == {(1, "task_uids"), (1, "description"), (2, "task_uids")}


def test_tasks_follow_the_numbers_of_the_plan_sheet_the_client_edited(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    plan_ws = wb["Plan"]
    header = [c.value for c in plan_ws[1]]
    plan_ws.delete_rows(2)  # 'Extract' (# 1) deleted: the risk keeps only 'Load'
    added = [None] * len(header)  # a task the client added, numbered 9
    added[header.index("#")], added[header.index("Task")] = 9, "Archive"
    plan_ws.append(added)
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    assert trip.theirs.risk(1).task_uids == (3,)  # its Tasks cell untouched: no error
    _set(exported, 3, "Tasks", "9, 4")  # a new row's # names it
    trip = read_roundtrip_workbook(exported)
    archive = next(t.uid for t in trip.theirs.tasks if t.name == "Archive")
    assert trip.theirs.risk(2).task_uids == (archive, 4)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("7", "Risks!J2: no task with # 7 on the Plan sheet"),
        ("2, 3-12", "Risks!J2: no task with # 12 on the Plan sheet"),
        ("Load", "Risks!J2: 'Load' is not a task # (write 3, 5-7)"),
        ("4-2", "Risks!J2: '4-2' runs backwards: write 2-4"),
    ],
)
def test_an_unknown_task_number_is_refused_naming_the_cell(
    exported: Path, typed: str, says: str
) -> None:
    _set(exported, 2, "Tasks", typed)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(exported)
    assert str(caught.value) == says


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0,4", 0.4),
        ("0.25", 0.25),
        ("40", 0.4),
        ("40%", 0.4),
        ("0.5%", 0.005),
        (0.3, 0.3),
    ],
)
def test_probability_reads_as_the_risks_view_reads_it(
    exported: Path, typed: object, expected: float
) -> None:
    _set(exported, 3, "Probability", typed)
    assert read_roundtrip_workbook(exported).theirs.risk(2).probability == pytest.approx(expected)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("likely", "Risks!C3: 'likely' is not a percentage (type 40%, 40 or 0.4)"),
        ("140", "Risks!C3: '140' is not between 0 and 100 %"),
        (-0.2, "Risks!C3: -0.2 is not between 0 and 100 %"),
        # The cell keeps its 0% format, so Excel shows the number 30 as 3000 %
        # (typed in Excel it would be stored as 0.3 and read as 30 %).
        (30, "Risks!C3: '3000%' is not between 0 and 100 %"),
    ],
)
def test_a_probability_that_is_none_gets_one_message(
    exported: Path, typed: object, says: str
) -> None:
    _set(exported, 3, "Probability", typed)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(exported)
    assert str(caught.value) == says


def test_a_negative_impact_is_refused_in_plain_words(exported: Path) -> None:
    _set(exported, 2, "Impact", -500)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(exported)
    assert str(caught.value) == "Risks!D2: the impact cannot be negative (-500)"


def test_a_new_risk_row_takes_its_tasks(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    wb["Risks"].append(
        [None, "Licence audit", "10%", 2000, None, None, None, None, "open", "4", "Yearly"]
    )
    wb.save(exported)
    new = read_roundtrip_workbook(exported).theirs.risk(3)
    assert replace(new, uid=0) == Risk(
        0, "Licence audit", 0.1, 2000.0, task_uids=(4,), description="Yearly"
    )
