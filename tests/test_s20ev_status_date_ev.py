"""Earned value and actual cost are measured at the status date, as planned value is.

MS Project's BCWP and ACWP are timephased and count nothing done after the status date;
Gantry counted all progress whatever the date (re-running last week's report of the
tracked demo gave SPI 2.17, and 'Actual cost to date' read €13,160 at any date, before the
project start too). A task's done work now lies from its actual start over its actual
duration (app/domain/earned_value_done.py), and what of it lies after the status date is
neither earned nor spent yet. The Budget view (table, cards, chart), the status report
(``gantry report --status-date``) and the workbook's Budget sheet read the same figures.

The plan (hand computed): Design (Mon 1 - Fri 5 Mar 2027) then Build (Mon 8 - Fri 12),
Ana on each at 100/h: baseline 4,000 each. Ana then costs 125/h (every figure spent is
1.25 x what is earned); Design is done (5,000 spent), Build 40 % done from Mon 8: its
first two days, 2,000 spent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app import formats
from app.domain.baselines import snapshot
from app.domain.cost_earned import EarnedValueBook
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value, s_curve
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.store.document import GantryFile
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.cli.test_cli import gantry

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480
BEFORE = datetime(2027, 2, 26, 17, 0)  # the Friday before the project starts
WED = datetime(2027, 3, 3, 17, 0)  # three of Design's five days
MON2 = datetime(2027, 3, 8, 17, 0)  # Design done, the first of Build's two done days
FRI2 = datetime(2027, 3, 12, 17, 0)  # all progress recorded so far lies before it


def _plan(status: datetime | None = None) -> Plan:
    plan = Plan(project=Project(name="Shop", start=MON, status_date=status))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 0, MON))
    plan.update_resource(replace(plan.resource(1), standard_rate=125.0))
    plan.update_task(replace(plan.task(2), percent_complete=100.0, actual_start=MON))
    build_start = datetime(2027, 3, 8, 8, 0)
    plan.update_task(replace(plan.task(3), percent_complete=40.0, actual_start=build_start))
    return plan


# status date: PV, EV, AC (hand computed; see the module's docstring)
FIGURES = {
    BEFORE: (0.0, 0.0, 0.0),
    WED: (2400.0, 2400.0, 3000.0),
    MON2: (4800.0, 4800.0, 6000.0),  # 4,000 + half of Build's done 1,600; 5,000 + 1,000
    FRI2: (8000.0, 5600.0, 7000.0),
}


@pytest.mark.parametrize("status", list(FIGURES))
def test_s20ev_ev_and_ac_count_only_what_was_done_by_the_status_date(status):
    plan = _plan()
    found = schedule(plan)
    costs = compute_costs(plan, found)
    values = earned_value(plan, found, costs, status)
    total = project_earned_value(plan, values)
    pv, ev, ac = FIGURES[status]
    assert (total.pv, total.ev, total.ac) == (
        pytest.approx(pv),
        pytest.approx(ev),
        pytest.approx(ac),
    )
    phase = values[1]  # the summary adds up its subtasks' figures at the same date
    assert (phase.pv, phase.ev, phase.ac) == (total.pv, total.ev, total.ac)
    # the Actual Cost field itself stays all that was spent
    assert costs.task_actual_cost[1] == pytest.approx(7000.0)
    # the Budget view's kept figures and its chart's ends read the same
    book, _ = EarnedValueBook(plan).update(found, costs, status)
    assert book == values
    curve = s_curve(plan, found, costs, status, step_days=1)
    assert (curve.ev[-1], curve.ac[-1]) == (pytest.approx(ev), pytest.approx(ac))


def test_s20ev_the_indices_follow_the_status_date():
    plan = _plan()
    found = schedule(plan)
    costs = compute_costs(plan, found)

    def at(status: datetime):
        return project_earned_value(plan, earned_value(plan, found, costs, status))

    assert (at(BEFORE).cpi, at(BEFORE).spi) == (None, None)  # nothing done or planned yet
    assert (at(WED).cpi, at(WED).spi) == (pytest.approx(0.8), pytest.approx(1.0))  # not 2.33
    assert (at(FRI2).cpi, at(FRI2).spi) == (pytest.approx(0.8), pytest.approx(0.7))
    # nothing spent yet: EAC is the current cost, not last week's estimate
    assert at(BEFORE).eac == pytest.approx(costs.total_cost)


def test_s20ev_a_split_task_earns_nothing_in_its_pause():
    """Interviews (4d, 3,200 at 100/h, done) split after its first day for two days:
    its work ran Mon, then Thu-Fri-Mon; by Wednesday evening one day of four was done."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Interviews", 1, duration_minutes=4 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 0, MON))
    task = replace(
        plan.task(1), splits=(Split(DAY, 2 * DAY),), percent_complete=100.0, actual_start=MON
    )
    plan.update_task(task)
    found = schedule(plan)
    costs = compute_costs(plan, found)
    assert found.get(1).finish == datetime(2027, 3, 8, 17, 0)
    for status, done in ((WED, 800.0), (datetime(2027, 3, 4, 17, 0), 1600.0), (FRI2, 3200.0)):
        value = earned_value(plan, found, costs, status)[1]
        assert (value.ev, value.ac) == (pytest.approx(done), pytest.approx(done)), status


