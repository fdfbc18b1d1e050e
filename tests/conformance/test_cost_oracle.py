"""Money and work equal MS Project's: every shared-data file with assignments is an oracle.

MS Project stores each task's Cost (in cents) and Work, and each resource's
Cost, Work and OverAllocated flag, next to the inputs. We read the file with
the MSPDI reader, schedule it, compute costs and compare. ``pytest -s`` prints
a table per file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from defusedxml import ElementTree

NS = "{http://schemas.microsoft.com/project}"
NO_RESOURCE = "-65535"
_DURATION = re.compile(r"^-?PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$")
_DATA = Path(
    os.environ.get("GANTRY_SHARED_DATA") or Path(__file__).resolve().parents[3] / "shared" / "data"
)


@dataclass
class Stored:
    """MS Project's own figures in one file."""

    task_cost: dict[int, float] = field(default_factory=dict)
    task_work: dict[int, int] = field(default_factory=dict)
    summary: set[int] = field(default_factory=set)
    resource_cost: dict[int, float] = field(default_factory=dict)
    resource_work: dict[int, int] = field(default_factory=dict)
    overallocated: set[int] = field(default_factory=set)
    work_resources: set[int] = field(default_factory=set)
    peak_known: bool = False  # MS Project computed PeakUnits, so OverAllocated is meaningful


def _minutes(text: str | None) -> int:
    if not text:
        return 0
    m = _DURATION.match(text.strip())
    if m is None:
        raise ValueError(f"unexpected duration {text!r}")
    return int(m.group(1)) * 60 + int(m.group(2)) + round(float(m.group(3)) / 60)


def _cents(text: str | None) -> float:
    return float(text) / 100.0 if text else 0.0


def stored_figures(path: Path) -> Stored:
    """Stored Cost/Work per task and Cost/Work/OverAllocated per resource (UID 0 = project)."""
    root = ElementTree.parse(path).getroot()
    out = Stored()
    for t in root.iterfind(f"{NS}Tasks/{NS}Task"):
        if t.findtext(f"{NS}IsNull") == "1":
            continue
        uid = int(t.findtext(f"{NS}UID") or "0")
        out.task_cost[uid] = _cents(t.findtext(f"{NS}Cost"))
        out.task_work[uid] = _minutes(t.findtext(f"{NS}Work"))
        if t.findtext(f"{NS}Summary") == "1":
            out.summary.add(uid)
    for r in root.iterfind(f"{NS}Resources/{NS}Resource"):
        uid = int(r.findtext(f"{NS}UID") or "0")
        if uid == 0 or r.findtext(f"{NS}IsNull") == "1":
            continue
        out.resource_cost[uid] = _cents(r.findtext(f"{NS}Cost"))
        out.resource_work[uid] = _minutes(r.findtext(f"{NS}Work"))
        if r.findtext(f"{NS}OverAllocated") == "1":
            out.overallocated.add(uid)
        if r.findtext(f"{NS}Type") == "1":
            out.work_resources.add(uid)
        if float(r.findtext(f"{NS}PeakUnits") or "0") > 0:
            out.peak_known = True
    return out


def has_assignments(path: Path) -> bool:
    """Whether a file assigns at least one real resource."""
    root = ElementTree.parse(path).getroot()
    return any(
        (a.findtext(f"{NS}ResourceUID") or NO_RESOURCE) != NO_RESOURCE
        for a in root.iterfind(f"{NS}Assignments/{NS}Assignment")
    )


def _oracle_files() -> list[Path]:
    if not _DATA.is_dir():
        return []
    files = sorted((_DATA / "mspdi").glob("*.xml")) + sorted((_DATA / "mpp").glob("*.xml"))
    return [p for p in files if has_assignments(p)]


def test_oracle_extraction_reads_ms_project_figures(shared_data):
    stored = stored_figures(shared_data / "mspdi" / "mspdiresource.xml")
    assert stored.resource_cost[1] == pytest.approx(4000.0)  # 80 h x 50/h
    assert stored.resource_work[1] == 80 * 60
    assert stored.overallocated == {1}
    assert stored.task_cost[0] == pytest.approx(8200.0)
    assert len(_oracle_files()) >= 15


