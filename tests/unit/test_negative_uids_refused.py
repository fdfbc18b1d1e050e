"""Every reader refuses a negative UID with one message naming where it sits; nothing is read.

MS Project never writes one (its project summary task is UID 0, its "no
resource" placeholder a ResourceUID of -65535 and "no calendar" a CalendarUID
of -1, which stay accepted); GanttProject numbers from 0 and Gantry from 1.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.gan import read_gan
from app.io.mspdi import read_mspdi
from app.store.document import GantryFile
from tests.unit.excel_plans import sample_plan

NS = "http://schemas.microsoft.com/project"


# ---------------------------------------------------------------------- MS Project XML


def _xml(tmp_path: Path, tasks: str, extra: str = "", after: str = "") -> Path:
    path = tmp_path / "plan.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>"
        f"{extra}<Tasks>{tasks}</Tasks>{after}</Project>",
        encoding="utf-8",
    )
    return path


def _task(uid: int, row: int, body: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{row}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration>{body}</Task>"
    )


SUMMARY = "<Task><UID>0</UID><ID>0</ID><OutlineLevel>0</OutlineLevel></Task>"
RESOURCES = (
    "<Resources><Resource><UID>0</UID></Resource>"  # MS Project's blank resource row
    "<Resource><UID>1</UID><Name>Ana</Name></Resource></Resources>"
)


def _assignment(uid: int, task: int, resource: int) -> str:
    return (
        f"<Assignment><UID>{uid}</UID><TaskUID>{task}</TaskUID>"
        f"<ResourceUID>{resource}</ResourceUID></Assignment>"
    )


def test_ms_project_uids_from_0_and_its_placeholders_are_read(tmp_path):
    """UID 0 (the project summary task, the blank resource), ResourceUID -65535 and
    CalendarUID -1 are MS Project's own: still read."""
    path = _xml(
        tmp_path,
        SUMMARY + _task(1, 1, "<CalendarUID>-1</CalendarUID>") + _task(2, 2),
        "",
        RESOURCES
        + "<Assignments>"
        + _assignment(0, 1, 1)
        + _assignment(7, 2, -65535)
        + "</Assignments>",
    )
    plan = read_mspdi(path)
    assert [t.uid for t in plan.tasks] == [1, 2]
    assert plan.tasks[0].calendar_uid is None
    assert [(a.uid, a.task_uid, a.resource_uid) for a in plan.assignments] == [(0, 1, 1)]


def test_a_negative_task_uid_names_its_element(tmp_path):
    path = _xml(tmp_path, SUMMARY + _task(1, 1) + _task(-3, 2) + _task(-4, 3))
    with pytest.raises(FileFormatError) as caught:
        read_mspdi(path)
    # The summary task is Tasks/Task[1]: the first negative one is the third Task element.
    assert str(caught.value) == "Tasks/Task[3]/UID: UID -3 is negative; it must be 0 or more"


@pytest.mark.parametrize(
    "row",
    [
        "<Task><UID>-5</UID><ID>2</ID><IsNull>1</IsNull></Task>",
        "<Task><UID>-5</UID><ID>2</ID><Name>Other</Name><OutlineLevel>1</OutlineLevel>"
        "<ExternalTask>1</ExternalTask></Task>",
        # A row the fast path leaves to the checked reader (a manually scheduled task)
        "<Task><UID>-5</UID><ID>2</ID><Name>Odd</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT8H0M0S</Duration><Manual>1</Manual></Task>",
    ],
    ids=["null row", "other project's task", "unusual row"],
)
def test_rows_left_out_or_read_slowly_are_checked_too(tmp_path, row):
    path = _xml(tmp_path, _task(1, 1) + row + _task(3, 3))
    with pytest.raises(FileFormatError, match=r"^Tasks/Task\[2\]/UID: UID -5 is negative"):
        read_mspdi(path)


def test_the_first_negative_in_file_order_is_named(tmp_path):
    """A slow row before a fast one: the message names the earlier element."""
    odd = (
        "<Task><UID>-9</UID><ID>1</ID><Name>Odd</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT8H0M0S</Duration><Manual>1</Manual></Task>"
    )
    path = _xml(tmp_path, odd + _task(-3, 2))
    with pytest.raises(FileFormatError, match=r"^Tasks/Task\[1\]/UID: UID -9 "):
        read_mspdi(path)


def test_a_negative_resource_assignment_or_calendar_uid_names_its_element(tmp_path):
    cases = [
        (
            "",
            "<Resources><Resource><UID>1</UID><Name>Ana</Name></Resource>"
            "<Resource><UID>-2</UID><Name>Ben</Name></Resource></Resources>",
            "Resources/Resource[2]/UID: UID -2 is negative",
        ),
        (
            "",
            RESOURCES + "<Assignments>" + _assignment(-1, 1, 1) + "</Assignments>",
            "Assignments/Assignment[1]/UID: UID -1 is negative",
        ),
        (
            "<Calendars><Calendar><UID>1</UID><Name>Standard</Name></Calendar>"
            "<Calendar><UID>-6</UID><Name>Night</Name></Calendar></Calendars>",
            "",
            "Calendars/Calendar[2]/UID: UID -6 is negative",
        ),
    ]
    for extra, after, message in cases:
        path = _xml(tmp_path, _task(1, 1), extra, after)
        with pytest.raises(FileFormatError, match="^" + message.replace("[", r"\[")):
            read_mspdi(path)


