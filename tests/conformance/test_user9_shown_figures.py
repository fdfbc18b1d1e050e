"""What the window SHOWS equals what MS Project stored, file by file.

test_cost_oracle compares the cost engine's totals; this module reads the
figures a PM reads: the Budget view's columns (BudgetModel.number), the
sheet's % complete and fixed cost, each assignment's cost and work, each
person's actual cost, the Usage view's totals and the Indicators column's
over-allocation mark. Every MSPDI file in shared/data/mspdi and shared/data/mpp
takes part.

Known, explained differences (each checked to still hold below):

- Work done is read to the second since s26co (mspdiassignmentfields stores
  ActualWork PT2H0M5.07S: Task One's ActualCost is 299.0845 in MS Project and
  here); test_cost_oracle.minute_rounding_allowance stays as a bound for work
  other than work done (planned work is still kept in whole minutes).
- MS Project's per-assignment Overallocated flag is set only when that
  assignment ALONE asks more than the person's max units
  (mspditimephasedsegments: only task 17, Resource Four at 125 %, although
  Resource One, Four and Six are OverAllocated with PeakUnits 4.5/6.05/3 and
  their other assignments run side by side). The Indicators column marks a
  task whose person is over-allocated while it runs (MS Project's task
  Overallocated field / red man). So every task with a flagged assignment is
  marked, and every further mark falls on a task of a person MS Project
  itself flags OverAllocated. The task's own OverAllocated field is as
  narrow (only task 17 again) and likewise always marked.
- Residential-Construction and CriticalEffortDrivenTasks (converted .mpp):
  the file says nobody is over-allocated, but every person's PeakUnits is 0,
  even with hours of work, so the flag was never worked out; Gantry flags
  the people whose stored assignments overlap (_PEAK_NOT_COMPUTED).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from defusedxml import ElementTree

from tests.conformance.test_cost_oracle import (
    NO_RESOURCE,
    NS,
    _cents,
    _exact_minutes,
    _minutes,
    minute_rounding_allowance,
)

_DATA = Path(
    os.environ.get("GANTRY_SHARED_DATA") or Path(__file__).resolve().parents[3] / "shared" / "data"
)
CENT = 0.01 + 1e-9


def _files() -> list[Path]:
    if not _DATA.is_dir():
        return []
    return sorted((_DATA / "mspdi").glob("*.xml")) + sorted((_DATA / "mpp").glob("*.xml"))


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _tasks(root) -> list:
    """The file's real task rows (no project summary, no blank rows)."""
    return [
        t
        for t in root.iterfind(f"{NS}Tasks/{NS}Task")
        if t.findtext(f"{NS}IsNull") != "1" and (t.findtext(f"{NS}UID") or "0") != "0"
    ]


def _baseline_cost(task) -> float | None:
    """Baseline 0's cost (None: no baseline 0 saved for the task)."""
    for b in task.iterfind(f"{NS}Baseline"):
        if b.findtext(f"{NS}Number") == "0":
            return _cents(b.findtext(f"{NS}Cost"))
    return None


def _moment(root) -> datetime:
    """The date MS Project computed earned value at: the status date, else the current date."""
    text = root.findtext(f"{NS}StatusDate") or root.findtext(f"{NS}CurrentDate")
    return datetime.fromisoformat(text)


