"""The Usage views' Baseline Work and Baseline Cost rows (MS Project's Format > Details): the
baseline stays where it was saved while the plan moves, a person's share follows the contour
saved with it, a baseline without people (older files, the demo) is the task's laid evenly,
and ``gantry usage --field baseline-work`` prints the same figures."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.formats import read_plan, write_plan
from tests.test_s22us_usage_peak import DAY, MON, details_of, top_row

SAVED = datetime(2026, 1, 1, 9, 0)


def _plan(contour: WorkContour = WorkContour.FLAT) -> Plan:
    """Build: 10 days from Monday 5 Jan 2026 (two weeks), Ana at $10/h and Ben at $20/h,
    80 h each, $300 fixed cost at the end."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(
        Task(
            1,
            "Build",
            duration_minutes=10 * DAY,
            fixed_cost=300.0,
            fixed_cost_accrual=CostAccrual.END,
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=10.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=20.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 10 * DAY, contour=contour))
    return plan


def _baselined(plan: Plan) -> Plan:
    sched = schedule(plan)
    plan.baselines[0] = snapshot(plan, sched, compute_costs(plan, sched), 0, SAVED)
    return plan


def _weeks(plan: Plan, by_task: bool, name: str, detail: Detail) -> list[float]:
    tree, details, _ = details_of(plan, Scale.WEEKS, by_task)
    values = details.values(top_row(tree, name), detail)
    return [round(float(v), 2) for v in values if abs(v) > 1e-6]


def test_s30bu_the_baseline_stays_where_it_was_saved_when_the_task_moves():
    plan = _baselined(_plan())
    # the task slips a week and Ana's work doubles: Work moves, the baseline does not
    plan.update_task(replace(plan.task(1), start=datetime(2026, 1, 12, 8, 0)))
    plan.update_task(replace(plan.task(1), constraint_date=datetime(2026, 1, 12, 8, 0)))
    tree, details, _ = details_of(plan, Scale.WEEKS, by_task=False)
    ana = top_row(tree, "Ana")
    work = details.values(ana, Detail.BASELINE_WORK)
    cost = details.values(ana, Detail.BASELINE_COST)
    first = [p.isoformat() for p in details.periods.starts]
    assert first[0] == "2026-01-05"  # the week the baseline starts in
    assert (work[:2] / 60).tolist() == pytest.approx([40.0, 40.0])
    assert cost[:2].tolist() == pytest.approx([400.0, 400.0])
    assert details.unit(ana, Detail.BASELINE_COST) == "¤"
    assert details.unit(ana, Detail.BASELINE_WORK) == tree.unit(ana)


def test_s30bu_task_rows_sum_their_people_and_add_the_baselined_fixed_cost():
    plan = _baselined(_plan())
    assert _weeks(plan, True, "Build", Detail.BASELINE_WORK) == [80 * 60, 80 * 60]
    # Ana $400 + Ben $800 a week; the $300 fixed cost accrued at the end: the last week
    assert _weeks(plan, True, "Build", Detail.BASELINE_COST) == [1200.0, 1500.0]
    # the person's row in Resource Usage is their assignment's
    assert _weeks(plan, False, "Ben", Detail.BASELINE_COST) == [800.0, 800.0]


def test_s30bu_a_contour_typed_after_the_baseline_does_not_move_it():
    plan = _baselined(_plan(WorkContour.FRONT_LOADED))
    saved = _weeks(plan, False, "Ben", Detail.BASELINE_WORK)
    assert saved[0] > saved[1]  # front loaded when saved
    assert sum(saved) == pytest.approx(80 * 60)
    a = next(a for a in plan.assignments if a.uid == 2)
    plan.update_assignment(replace(a, contour=WorkContour.BACK_LOADED))
    assert _weeks(plan, False, "Ben", Detail.BASELINE_WORK) == saved


def test_s30bu_a_baseline_without_people_is_the_tasks_laid_evenly():
    plan = _baselined(_plan())
    base = plan.baselines[0]
    plan.baselines[0] = replace(base, assignments=())  # as a baseline saved before v41
    # the task's Baseline Work shared by its people's work, evenly over its baseline span
    assert _weeks(plan, False, "Ana", Detail.BASELINE_WORK) == [40 * 60, 40 * 60]
    # its cost less its fixed cost shared by their cost now (Ana $800 of $2,400)
    assert _weeks(plan, False, "Ana", Detail.BASELINE_COST) == [400.0, 400.0]
    assert sum(_weeks(plan, True, "Build", Detail.BASELINE_COST)) == pytest.approx(2700.0)