def test_the_command_line_says_it_in_one_line_and_exits_1(tmp_path, capsys):
    path = _xml(tmp_path, _task(1, 1) + _task(-3, 2))
    assert main(["schedule", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "Tasks/Task[2]/UID: UID -3 is negative; it must be 0 or more" in lines[0]


# ---------------------------------------------------------------------- GanttProject


def _gan(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "plan.gan"
    path.write_text(f'<project name="x">{body}</project>')
    return path


def test_ganttproject_ids_from_0_are_read_and_a_negative_one_refused(tmp_path):
    good = _gan(
        tmp_path,
        '<tasks><task id="0" name="a" start="2024-01-02" duration="1"/></tasks>',
    )
    assert [t.uid for t in read_gan(good).tasks] == [1]
    bad = _gan(
        tmp_path,
        '<tasks><task id="0" name="a" start="2024-01-02" duration="1">'
        '<task id="1" name="b" start="2024-01-02" duration="1"/>'
        '<task id="-2" name="c" start="2024-01-02" duration="1"/></task></tasks>',
    )
    with pytest.raises(FileFormatError) as caught:
        read_gan(bad)
    assert (
        str(caught.value)
        == "plan.gan: tasks/task/task[2]/@id: id -2 is negative; it must be 0 or more"
    )


def test_ganttproject_negative_resource_and_allocation_ids(tmp_path):
    task = '<tasks><task id="0" name="a" start="2024-01-02" duration="1"/></tasks>'
    bad = _gan(tmp_path, task + '<resources><resource id="-1" name="Ana"/></resources>')
    with pytest.raises(FileFormatError, match=r"resources/resource/@id: id -1 is negative"):
        read_gan(bad)
    bad = _gan(
        tmp_path,
        task
        + '<resources><resource id="0" name="Ana"/></resources>'
        + '<allocations><allocation task-id="0" resource-id="-4"/></allocations>',
    )
    with pytest.raises(FileFormatError, match=r"allocation/@resource-id: id -4 is negative"):
        read_gan(bad)


# ---------------------------------------------------------------------- sheets


def test_a_negative_row_id_in_a_csv_names_its_cell(tmp_path):
    path = tmp_path / "tasks.csv"
    path.write_text("ID,Task,Duration,Predecessors\n1,Design,2d,\n-3,Build,3d,1\n")
    with pytest.raises(FileFormatError, match=r"!A3: row id -3 is negative; it must be 0 or more"):
        read_plan(path)


def test_sheet_ids_that_are_not_negative_numbers_stay_accepted(tmp_path):
    """The sheet import's own ids: any text, 0 included; predecessors name them."""
    path = tmp_path / "tasks.csv"
    path.write_text("ID,Task,Duration,Predecessors\n0,Design,2d,\nT-1,Build,3d,0\n-,Test,1d,0\n")
    plan = read_plan(path)
    assert [t.name for t in plan.tasks] == ["Design", "Build", "Test"]
    assert [(lk.predecessor, lk.successor) for lk in plan.links] == [(1, 2), (1, 3)]


def test_a_negative_id_in_a_workbook_sheet_names_its_cell(tmp_path):
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tasks"
    for row in (["Task", "Duration", "ID"], ["Design", "2d", 1], ["Build", "3d", -7]):
        ws.append(row)
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"^Tasks!C3: row id -7 is negative"):
        read_plan(path)


def test_a_negative_uid_in_a_returned_gantry_workbook_names_its_cell(tmp_path):
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    assert read_plan(path).tasks  # as exported: read
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("UID") + 1
    ws.cell(row=4, column=col).value = -12
    wb.save(path)
    letter = openpyxl.utils.get_column_letter(col)
    with pytest.raises(FileFormatError) as caught:
        read_plan(path)
    assert str(caught.value) == f"Plan!{letter}4: UID -12 is negative; it must be 0 or more"


# ---------------------------------------------------------------------- .gantry


def test_a_gantry_file_holding_negative_uids_still_opens(tmp_path):
    """Imports refuse them now; a plan an earlier version imported with one stays the user's.

    The window handles them (tests/gui/test_negative_uids.py): refusing to open
    the user's own file would lock them out of their work.
    """
    plan = Plan(tasks=[Task(0, "Zero", 1), Task(1, "A", 1), Task(2, "B", 1)])
    plan.resources.append(Resource(1, "Ana"))
    plan.assignments.append(Assignment(1, 1, 1))
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE tasks SET uid = -2 WHERE uid = 2")
    conn.close()
    opened = GantryFile.open(path)
    assert [t.uid for t in opened.plan.tasks] == [0, 1, -2]
    opened.close()