def test_files_are_found(shared_data):
    assert len(_files()) >= 40


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_budget_view_columns_equal_ms_project(path, qapp, shared_data):
    """Budget = BaselineCost, Forecast = Cost, Actual = ActualCost = ACWP, Remaining =
    RemainingCost, Variance = CostVariance; with a baseline PV = BCWS, EV = BCWP, CV."""
    from app.io.mspdi import read_mspdi
    from app.ui.budget.budget_model import BudgetColumn, BudgetModel
    from app.ui.document import Document

    root = ElementTree.parse(path).getroot()
    moment = _moment(root)
    document = Document(read_mspdi(path))
    model = BudgetModel(document, clock=lambda: moment)
    _, slack = minute_rounding_allowance(root)
    bad: list[str] = []
    checked = 0
    for t in _tasks(root):
        uid = int(t.findtext(f"{NS}UID") or "0")
        if uid not in document.costs.task_cost:
            continue
        base = _baseline_cost(t)
        pairs = [
            (BudgetColumn.FORECAST, "Cost"),
            (BudgetColumn.ACTUAL, "ActualCost"),
            (BudgetColumn.ACTUAL, "ACWP"),
            (BudgetColumn.REMAINING, "RemainingCost"),
        ]
        if base is not None:
            pairs += [
                (BudgetColumn.VARIANCE, "CostVariance"),
                (BudgetColumn.PV, "BCWS"),
                (BudgetColumn.EV, "BCWP"),
            ]
            got = model.number(uid, BudgetColumn.BUDGET)
            if got is None or abs(got - base) > CENT:
                bad.append(f"task {uid} Budget {got} != BaselineCost {base}")
            cv = t.findtext(f"{NS}CV")
            ev = model.values.get(uid)
            if (
                cv is not None
                and ev is not None
                and abs(ev.cv - _cents(cv)) > CENT + slack.get(uid, 0)
            ):
                bad.append(f"task {uid} CV {ev.cv} != {_cents(cv)}")
        for column, name in pairs:
            text = t.findtext(f"{NS}{name}")
            if text is None:
                continue
            got = model.number(uid, column)
            want = _cents(text)
            checked += 1
            if got is None or abs(got - want) > CENT + slack.get(uid, 0.0):
                bad.append(f"task {uid} {column.name} {got} != {name} {want}")
    assert not bad, "\n".join(bad[:20])
    if any(t.find(f"{NS}Cost") is not None for t in _tasks(root)):
        assert checked > 0, "no task of the file reached the Budget view"


