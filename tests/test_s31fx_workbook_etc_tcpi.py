"""The workbook's Budget sheet gave a controller PV, EV, AC, CPI, SPI, EAC and VAC but no ETC
or TCPI, which the window's Budget view shows (tester s31xf, M4): its earned-value block now
ends with both, the same figures ``gantry report --json`` gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from tests.test_s24s2_info_deadlines import DEMO

STATUS = "2027-03-05"


def _figures(path: Path) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)["Budget"]
    rows = [tuple(c.value for c in row[:3]) for row in ws.iter_rows()]
    at = next(i for i, r in enumerate(rows) if str(r[1] or "").startswith("Earned value at"))
    return {r[1]: r[2] for r in rows[at + 1 :] if r[1]}


def test_s31fx_budget_sheet_has_etc_and_tcpi(tmp_path, capsys):
    plan = tmp_path / "over.gantry"
    shutil.copy(DEMO, plan)
    assert main(["status-date", str(plan), STATUS]) == 0
    assert main(["update", str(plan), "--through", STATUS]) == 0
    assert main(["progress", str(plan), "--task", "4", "--actual-work", "100h"]) == 0
    book = tmp_path / "over.xlsx"
    assert main(["convert", str(plan), str(book)]) == 0
    capsys.readouterr()
    assert main(["report", str(plan), "--json"]) == 0
    cost = json.loads(capsys.readouterr().out)["cost"]
    figures = _figures(book)
    etc = figures["Estimate to complete (ETC)"]
    tcpi = figures["To-complete performance index (TCPI)"]
    assert etc == pytest.approx(cost["etc"], abs=0.01)
    assert tcpi == pytest.approx(cost["tcpi"], abs=0.005)
    ac = figures["AC (to status date)"]
    assert etc == pytest.approx(figures["Estimate at completion (EAC)"] - ac, abs=0.01)
    assert tcpi > 1  # the overrun: what is left must be done cheaper
    ws = openpyxl.load_workbook(book)["Budget"]
    row = next(r for r in ws.iter_rows() if r[1].value == "To-complete performance index (TCPI)")
    assert row[2].number_format == "0.00"


def test_s31fx_each_task_has_ac_to_status_date_etc_and_tcpi(tmp_path, capsys):
    plan = tmp_path / "over.gantry"
    shutil.copy(DEMO, plan)
    assert main(["status-date", str(plan), STATUS]) == 0
    assert main(["update", str(plan), "--through", STATUS]) == 0
    assert main(["progress", str(plan), "--task", "4", "--actual-work", "100h"]) == 0
    book = tmp_path / "over.xlsx"
    assert main(["convert", str(plan), str(book)]) == 0
    capsys.readouterr()
    assert main(["report", str(plan), "--json", "--tasks"]) == 0
    tasks = {t["name"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    ws = openpyxl.load_workbook(book)["Budget"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[-3:] == ["AC (to status date)", "ETC", "TCPI"]
    at = {title: header.index(title) for title in ("AC (to status date)", "ETC", "EAC")}
    name_at = header.index("Task")
    by_name = {str(r[name_at]).strip(): r for r in rows[1:] if r[name_at]}
    for name in ("Stakeholder interviews", "Initiation and discovery"):
        row, task = by_name[name], tasks[name]
        assert row[at["AC (to status date)"]] == pytest.approx(task["acwp"], abs=0.01)
        assert row[at["ETC"]] == pytest.approx(row[at["EAC"]] - task["acwp"], abs=0.01)
