"""A workbook that lost its hidden _gantry sheet tells every bad cell of its sheets at once,
as one with it does: the Plan sheet's bad cells were raised one at a time (the first alone),
before the Team, Risks and About sheets were even looked at, so a client fixing a returned
workbook heard of one cell per import. Now one message names them all, each line a sheet,
row and column; nothing is read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.roundtrip_refusals import LIMIT, CellRefusals

DAY = 480


def _plan(names: tuple[str, ...] = ("Dig", "Pour", "Cure", "Strip")) -> Plan:
    plan = Plan(
        project=Project(
            name="Slab", start=datetime(2027, 3, 1, 8), status_date=datetime(2027, 3, 3, 17)
        )
    )
    for uid, name in enumerate(names, start=1):
        plan.append_task(Task(uid, name, 1, duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(
        Resource(2, "Concrete", ResourceType.MATERIAL, standard_rate=90.0, material_label="m³")
    )
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 2, 12.5))
    plan.add_risk(Risk(1, "Rain", 0.4, 5000.0, task_uids=(2,)))
    return plan


def _lost(tmp_path: Path, plan: Plan, typed: dict[str, dict[tuple[str, str], object]]) -> Path:
    """``plan``'s workbook without its _gantry sheet, ``typed`` into cells found by sheet,
    then (row's first-column text or task name, column title)."""
    path = tmp_path / "returned.xlsx"
    write_plan(plan, path, now=datetime(2027, 3, 1, 9, 0))
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]  # the client deleted the hidden sheet
    for sheet, cells in typed.items():
        ws = wb[sheet]
        titles = [c.value for c in ws[1]]
        for (row_name, title), value in cells.items():
            if sheet == "About":  # label, value
                (row,) = [r for r in ws.iter_rows() if r[0].value == row_name]
                row[1].value = value
                continue
            key = titles.index("Task" if sheet == "Plan" else titles[1])
            (row,) = [r for r in ws.iter_rows(min_row=2) if r[key].value == row_name]
            row[titles.index(title)].value = value
    wb.save(path)
    return path


def test_s24wb_every_sheets_bad_cells_are_told_together(tmp_path):
    path = _lost(
        tmp_path,
        _plan(),
        {
            "Plan": {
                ("Strip", "Predecessors"): "99",  # found after the rows: links come last
                ("Cure", "Duration"): "soon",
                ("Pour", "People"): "Concrete[1.2.3 m³]",  # taken out before the sheet's read
                ("Dig", "Start"): "31/02/2027",
            },
            "Team": {("Ana", "Type"): "robot"},
            "Risks": {("Rain", "Probability"): "lots"},
            "About": {("Status date", ""): "next Tuesday"},
        },
    )
    with pytest.raises(CellRefusals) as refused:
        read_plan(path)
    assert refused.value.lines() == [  # the Plan sheet's in row order, then as the sheets stand
        "Plan!F2: '31/02/2027' is not a date",
        "Plan!I3: 'Concrete[1.2.3 m³]' is no quantity",
        "Plan!E4: 'soon' is not a duration (try 5d, 4h, 2w)",
        "Plan!H5: no task with id 99",
        "Team!D2: 'robot' is not a type (Work, Material, Cost)",
        "Risks!C2: 'lots' is not a percentage (type 40%, 40 or 0.4)",
        "About!B6: 'next Tuesday' is not a date",
    ]
    assert str(refused.value) == (
        "Plan!F2: '31/02/2027' is not a date (and 6 more cells: Plan!I3, Plan!E4, Plan!H5, "
        "Team!D2, Risks!C2, About!B6)"
    )


def test_s24wb_the_command_line_says_them_on_one_line(tmp_path, capsys):
    path = _lost(
        tmp_path,
        _plan(),
        {"Plan": {("Cure", "Duration"): "soon"}, "Team": {("Ana", "Type"): "robot"}},
    )
    out = tmp_path / "out.gantry"
    capsys.readouterr()
    assert main(["convert", str(path), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: returned.xlsx: Plan!E4: 'soon' is not a duration (try 5d, 4h, 2w) "
        "(and 1 more cell: Team!D2)"
    ]
    assert not out.exists()


def test_s24wb_one_bad_cell_is_one_plain_refusal(tmp_path):
    path = _lost(tmp_path, _plan(), {"Plan": {("Cure", "Start"): "someday"}})
    with pytest.raises(FileFormatError) as refused:
        read_plan(path)
    assert not isinstance(refused.value, CellRefusals)
    assert str(refused.value) == "Plan!F4: 'someday' is not a date"


def test_s24wb_past_the_limit_the_first_are_told_and_more_said(tmp_path):
    names = tuple(f"Task {chr(65 + k)}" for k in range(LIMIT + 3))
    plan = _plan(names)
    path = _lost(tmp_path, plan, {"Plan": {(n, "Duration"): "soon" for n in names}})
    with pytest.raises(CellRefusals) as refused:
        read_plan(path)
    assert refused.value.more
    assert refused.value.lines()[:LIMIT] == [
        f"Plan!E{k + 2}: 'soon' is not a duration (try 5d, 4h, 2w)" for k in range(LIMIT)
    ]
    assert refused.value.lines()[-1] == "and more cells like these"


def test_s24wb_every_range_of_units_off_a_recurring_task_is_refused(tmp_path):
    """Rows shaped as a recurring task's (Standup, Standup 1) that are none: each range of
    units on them is refused, not the first alone."""
    plan = _plan(("Standup", "Standup 1", "Review", "Review 1"))
    path = _lost(
        tmp_path,
        plan,
        {
            "Plan": {
                ("Standup", "People"): "Ana[25-75%]",
                ("Review", "People"): "Ana[10-20%]",
                ("Review 1", "Duration"): "soon",
            }
        },
    )
    with pytest.raises(CellRefusals) as refused:
        read_plan(path)
    lines = refused.value.lines()
    assert [line.partition(":")[0] for line in lines] == ["Plan!I2", "Plan!I4", "Plan!E5"]
    assert "'Ana[25-75%]'" in lines[0]
    assert "'Ana[10-20%]'" in lines[1]


def test_s24wb_a_good_workbook_still_reads_whole(tmp_path):
    plan = read_plan(_lost(tmp_path, _plan(), {}))
    assert [t.name for t in plan.tasks] == ["Dig", "Pour", "Cure", "Strip"]
    assert {r.name for r in plan.resources} == {"Ana", "Concrete"}
    assert [r.title for r in plan.risks] == ["Rain"]
    assert plan.project.status_date == datetime(2027, 3, 3, 17)
