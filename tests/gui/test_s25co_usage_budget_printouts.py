"""The Usage and Budget printouts from the command line (task s25co): a consultant billing
a client from the plan had only the window's File > Export PDF for them.

``gantry usage FILE --pdf OUT.pdf`` prints the lines the window's Usage printout holds
(app/cli/usage_pdf.py); ``gantry report FILE OUT.pdf --budget`` the figures the window's
Budget printout holds (app/report/budget_printout.py).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.cli import main
from app.cli.usage_pdf import usage_sheet
from app.cli.usage_table import usage_tree
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale
from app.domain.usage_bookings import Bookings
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.report.budget_printout import BUDGET_HEADERS, budget_rows
from app.report.locale_numbers import Marks
from app.store.document import GantryFile
from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.document import Document
from app.ui.usage.rows import Mode

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 10, 17, 0)
DAY = 480


def _plan() -> Plan:
    """Phase > (Design, Build), Handover; Ana at 100/h; baselined, Design done and Build
    40 % done at the status date; a risk's contingency held."""
    plan = Plan(project=Project(name="Shop", start=MON, status_date=STATUS))
    plan.append_task(Task(10, "Phase", 1))
    plan.append_task(Task(1, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Handover", 1, duration_minutes=DAY, fixed_cost=500.0))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(2), percent_complete=40.0, fixed_cost=250.0))
    plan.add_risk(Risk(1, "Supplier late", 0.4, 10000.0, contingency=3000.0))
    return plan


@pytest.fixture
def session(qtbot, tmp_path):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))
    yield s
    for window in list(s.windows):
        window.close()


def _pdf_text(path: Path) -> str:
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return run.stdout


def test_s25co_cli_usage_sheet_is_the_windows(session, qtbot, tmp_path):
    plan = _plan()
    path = tmp_path / "shop.gantry"
    GantryFile.create(path, plan).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.show_view("usage")
    view = window.views["usage"]
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.WEEKS)
    view.set_details([Detail.WORK, Detail.COST])
    view.wait_built()
    shown = window.views["usage"].print_sheet()
    sched = schedule(plan)
    tree = usage_tree(plan, sched, True)
    periods = tree.usage.periods(Scale.WEEKS)
    shown_details = (Detail.WORK, Detail.COST)
    details = UsageDetails(tree, periods, compute_costs(plan, sched), Bookings(plan, sched))
    ours = usage_sheet(tree, periods, Marks(), None, details, shown_details)
    assert (ours.title, ours.name_heading, ours.periods) == (
        shown.title,
        shown.name_heading,
        shown.periods,
    )

    def key(line):
        return (line.name, line.total, line.figures, line.detail, line.bold, line.depth)

    assert [key(line) for line in ours.lines] == [key(line) for line in shown.lines]
    assert any(line.detail == "Cost" and line.figures for line in ours.lines)


def test_s25co_cli_budget_rows_are_the_windows(qtbot):
    plan = _plan()
    model = BudgetModel(Document(plan), clock=lambda: STATUS)
    sched = schedule(plan)
    rows = budget_rows(plan, sched, compute_costs(plan, sched), STATUS, Marks())
    columns = {h: BudgetColumn(c) for c, h in enumerate(BUDGET_HEADERS)}
    for task, row in zip(plan.tasks, rows, strict=False):
        want = [model.text(task.uid, columns[h]) for h in BUDGET_HEADERS]
        assert [row[0].strip(), *row[1:]] == want, task.name
    footer = model.footer_rows(list(BUDGET_HEADERS))
    assert rows[len(plan.tasks) :] == footer
    assert rows[-1][:2] == ["Budget plus reserve", "€11,500.00"]  # 8,500 + 3,000
    assert type(rows[0]).__name__ == "BoldRow"  # Phase, a summary, printed bold
    assert rows[1][0] == "   Design"  # indented under it


@needs_poppler
def test_s25co_gantry_usage_pdf_prints_cost_by_month(tmp_path, capsys):
    source = tmp_path / "shop.gantry"
    GantryFile.create(source, _plan()).close()
    out = tmp_path / "usage.pdf"
    argv = ["usage", str(source), "--by", "month", "--details", "cost", "--pdf", str(out)]
    assert main(argv) == 0
    assert capsys.readouterr().out == ""  # the PDF instead of the table
    text = _pdf_text(out)
    assert "Resource Usage by month" in text
    assert "Ana" in text
    assert "Cost" in text
    assert "€8,000.00" in text  # Ana's March at 100/h: two weeks, 80 h


@needs_poppler
def test_s25co_gantry_report_budget_prints_the_budget_view(tmp_path):
    source = tmp_path / "shop.gantry"
    GantryFile.create(source, _plan()).close()
    out = tmp_path / "budget.pdf"
    assert main(["report", str(source), str(out), "--budget"]) == 0
    text = _pdf_text(out)
    assert "Shop — Budget" in text
    assert "Status date: 2027-03-10" in text
    for words in ("Project total", "Risk reserve", "Budget plus reserve", "Handover"):
        assert words in text


def test_s25co_bad_usage_is_one_line(tmp_path, capsys):
    source = tmp_path / "shop.gantry"
    GantryFile.create(source, _plan()).close()
    both = [
        "usage",
        str(source),
        "--csv",
        str(tmp_path / "u.csv"),
        "--pdf",
        str(tmp_path / "u.pdf"),
    ]
    assert main(both) == 2
    assert capsys.readouterr().err.strip().endswith("--csv and --pdf: write one of them at a time")
    assert main(["usage", str(source), "--pdf", str(tmp_path / "u.txt")]) == 2
    assert "name the PDF .pdf" in capsys.readouterr().err
    assert main(["report", str(source), str(tmp_path / "b.txt"), "--budget"]) == 1
    assert "b.txt: the Budget is written as a PDF (name it .pdf)" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))
    assert not (tmp_path / "u.csv").exists()
