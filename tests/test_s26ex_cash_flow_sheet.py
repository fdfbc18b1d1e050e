"""The workbook export's Cash Flow sheet: the Cash Flow report a PM prints (File > Cash
Flow…, ``gantry report --cash-flow``) by month for each top-level task, in the .xlsx too;
left out of a hand-off without costs, and never read back from a returned workbook.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from app import formats
from app.domain.cash_flow import CashPeriod, cash_flow
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.io.excel_export import write_workbook
from app.io.excel_export_choice import CLIENT_HANDOFF, ExportChoice

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _rows(path: Path) -> list[list[object]]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name("Cash Flow").to_python()


def test_s26ex_the_workbook_has_the_cash_flow_report_by_month(tmp_path):
    plan = formats.read_plan(DEMO)
    sched = schedule(plan)
    flow = cash_flow(plan, sched, compute_costs(plan, sched), CashPeriod.MONTH, 1)
    out = tmp_path / "plan.xlsx"
    write_workbook(plan, out)
    names = load_workbook(out, read_only=True).sheetnames
    assert names.index("Cash Flow") == names.index("Budget") + 1
    rows = _rows(out)
    assert rows[0] == ["Task", *flow.labels, "Total", "Baseline"]
    top = [t.name for t in plan.tasks if t.outline_level == 1]
    assert [r[0] for r in rows[1:-3]] == top
    total, cumulative, planned = rows[-3], rows[-2], rows[-1]
    assert total[0] == "Total"
    assert total[1:-2] == [round(v, 2) for v in flow.totals]
    assert total[-2] == round(flow.total, 2) == round(compute_costs(plan, sched).total_cost, 2)
    assert cumulative[0] == "Cumulative"
    assert cumulative[len(flow.labels)] == round(flow.total, 2)  # it ends at the total
    assert planned[0] == "Baseline cumulative"
    assert planned[1 : len(flow.labels) + 1] == [round(v, 2) for v in flow.baseline_cumulative]
    ws = load_workbook(out)["Cash Flow"]
    assert "€" in ws["B2"].number_format  # money, in the plan's currency


def test_s26ex_without_a_baseline_no_baseline_column_or_row(tmp_path):
    plan = formats.read_plan(DEMO)
    plan.baselines.clear()
    out = tmp_path / "plan.xlsx"
    write_workbook(plan, out)
    rows = _rows(out)
    assert rows[0][-1] == "Total"
    assert rows[-1][0] == "Cumulative"


def test_s26ex_a_handoff_without_costs_has_no_cash_flow_sheet(tmp_path):
    plan = formats.read_plan(DEMO)
    for choice in (CLIENT_HANDOFF, ExportChoice(costs=False)):
        out = tmp_path / "client.xlsx"
        write_workbook(plan, out, choice=choice)
        assert "Cash Flow" not in load_workbook(out, read_only=True).sheetnames


def test_s26ex_a_returned_workbook_reads_back_without_a_word_of_the_cash_flow(tmp_path):
    plan = formats.read_plan(DEMO)
    out = tmp_path / "plan.xlsx"
    write_workbook(plan, out)
    said: list[str] = []
    back = formats.read_plan(out, note=said.append)
    assert [t.name for t in back.tasks] == [t.name for t in plan.tasks]
    assert not any("Cash Flow" in line for line in said)