def test_s20ev_the_kept_figures_follow_a_task_with_progress_that_moves():
    """A task with progress but no actual start is placed by its schedule: when its
    predecessor grows, the Budget view's kept figures move with it (as a full pass)."""
    plan = _plan()
    test = Task(4, "Test", 2, duration_minutes=2 * DAY, percent_complete=50.0, fixed_cost=800.0)
    plan.append_task(test)
    plan.add_link(Link(3, 4))
    found = schedule(plan)
    costs = compute_costs(plan, found)
    book = EarnedValueBook(plan)
    status = datetime(2027, 3, 15, 17, 0)  # Test's first day as first scheduled
    before, _ = book.update(found, costs, status)
    assert before == earned_value(plan, found, costs, status)
    plan.update_task(replace(plan.task(3), duration_minutes=6 * DAY))  # Test starts a day later
    found = schedule(plan)
    costs = compute_costs(plan, found)
    after, reshaped = book.update(found, costs, status)
    assert not reshaped
    assert after == earned_value(plan, found, costs, status)
    assert before[4].ac == pytest.approx(400.0)  # half its fixed cost: its first day, Mon 15
    assert after[4].ac == 0.0  # its done day now lies after the status date


def test_s20ev_status_report_headline_reads_the_status_dates_figures():
    plan = _plan()
    found = schedule(plan)
    costs = compute_costs(plan, found)
    now = datetime(2027, 3, 20, 9, 0)
    early = gather_status(plan, found, costs, now, WED).headline
    assert early.actual == pytest.approx(3000.0)  # 'Actual cost to date' then, not 7,000
    assert (early.cpi, early.spi) == (pytest.approx(0.8), pytest.approx(1.0))
    late = gather_status(plan, found, costs, now, FRI2).headline
    assert late.actual == costs.total_actual_cost  # all of it: to the last bit
    assert gather_status(plan, found, costs, now, BEFORE).headline.actual == 0.0


def test_s20ev_workbook_budget_sheet_reads_the_same_figures(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(status=WED), path, now=datetime(2027, 3, 20, 9, 0))
    ws = openpyxl.load_workbook(path)["Budget"]
    rows = [tuple(c.value for c in row[:3]) for row in ws.iter_rows()]
    figures = {r[1]: r[2] for r in rows if r[1] and isinstance(r[2], (int, float))}
    assert figures["Planned value (PV)"] == pytest.approx(2400.0)
    assert figures["Earned value (EV)"] == pytest.approx(2400.0)
    assert figures["AC (to status date)"] == pytest.approx(3000.0)
    assert figures["Cost performance index (CPI)"] == pytest.approx(0.8)
    assert figures["Schedule performance index (SPI)"] == pytest.approx(1.0)


