"""The workbook read by a client without Gantry: what the Gantt colours mean, budget totals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.formats import read_plan
from app.io.excel_export import write_workbook
from tests.unit.excel_plans import sample_plan


def _fill(cell) -> str | None:
    return str(cell.fill.fgColor.rgb)[-6:] if cell.fill.fill_type else None


@pytest.fixture
def gantt(tmp_path: Path):
    path = tmp_path / "plan.xlsx"
    write_workbook(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return openpyxl.load_workbook(path)["Gantt"]


def _legend_row(texts: list[str]) -> int:
    return next(k for k, t in enumerate(texts) if t.startswith("Legend"))


def test_a_legend_names_every_colour_and_mark_the_bars_use(gantt):
    rows = list(gantt.iter_rows(min_row=3))
    texts = [str(r[1].value) for r in rows]
    first = _legend_row(texts)  # blue, red and dark bars meant nothing to a client
    legend = {str(r[1].value): r for r in rows[first + 1 :] if r[1].value}
    task_rows = rows[:first]
    used = {_fill(c) for r in task_rows for c in r[4:] if _fill(c)}
    explained = {_fill(c) for r in legend.values() for c in r[4:] if _fill(c)}
    assert used <= explained
    marks = {c.value for r in task_rows for c in r[4:] if isinstance(c.value, str)}
    assert marks <= {c.value for r in legend.values() for c in r[4:] if c.value}
    # said in the name column, which every printed page repeats
    assert texts[first] == "Legend (each column is a day)"  # a short plan: a column a day


def test_the_legend_comes_after_every_task_row(gantt):
    rows = list(gantt.iter_rows(min_row=3, values_only=True))
    first = _legend_row([str(r[1]) for r in rows])
    assert all(isinstance(r[0], int) for r in rows[: first - 1])  # task rows, then a gap
    assert rows[first - 1][1] is None


def test_the_budget_total_row_adds_up_every_money_column(tmp_path):
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    costs = compute_costs(plan, schedule(plan))
    assert costs.budget is not None  # the demo plan has a baseline
    path = tmp_path / "demo.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    ws = openpyxl.load_workbook(path)["Budget"]
    titles = [c.value for c in ws[1]]
    total = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Total")
    value = {t: c.value for t, c in zip(titles, total, strict=False)}
    # only Cost was totalled: Baseline, Variance and Actual cost had nothing under them
    assert value["Cost"] == pytest.approx(costs.total_cost)
    assert value["Baseline"] == pytest.approx(costs.budget)
    assert value["Variance (+ over)"] == pytest.approx(costs.total_cost - costs.budget)  # aab0b02e
    assert value["Actual cost (all recorded)"] == pytest.approx(costs.total_actual_cost)
    assert value["Fixed cost"] == pytest.approx(sum(t.fixed_cost for t in plan.tasks))
    assert all(c.number_format.startswith('"€"') for c in total[2:7])