@pytest.mark.parametrize("path", _oracle_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_costs_and_work_equal_ms_project(path, shared_data):
    mspdi = pytest.importorskip("app.io.mspdi", reason="the MSPDI reader is not in yet")
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule

    stored = stored_figures(path)
    plan = mspdi.read_mspdi(path)
    costs = compute_costs(plan, schedule(plan))
    bad: list[str] = []
    project_cost = stored.task_cost.get(0)
    if project_cost is not None and abs(costs.total_cost - project_cost) > 0.01:
        bad.append(f"project cost {costs.total_cost:.2f} != {project_cost:.2f}")
    if 0 in stored.task_work and costs.total_work_minutes != stored.task_work[0]:
        bad.append(f"project work {costs.total_work_minutes} != {stored.task_work[0]}")
    for uid, cost in stored.task_cost.items():
        if uid == 0 or uid not in costs.task_cost:
            continue
        if abs(costs.task_cost[uid] - cost) > 0.01:
            bad.append(f"task {uid} cost {costs.task_cost[uid]:.2f} != {cost:.2f}")
        if costs.task_work_minutes[uid] != stored.task_work[uid]:
            bad.append(f"task {uid} work {costs.task_work_minutes[uid]} != {stored.task_work[uid]}")
    for uid, cost in stored.resource_cost.items():
        if uid not in costs.resource_cost:
            continue
        if abs(costs.resource_cost[uid] - cost) > 0.01:
            bad.append(f"resource {uid} cost {costs.resource_cost[uid]:.2f} != {cost:.2f}")
        if (
            uid in stored.work_resources
            and costs.resource_work_minutes[uid] != stored.resource_work[uid]
        ):
            bad.append(
                f"resource {uid} work {costs.resource_work_minutes[uid]} != {stored.resource_work[uid]}"
            )
    ours = costs.overallocated & stored.work_resources
    matched_tasks = sum(1 for u in stored.task_cost if u in costs.task_cost)
    print(
        f"\n{path.parent.name}/{path.name:<48} tasks {matched_tasks:>4}  "
        f"cost {costs.total_cost:>12,.2f} (MSP {project_cost or 0:>12,.2f})  "
        f"work {costs.total_work_minutes / 60:>8,.1f}h (MSP {stored.task_work.get(0, 0) / 60:>8,.1f}h)  "
        f"over {sorted(ours)} (MSP {sorted(stored.overallocated) if stored.peak_known else 'not stored'})  "
        f"{'OK' if not bad else f'{len(bad)} differences'}"
    )
    assert matched_tasks > 0, "no task of the file reached the plan"
    assert not bad, "\n".join(bad[:20])


# Software-Development (the template with every task 30 % complete) flags Project Manager (UID 2)
# and Deployment Team (UID 8) although their PeakUnits (1) equal their MaxUnits (1): in every other
# file, and for every other person here, OverAllocated is exactly PeakUnits > MaxUnits. Their
# assignments are back to back at 100 % (e.g. Deployment Team: tasks 70, 71, 72, 75..79 run
# 15:00 -> 15:00 next working day, each ending where the next starts; no Delay, flat contour),
# and the .mpp's timephased work (actual and remaining) is a flat 60 min/h in contiguous,
# non-overlapping pieces. MPXJ reads their peak from the .mpp as 100.00000000000001 % (a hair above
# 100 %, where Software-Development-Plan, the same plan without progress and without the flag,
# has exactly 100.0 %): MS Project's flag fires on floating-point noise in its own peak. The XML
# rounds that peak to 1, so nothing in it can reproduce the flag; the test after this one holds us
# to MS Project's PeakUnits instead.
_OVER_KNOWN_DIFFERENT = {"Software-Development"}


def _over_files() -> list[object]:
    out: list[object] = []
    for p in _oracle_files():
        if not stored_figures(p).peak_known:
            continue  # converted .mpp files without PeakUnits carry no computed flag
        marks = (
            [
                pytest.mark.xfail(
                    reason="MS Project flags Project Manager (2) and Deployment Team (8) on a peak "
                    "a hair above 100 % (100.00000000000001 % in the .mpp, 1 = MaxUnits in the "
                    "XML): their assignments never overlap",
                    strict=True,
                )
            ]
            if p.stem in _OVER_KNOWN_DIFFERENT
            else []
        )
        out.append(pytest.param(p, marks=marks, id=f"{p.parent.name}/{p.stem}"))
    return out


@pytest.mark.parametrize("path", _over_files())
def test_overallocated_people_equal_ms_project(path, shared_data):
    mspdi = pytest.importorskip("app.io.mspdi", reason="the MSPDI reader is not in yet")
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule

    stored = stored_figures(path)
    plan = mspdi.read_mspdi(path)
    costs = compute_costs(plan, schedule(plan))
    assert costs.overallocated & stored.work_resources == stored.overallocated


def _peak_over(path: Path) -> set[int]:
    """Work resources whose stored PeakUnits exceed their MaxUnits (MS Project's own peak)."""
    root = ElementTree.parse(path).getroot()
    out: set[int] = set()
    for r in root.iterfind(f"{NS}Resources/{NS}Resource"):
        if r.findtext(f"{NS}Type") != "1" or r.findtext(f"{NS}IsNull") == "1":
            continue
        peak = float(r.findtext(f"{NS}PeakUnits") or "0")
        if peak > float(r.findtext(f"{NS}MaxUnits") or "1") + 1e-9:
            out.add(int(r.findtext(f"{NS}UID") or "0"))
    out.discard(0)
    return out


@pytest.mark.parametrize(
    "path",
    [p for p in _oracle_files() if stored_figures(p).peak_known],
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_overallocated_people_equal_ms_project_peak(path, shared_data):
    """Over-allocated people are those whose MS Project PeakUnits exceed MaxUnits (no exception)."""
    mspdi = pytest.importorskip("app.io.mspdi", reason="the MSPDI reader is not in yet")
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule

    stored = stored_figures(path)
    plan = mspdi.read_mspdi(path)
    costs = compute_costs(plan, schedule(plan))
    assert costs.overallocated & stored.work_resources == _peak_over(path)


def _dt(text: str | None):
    from datetime import datetime

    return datetime.fromisoformat(text) if text else None


def test_rate_tables_by_date_follow_the_file(shared_data):
    """mspdicostratetable: every Rate row is the rate in force inside its From/To window."""
    mspdi = pytest.importorskip("app.io.mspdi", reason="the MSPDI reader is not in yet")
    from app.domain.costs import rate_at

    path = shared_data / "mspdi" / "mspdicostratetable.xml"
    plan = mspdi.read_mspdi(path)
    root = ElementTree.parse(path).getroot()
    checked = 0
    for r in root.iterfind(f"{NS}Resources/{NS}Resource"):
        uid = int(r.findtext(f"{NS}UID") or "0")
        if uid == 0:
            continue
        res = plan.resource(uid)
        for rate in r.iterfind(f"{NS}Rates/{NS}Rate"):
            start, finish = _dt(rate.findtext(f"{NS}RatesFrom")), _dt(rate.findtext(f"{NS}RatesTo"))
            inside = start + (finish - start) / 2
            table = int(rate.findtext(f"{NS}RateTable") or "0")
            got = rate_at(res, inside, table)
            assert got.standard_rate == pytest.approx(float(rate.findtext(f"{NS}StandardRate")))
            assert got.overtime_rate == pytest.approx(float(rate.findtext(f"{NS}OvertimeRate")))
            assert got.cost_per_use == pytest.approx(_cents(rate.findtext(f"{NS}CostPerUse")))
            checked += 1
    assert checked >= 15


def test_availability_periods_follow_the_file(shared_data):
    """mspdiavailability: max units inside each AvailabilityPeriod are the period's units."""
    mspdi = pytest.importorskip("app.io.mspdi", reason="the MSPDI reader is not in yet")
    from app.domain.workload import max_units_on

    path = shared_data / "mspdi" / "mspdiavailability.xml"
    plan = mspdi.read_mspdi(path)
    root = ElementTree.parse(path).getroot()
    checked = 0
    for r in root.iterfind(f"{NS}Resources/{NS}Resource"):
        uid = int(r.findtext(f"{NS}UID") or "0")
        for period in r.iterfind(f"{NS}AvailabilityPeriods/{NS}AvailabilityPeriod"):
            start = _dt(period.findtext(f"{NS}AvailableFrom"))
            finish = _dt(period.findtext(f"{NS}AvailableTo"))
            units = float(period.findtext(f"{NS}AvailableUnits") or "0")
            assert max_units_on(plan.resource(uid), start + (finish - start) / 2) == pytest.approx(
                units
            )
            checked += 1
    assert checked >= 3


def _actual_files() -> list[object]:
    return [pytest.param(p, id=f"{p.parent.name}/{p.stem}") for p in _oracle_files()]


def _exact_minutes(text: str | None) -> float:
    if not text:
        return 0.0
    m = _DURATION.match(text.strip())
    if m is None:
        raise ValueError(f"unexpected duration {text!r}")
    return int(m.group(1)) * 60 + int(m.group(2)) + float(m.group(3)) / 60


def minute_rounding_allowance(root) -> tuple[dict[int, float], dict[int, float]]:
    """What the seconds beyond whole minutes in each assignment's actual work are worth, per
    assignment and per task (0 where the file's work done is in whole minutes).

    MS Project keeps work to fractions of a second (mspdiassignmentfields: ActualWork and
    ActualOvertimeWork PT2H0M5.07S, PT1H6M5.07S). Since s26co the reader keeps work done to
    the second, so actual costs match with no allowance (test_user9_shown_figures proves
    Task One's 299.0845); callers still add this, worked out from the file alone (the
    seconds times the resource's dearest standard or overtime rate in any rate table), as a
    bound for figures that go through work still kept in whole minutes (planned work).
    """
    dearest: dict[str, float] = {}
    for r in root.iterfind(f"{NS}Resources/{NS}Resource"):
        rates = [float(r.findtext(f"{NS}{k}") or "0") for k in ("StandardRate", "OvertimeRate")]
        for row in r.iterfind(f"{NS}Rates/{NS}Rate"):
            rates += [
                float(row.findtext(f"{NS}{k}") or "0") for k in ("StandardRate", "OvertimeRate")
            ]
        dearest[r.findtext(f"{NS}UID") or ""] = max(rates)
    by_assignment: dict[int, float] = {}
    by_task: dict[int, float] = {}
    for a in root.iterfind(f"{NS}Assignments/{NS}Assignment"):
        task = int(a.findtext(f"{NS}TaskUID") or "0")
        lost = 0.0
        for name in ("ActualWork", "ActualOvertimeWork"):
            exact = _exact_minutes(a.findtext(f"{NS}{name}"))
            lost += abs(exact - round(exact))
        money = lost * dearest.get(a.findtext(f"{NS}ResourceUID") or "", 0.0) / 60
        by_assignment[int(a.findtext(f"{NS}UID") or "0")] = money
        by_task[task] = by_task.get(task, 0.0) + money
    return by_assignment, by_task


def test_minute_rounding_allowance_is_zero_for_whole_minutes(shared_data):
    root = ElementTree.parse(shared_data / "mspdi" / "mspdiresource.xml").getroot()
    assert set(minute_rounding_allowance(root)[1].values()) == {0.0}
    root = ElementTree.parse(shared_data / "mspdi" / "mspdiassignmentfields.xml").getroot()
    by_assignment, by_task = minute_rounding_allowance(root)
    # 5.07 s in ActualWork and in ActualOvertimeWork of Resource One (dearest rate 60/h)
    assert by_assignment[2] == pytest.approx(2 * 5.07 / 60, abs=1e-6)
    assert by_assignment[5] == 0.0
    assert by_task[1] == pytest.approx(by_assignment[2])


@pytest.mark.parametrize("path", _actual_files())
def test_actual_cost_equals_ms_project(path, shared_data):
    mspdi = pytest.importorskip("app.io.mspdi", reason="the MSPDI reader is not in yet")
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule

    plan = mspdi.read_mspdi(path)
    costs = compute_costs(plan, schedule(plan))
    root = ElementTree.parse(path).getroot()
    by_assignment, by_task = minute_rounding_allowance(root)
    bad = []
    for a in root.iterfind(f"{NS}Assignments/{NS}Assignment"):
        uid = int(a.findtext(f"{NS}UID") or "0")
        stored = a.findtext(f"{NS}ActualCost")
        ours = costs.assignments.get(uid)
        if stored is None or ours is None:
            continue
        if abs(ours.actual_cost - _cents(stored)) > 0.01 + by_assignment[uid]:
            bad.append(f"assignment {uid}: {ours.actual_cost:.2f} != {_cents(stored):.2f}")
    for t in root.iterfind(f"{NS}Tasks/{NS}Task"):
        uid = int(t.findtext(f"{NS}UID") or "0")
        stored = t.findtext(f"{NS}ActualCost")
        if stored is None or uid not in costs.task_actual_cost:
            continue
        if abs(costs.task_actual_cost[uid] - _cents(stored)) > 0.01 + by_task.get(uid, 0.0):
            bad.append(f"task {uid}: {costs.task_actual_cost[uid]:.2f} != {_cents(stored):.2f}")
    assert not bad, "\n".join(bad[:20])
