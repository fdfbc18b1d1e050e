"""The workbook's Plan sheet shows Baseline Start, Baseline Finish, Start Variance and
Finish Variance (task s25co): a PMO auditor had the baseline's cost on the Budget sheet but
no date to hold the plan against. They are worked out, so reading the workbook back takes
nothing from them, typed over or not, and names none of them as a column it does not read.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import openpyxl

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_export import write_workbook

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480
TITLES = ["Baseline Start", "Baseline Finish", "Start Variance", "Finish Variance"]


def _plan(baseline: bool = True) -> Plan:
    """Design (5d) then Build (5d); baselined, then Design grew to 7d: two days late."""
    from app.domain.scheduler import schedule

    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    plan.add_link(Link(1, 2))
    if baseline:
        sched = schedule(plan)
        plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.update_task(replace(plan.task(1), duration_minutes=7 * DAY))
    plan.append_task(Task(3, "Review", 1, duration_minutes=DAY))  # not in the baseline
    return plan


def _sheet(path):
    ws = openpyxl.load_workbook(path)["Plan"]
    header = [c.value for c in ws[1]]
    rows = {r[3].value: dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2)}
    return header, rows


def test_s25co_plan_sheet_shows_baseline_dates_and_variances(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(), path, now=datetime(2027, 6, 1, 9, 30))
    header, rows = _sheet(path)
    at = header.index("Baseline Start")
    assert header[at : at + 4] == TITLES
    design, build, review = rows["Design"], rows["Build"], rows["Review"]
    assert design["Baseline Finish"].value == datetime(2027, 3, 5, 17, 0)
    assert build["Baseline Start"].value == datetime(2027, 3, 8, 8, 0)
    assert (design["Start Variance"].value, design["Finish Variance"].value) == ("0d", "+2d")
    assert (build["Start Variance"].value, build["Finish Variance"].value) == ("+2d", "+2d")
    assert build["Baseline Start"].number_format == build["Start"].number_format  # a date
    assert all(review[t].value is None for t in TITLES)  # added since: no baseline


def test_s25co_no_baseline_no_columns(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(baseline=False), path)
    header, _rows = _sheet(path)
    assert not set(TITLES) & set(header)


def test_s25co_baseline_columns_read_back_as_not_editable(tmp_path, capsys):
    source = tmp_path / "shop.gantry"
    write_plan(_plan(), source)
    path = tmp_path / "shop.xlsx"
    assert main(["convert", str(source), str(path)]) == 0
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    for title, typed in zip(TITLES, (datetime(2027, 1, 4, 8, 0), None, "+9d", "-3d"), strict=True):
        ws.cell(2, header.index(title) + 1).value = typed  # the client types over them
    book.save(path)
    capsys.readouterr()
    assert main(["diff", str(source), str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"changes": []}
    assert "not one Gantry reads" not in captured.err