def test_s30bu_no_baseline_no_figures():
    plan = _plan()
    assert _weeks(plan, True, "Build", Detail.BASELINE_WORK) == []
    assert _weeks(plan, False, "Ana", Detail.BASELINE_COST) == []


def test_s30bu_gantry_usage_field_prints_the_baseline_lines(tmp_path, capsys):
    plan = _baselined(_plan())
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    assert main(["usage", str(path), "--by", "week", "--field", "baseline-work"]) == 0
    lines = capsys.readouterr().out.splitlines()
    base = [line for line in lines if "Baseline Work" in line]
    assert len(base) == 4  # Ana, her assignment, Ben, his
    assert base[0].split()[-2:] == ["40.0h", "40.0h"]
    assert main(["usage", str(path), "--tasks", "--details", "baseline-cost"]) == 0
    out = capsys.readouterr().out
    assert "$1,200.00" in out
    assert "$1,500.00" in out


def test_s30bu_a_wrong_field_is_one_line_naming_the_option(tmp_path, capsys):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    assert main(["usage", str(path), "--field", "budget"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("gantry: --field: 'budget' is not a detail")


def _xml_baselines(path) -> tuple[float, float]:
    """The project's Baseline Work (hours) and Cost summed over its top tasks, as MS
    Project saved them in the file."""
    ns = {"p": "http://schemas.microsoft.com/project"}
    work = cost = 0.0
    for task in ET.parse(path).getroot().iterfind("p:Tasks/p:Task", ns):
        if task.findtext("p:OutlineLevel", "", ns) != "1":
            continue
        for b in task.iterfind("p:Baseline", ns):
            if b.findtext("p:Number", "", ns) != "0":
                continue
            text = b.findtext("p:Work", "PT0H0M0S", ns)
            hours, rest = text[2:].split("H")
            work += int(hours) + int(rest.split("M")[0]) / 60
            cost += float(b.findtext("p:Cost", "0", ns))
    return work, cost / 100  # MS Project writes a baseline's cost in cents


def test_s30bu_an_ms_project_files_baseline_per_person_adds_up_to_its_own(shared_data):
    path = shared_data / "mpp" / "Software-Development.xml"
    if not path.exists():
        pytest.skip("Software-Development.xml is not in this checkout's shared data")
    work, cost = _xml_baselines(path)
    plan = read_plan(path)
    for by_task in (True, False):
        tree, details, _ = details_of(plan, Scale.MONTHS, by_task)
        tops = [r for r in range(len(tree)) if tree.depth[r] == 0]
        total_work = sum(details.values(r, Detail.BASELINE_WORK).sum() for r in tops) / 60
        total_cost = sum(details.values(r, Detail.BASELINE_COST).sum() for r in tops)
        assert total_work == pytest.approx(work, abs=0.1)
        if by_task:  # the people's side leaves out what no person costs (fixed costs)
            assert total_cost == pytest.approx(cost, abs=0.01)
        else:
            assert 0 < total_cost <= cost + 0.01


def _slipped() -> Plan:
    """Build baselined from Monday 5 Jan, then the whole project moved to Monday 2 Feb."""
    plan = _baselined(_plan())
    plan.project = replace(plan.project, start=datetime(2026, 2, 2, 8, 0))
    return plan


def test_s30bu_the_window_shows_the_baseline_in_its_own_weeks(tmp_path, qtbot):
    from tests.test_s21ru_usage_window import _row_of, open_usage

    _window, view = open_usage(tmp_path, qtbot, _slipped())
    view.set_details((Detail.WORK, Detail.BASELINE_WORK, Detail.BASELINE_COST))
    view.wait_built()
    model = view.grid_model
    starts = [p.isoformat() for p in model.periods.starts]
    assert starts[0] == "2026-01-05"  # the axis reaches back to the baseline's weeks
    row = _row_of(view, "Ana")
    texts = [model.detail_texts(row, k) for k in range(3)]
    assert [t[1][0] for t in texts] == ["40.0h", "40.0h", ""]  # Baseline Work
    assert [t[0][0] for t in texts] == ["", "", ""]  # no work then: it starts in February
    # the baseline rows gone, the axis starts with the work again
    view.set_details((Detail.WORK,))
    view.wait_built()
    assert view.grid_model.periods.starts[0].isoformat() == "2026-02-02"