def test_budget_actual_keeps_the_seconds_of_mspdiassignmentfields(qapp, shared_data):
    """Work done is read to the second (s26co): Task One's Actual and Remaining are MS
    Project's to the hundredth of a cent, with no allowance left to need."""
    from app.io.mspdi import read_mspdi
    from app.ui.budget.budget_model import BudgetColumn, BudgetModel
    from app.ui.document import Document

    path = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    document = Document(read_mspdi(path))
    model = BudgetModel(document, clock=lambda: datetime(2011, 7, 19, 8))
    # MS Project: 299.0845 and 4752.9155, 0.0845 = 2 x 5.07 s at 60/h
    assert model.number(1, BudgetColumn.ACTUAL) == pytest.approx(299.0845, abs=1e-6)
    assert model.number(1, BudgetColumn.REMAINING) == pytest.approx(4752.9155, abs=1e-6)


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_sheet_and_assignment_figures_equal_ms_project(path, shared_data):
    """Sheet % complete, fixed cost, actual work and % work complete per task; cost, work and
    actual work per assignment; actual cost per person."""
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule
    from app.io.mspdi import read_mspdi

    root = ElementTree.parse(path).getroot()
    plan = read_mspdi(path)
    times = schedule(plan)
    costs = compute_costs(plan, times)
    by_assignment, _ = minute_rounding_allowance(root)
    bad: list[str] = []
    for t in _tasks(root):
        uid = int(t.findtext(f"{NS}UID") or "0")
        if uid not in costs.task_cost:
            continue
        pc = t.findtext(f"{NS}PercentComplete")
        shown = times.times[uid].percent_complete
        if pc is not None and f"{shown:.0f}" != str(int(pc)):
            bad.append(f"task {uid} % complete {shown:.0f} != {pc}")
        fixed = t.findtext(f"{NS}FixedCost")
        if fixed is not None and abs(plan.task(uid).fixed_cost - _cents(fixed)) > CENT:
            bad.append(f"task {uid} fixed cost {plan.task(uid).fixed_cost} != {_cents(fixed)}")
        actual = t.findtext(f"{NS}ActualWork")
        ours_actual = costs.task_actual_work_minutes.get(uid, 0)
        if actual is not None and abs(ours_actual - _exact_minutes(actual)) > 0.5:
            bad.append(f"task {uid} actual work {ours_actual} != {actual}")
        pwc = t.findtext(f"{NS}PercentWorkComplete")
        work = costs.task_work_minutes.get(uid, 0)
        if pwc is not None and work and round(100 * ours_actual / work) != int(pwc):
            bad.append(f"task {uid} % work complete {100 * ours_actual / work:.1f} != {pwc}")
    for a in root.iterfind(f"{NS}Assignments/{NS}Assignment"):
        uid = int(a.findtext(f"{NS}UID") or "0")
        ours = costs.assignments.get(uid)
        if ours is None or (a.findtext(f"{NS}ResourceUID") or NO_RESOURCE) == NO_RESOURCE:
            continue
        if abs(ours.cost - _cents(a.findtext(f"{NS}Cost"))) > CENT:
            bad.append(f"assignment {uid} cost {ours.cost} != {_cents(a.findtext(f'{NS}Cost'))}")
        if ours.work_minutes != _minutes(a.findtext(f"{NS}Work")):
            bad.append(f"assignment {uid} work {ours.work_minutes} != {a.findtext(f'{NS}Work')}")
        stored_actual = _exact_minutes(a.findtext(f"{NS}ActualWork"))
        if abs(ours.actual_work_minutes - stored_actual) > 0.5:
            bad.append(
                f"assignment {uid} actual work {ours.actual_work_minutes} != {stored_actual}"
            )
    for r in root.iterfind(f"{NS}Resources/{NS}Resource"):
        uid = int(r.findtext(f"{NS}UID") or "0")
        stored = r.findtext(f"{NS}ActualCost")
        if uid not in costs.resource_cost or stored is None:
            continue
        mine = [x for x in costs.assignments.values() if x.resource_uid == uid]
        ours_cost = sum(x.actual_cost for x in mine)
        allowance = sum(by_assignment.get(x.uid, 0.0) for x in mine)
        if abs(ours_cost - _cents(stored)) > CENT + allowance:
            bad.append(f"resource {uid} actual cost {ours_cost} != {_cents(stored)}")
    assert not bad, "\n".join(bad[:20])


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_usage_view_totals_equal_ms_project_work(path, shared_data):
    """The Usage view's total per person and per assignment is MS Project's Work (work resources)."""
    from app.domain.scheduler import schedule
    from app.domain.usage import build_usage
    from app.io.mspdi import read_mspdi

    root = ElementTree.parse(path).getroot()
    plan = read_mspdi(path)
    usage = build_usage(plan, schedule(plan))
    people = {
        int(r.findtext(f"{NS}UID") or "0"): _exact_minutes(r.findtext(f"{NS}Work"))
        for r in root.iterfind(f"{NS}Resources/{NS}Resource")
        if r.findtext(f"{NS}Type") == "1"
    }
    work = {
        int(a.findtext(f"{NS}UID") or "0"): _exact_minutes(a.findtext(f"{NS}Work"))
        for a in root.iterfind(f"{NS}Assignments/{NS}Assignment")
    }
    bad: list[str] = []
    for row, person in enumerate(usage.resources):
        if person.uid in people and abs(usage.resource_total[row] - people[person.uid]) > 0.5:
            bad.append(f"person {person.uid} {usage.resource_total[row]} != {people[person.uid]}")
    for row, a in enumerate(usage.assignments):
        if (
            a.resource_uid in people
            and a.uid in work
            and abs(usage.assignment_total[row] - work[a.uid]) > 0.5
        ):
            bad.append(f"assignment {a.uid} {usage.assignment_total[row]} != {work[a.uid]}")
    assert not bad, "\n".join(bad[:20])


def _flag_files() -> list[Path]:
    """Files whose assignments carry MS Project's Overallocated flag."""
    out = []
    for p in _files():
        root = ElementTree.parse(p).getroot()
        if any(
            a.find(f"{NS}Overallocated") is not None
            for a in root.iterfind(f"{NS}Assignments/{NS}Assignment")
        ):
            out.append(p)
    return out


@pytest.mark.parametrize("path", _flag_files(), ids=_ids)
def test_indicators_mark_every_task_ms_project_flags(path, shared_data):
    """Every task with an over-allocated assignment has the mark; every other mark is on a task
    of a person MS Project flags OverAllocated (see the module docstring)."""
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule
    from app.io.mspdi import read_mspdi
    from app.report.indicators import Indicator, TaskIndicators

    root = ElementTree.parse(path).getroot()
    plan = read_mspdi(path)
    times = schedule(plan)
    marks = TaskIndicators(plan, times, compute_costs(plan, times).overallocated)
    ours = {
        t.uid for t in plan.tasks if any(m.kind is Indicator.OVERALLOCATED for m in marks.of(t.uid))
    }
    flagged_people = {
        int(r.findtext(f"{NS}UID") or "0")
        for r in root.iterfind(f"{NS}Resources/{NS}Resource")
        if r.findtext(f"{NS}OverAllocated") == "1"
    }
    flagged: set[int] = set()
    by_flagged_person: set[int] = set()
    for a in root.iterfind(f"{NS}Assignments/{NS}Assignment"):
        task = int(a.findtext(f"{NS}TaskUID") or "0")
        if a.findtext(f"{NS}Overallocated") == "1":
            flagged.add(task)
        if int(a.findtext(f"{NS}ResourceUID") or NO_RESOURCE) in flagged_people:
            by_flagged_person.add(task)
    assert flagged <= ours
    assert ours - flagged <= by_flagged_person