def test_s20ev_budget_view_cards_read_the_status_dates_figures(qtbot):
    view = BudgetView(Document(_plan(status=WED)), clock=lambda: FRI2)
    qtbot.addWidget(view)
    view.show()
    assert view.cards["actual"].value.text() == "€3,000.00"
    assert view.cards["cpi"].value.text() == "0.80"
    assert view.cards["spi"].value.text() == "1.00"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s20ev_gantry_report_with_an_earlier_status_date(tmp_path):
    source = tmp_path / "shop.gantry"
    GantryFile.create(source, _plan(status=FRI2)).close()
    texts = {}
    for day in ("2027-03-03", "2027-03-12"):
        out = tmp_path / f"{day}.pdf"
        result = gantry("report", source, out, "--status-date", day)
        assert result.returncode == 0, result.stderr
        texts[day] = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
        ).stdout
    assert _headline(texts["2027-03-03"]) == ["€3,000.00", "0.80", "1.00"]
    assert _headline(texts["2027-03-12"]) == ["€7,000.00", "0.80", "0.70"]


def _headline(text: str) -> list[str]:
    """The report's 'Actual cost to date', CPI and SPI."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if "Actual cost to date" in line)
    actual = re.findall(r"€[\d,]+\.\d\d", "\n".join(lines[first + 1 : first + 3]))[-1]
    second = next(i for i, line in enumerate(lines) if re.search(r"\bCPI\b.*\bSPI\b", line))
    ratios = re.findall(r"\b\d+\.\d\d\b|n/a", "\n".join(lines[second + 1 : second + 3]))
    return [actual, *ratios[-2:]]


def _ms_project_figures(path: Path) -> tuple[datetime, dict[int, dict[str, float]]]:
    """The file's current date (MS Project reads earned value then when it has no status
    date) and each task's stored BCWS, BCWP and ACWP in money (MSPDI keeps cents)."""
    text = path.read_text(encoding="utf-8")
    current = datetime.fromisoformat(re.search(r"<CurrentDate>([^<]+)", text).group(1))
    out: dict[int, dict[str, float]] = {}
    for body in re.findall(r"<Task>(.*?)</Task>", text, re.S):
        uid = int(re.search(r"<UID>(\d+)</UID>", body).group(1))
        out[uid] = {
            key: float(re.search(rf"<{key}>([^<]+)</{key}>", body).group(1)) / 100
            for key in ("BCWS", "BCWP", "ACWP")
        }
    return current, out


@pytest.mark.parametrize(
    ("name", "missing"),
    [
        ("mspdiresource.xml", 0.0),
        # Resource One's 5.07 s of actual overtime at 60/h is kept to the second (08c596c)
        ("mspdiassignmentfields.xml", 0.0),
    ],
)
def test_s20ev_ms_projects_own_acwp_at_its_date(shared_data, name, missing):
    """The two shared files with money spent: MS Project's ACWP at its current date, its
    BCWS and BCWP nought (their baselines hold no cost); before the first actual start
    nothing was spent."""
    path = shared_data / "mspdi" / name
    current, stored = _ms_project_figures(path)
    plan = formats.read_plan(path)
    found = schedule(plan)
    costs = compute_costs(plan, found)
    values = earned_value(plan, found, costs, current)
    total = project_earned_value(plan, values)
    assert total.ac + missing == pytest.approx(stored[0]["ACWP"], abs=1e-6)
    for uid, figures in stored.items():
        if uid and plan.has_task(uid):
            value = values[uid]
            spent = value.ac + (missing if value.ac else 0.0)  # one task spends in each file
            assert spent == pytest.approx(figures["ACWP"], abs=1e-6)
            assert (value.pv, value.ev) == (figures["BCWS"], figures["BCWP"]) == (0.0, 0.0)
    first = min(t.actual_start for t in plan.tasks if t.actual_start is not None)
    early = project_earned_value(plan, earned_value(plan, found, costs, first.replace(hour=7)))
    assert early.ac == 0.0
