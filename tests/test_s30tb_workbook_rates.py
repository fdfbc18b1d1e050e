"""The client workbook says which actual cost is which and shows the rate tables (tester
s30xt, M4 and M5): the Budget sheet's column is 'Actual cost (all recorded)' and its EV
block's line 'AC (to status date)'; a Rates sheet lists each person's tables A-E with the
date each row takes effect and the tasks each prices; read back, nothing changes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.resource import RateEntry

TOM = "Tom Becker"


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    plan = formats.read_plan(path)
    tom = next(r for r in plan.resources if r.name == TOM)
    tables = (
        (
            RateEntry(None, 100.0, 150.0, 50.0),
            RateEntry(datetime(2027, 2, 1), 110.0, 150.0, 50.0),
        ),
        (RateEntry(None, 140.0, 200.0, 0.0),),
    )
    plan.update_resource(replace(tom, rate_tables=tables))
    a = next(a for a in plan.assignments if a.resource_uid == tom.uid)
    plan.update_assignments([replace(a, rate_table=1)])
    formats.write_plan(plan, path)
    return path


def test_s30tb_rates_sheet_and_actual_cost_titles(tmp_path, capsys):
    path = _plan(tmp_path)
    book_path = tmp_path / "plan.xlsx"
    assert main(["convert", str(path), str(book_path)]) == 0
    book = openpyxl.load_workbook(book_path)
    budget = book["Budget"]
    assert "Actual cost (all recorded)" in [c.value for c in budget[1]]
    labels = [r[1] for r in budget.iter_rows(values_only=True)]
    assert "AC (to status date)" in labels or "Actual cost (AC, all recorded)" in labels
    rows = list(book["Rates"].iter_rows(values_only=True))
    assert rows[0] == (
        "Person",
        "Table",
        "Effective from",
        "Std. rate",
        "Ovt. rate",
        "Cost/use",
        "Tasks",
    )
    toms = [r for r in rows if r[0] == TOM]
    assert [(r[1], r[2], r[3]) for r in toms] == [
        ("A", None, 100),
        ("A", datetime(2027, 2, 1), 110),
        ("B", None, 140),
    ]
    plan = formats.read_plan(path)
    tom_uid = next(r.uid for r in plan.resources if r.name == TOM)
    on_b = [
        plan.task(a.task_uid).name
        for a in plan.assignments
        if a.resource_uid == tom_uid and a.rate_table == 1
    ]
    assert toms[2][6] == "; ".join(on_b)
    capsys.readouterr()
    assert main(["diff", str(path), str(book_path)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