def test_assignment_flag_is_narrower_than_the_mark(shared_data):
    """The known difference still holds: mspditimephasedsegments flags one assignment only."""
    path = shared_data / "mspdi" / "mspditimephasedsegments.xml"
    root = ElementTree.parse(path).getroot()
    flagged = {
        int(a.findtext(f"{NS}TaskUID") or "0")
        for a in root.iterfind(f"{NS}Assignments/{NS}Assignment")
        if a.findtext(f"{NS}Overallocated") == "1"
    }
    assert flagged == {17}
    people = {
        r.findtext(f"{NS}UID")
        for r in root.iterfind(f"{NS}Resources/{NS}Resource")
        if r.findtext(f"{NS}OverAllocated") == "1"
    }
    assert people == {"1", "4", "6"}


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_indicators_mark_every_task_ms_project_flags_overallocated(path, shared_data):
    """MS Project's task OverAllocated (as narrow as the assignment flag) is always marked."""
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule
    from app.io.mspdi import read_mspdi
    from app.report.indicators import Indicator, TaskIndicators

    root = ElementTree.parse(path).getroot()
    flagged = {int(t.findtext(f"{NS}UID") or "0") for t in _tasks(root)} & {
        int(t.findtext(f"{NS}UID") or "0")
        for t in root.iterfind(f"{NS}Tasks/{NS}Task")
        if t.findtext(f"{NS}OverAllocated") == "1"
    }
    plan = read_mspdi(path)
    times = schedule(plan)
    marks = TaskIndicators(plan, times, compute_costs(plan, times).overallocated)
    for uid in flagged:
        assert Indicator.OVERALLOCATED in [m.kind for m in marks.of(uid)], uid


# Converted .mpp files where MS Project's resource figures were never worked out: every person
# has PeakUnits 0, even those with hours of work, and OverAllocated 0. Gantry marks the people
# whose stored assignments overlap at 100 % each (Residential-Construction: the Inspector on
# tasks 49 and 52, both on 14 January; CriticalEffortDrivenTasks: Resource3 on tasks 4 and 7).
_PEAK_NOT_COMPUTED = {"Residential-Construction", "CriticalEffortDrivenTasks"}


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_people_we_flag_beyond_ms_project_have_no_computed_peak(path, shared_data):
    """Over-allocated people differ from the file's OverAllocated flags only where the file never
    computed a peak (PeakUnits 0 with work) or as test_cost_oracle explains (Software-Development)."""
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule
    from app.io.mspdi import read_mspdi

    root = ElementTree.parse(path).getroot()
    people = {
        int(r.findtext(f"{NS}UID") or "0"): r
        for r in root.iterfind(f"{NS}Resources/{NS}Resource")
        if r.findtext(f"{NS}Type") == "1"
    }
    stored = {uid for uid, r in people.items() if r.findtext(f"{NS}OverAllocated") == "1"}
    plan = read_mspdi(path)
    ours = compute_costs(plan, schedule(plan)).overallocated & set(people)
    if path.stem == "Software-Development":
        assert stored - ours == {2, 8}  # see test_cost_oracle._OVER_KNOWN_DIFFERENT
        return
    extra = ours - stored
    assert not stored - ours
    if path.stem in _PEAK_NOT_COMPUTED:
        assert extra, "the known difference no longer shows: drop it from _PEAK_NOT_COMPUTED"
    else:
        assert not extra
    for uid in extra:
        r = people[uid]
        assert float(r.findtext(f"{NS}PeakUnits") or "0") == 0
        assert _minutes(r.findtext(f"{NS}Work")) > 0
