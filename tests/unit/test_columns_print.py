"""The printable task columns Page Setup offers include the sheet's optional fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.report.columns import COLUMNS, CellText, columns_for, format_date, summary_actuals
from app.report.export import write_pdf
from app.report.options import PrintOptions


def _plan() -> Plan:
    plan = Plan(project=Project(name="P", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Dig", 2, duration_minutes=960, notes="Call the council\nfirst"))
    plan.append_task(
        Task(
            3,
            "Pour",
            2,
            duration_minutes=480,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 9, 8),
            deadline=datetime(2026, 3, 13, 17),
            priority=700,
            fixed_cost=1200.0,
        )
    )
    plan.add_link(Link(2, 3, LinkType.FS, 480))
    return plan


def test_every_new_key_has_a_title_and_a_width():
    for key in ("free_slack", "baseline_finish", "constraint", "deadline", "successors", "notes"):
        assert COLUMNS[key].title
        assert COLUMNS[key].width > 0
    assert len(columns_for(tuple(COLUMNS))) == len(COLUMNS)


def test_cells_of_the_new_columns():
    plan = _plan()
    sched = schedule(plan)
    entry = BaselineEntry(3, datetime(2026, 3, 5, 8), datetime(2026, 3, 5, 17), 480)
    plan.set_baseline(Baseline(0, datetime(2026, 3, 1), (entry,)))
    cells = CellText(plan, sched, {})
    assert cells.text(2, "successors") == "3FS+1d"
    assert cells.text(3, "successors") == ""
    assert cells.text(3, "constraint") == "Start No Earlier Than"
    assert cells.text(3, "constraint_date") == "2026-03-09"
    assert cells.text(2, "constraint_date") == ""
    assert cells.text(3, "deadline") == "2026-03-13"
    assert cells.text(3, "priority") == "700"
    assert cells.text(3, "fixed_cost") == "€1,200.00"
    assert cells.text(2, "notes") == "Call the council"
    assert cells.text(3, "baseline_finish") == "2026-03-05"
    assert cells.text(2, "baseline_finish") == "NA"  # as the sheet shows it (s26bl)
    assert cells.text(3, "late_finish") == format_date(sched.get(3).late_finish)
    assert cells.text(2, "free_slack") == "2d"  # Pour waits for its constraint, not for Dig


def test_actual_dates_print_on_tasks_and_roll_up_to_summaries():
    plan = _plan()
    began = datetime(2026, 3, 2, 8)
    plan.update_task(replace(plan.task(2), actual_start=began, percent_complete=20.0))
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(2, "actual_start") == "2026-03-02"
    assert cells.text(1, "actual_start") == "2026-03-02"
    assert cells.text(1, "actual_finish") == ""  # Pour has not finished


def test_summary_actuals_start_with_the_first_and_finish_with_the_last():
    plan = _plan()
    plan.append_task(Task(4, "Cure", 2, active=False))  # inactive: counts for nothing
    first, last = datetime(2026, 3, 2, 8), datetime(2026, 3, 12, 17)
    plan.update_task(replace(plan.task(2), actual_start=first, actual_finish=first))
    assert summary_actuals(plan) == {1: (first, None)}
    plan.update_task(
        replace(plan.task(3), actual_start=datetime(2026, 3, 9, 8), actual_finish=last)
    )
    assert summary_actuals(plan) == {1: (first, last)}


def test_a_pdf_prints_the_new_columns(qapp, tmp_path):
    plan = _plan()
    out = tmp_path / "plan.pdf"
    options = PrintOptions(columns=("name", "constraint", "successors", "notes"))
    write_pdf(plan, out, print_options=options)
    assert out.read_bytes().startswith(b"%PDF")


def test_type_and_remaining_duration_print_as_the_sheet_shows_them():
    plan = _plan()
    plan.update_task(replace(plan.task(2), percent_complete=25.0))
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(2, "remaining") == "1.5d"
    assert cells.text(3, "remaining") == "1d"
    assert cells.text(2, "type") == "Fixed units"
    assert cells.text(1, "type") == "Fixed duration"
