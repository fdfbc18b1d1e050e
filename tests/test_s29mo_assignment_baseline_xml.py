"""MS Project XML's assignment baselines (<Assignment><Baseline>: Number, Start, Finish, Work,
Cost) are read, no longer left out, and written back; Set Baseline's are written for MS Project."""

from __future__ import annotations

import re
from datetime import datetime

from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

MON = datetime(2027, 3, 1, 8, 0)


def test_s29mo_ms_projects_assignment_baselines_are_read(shared_data):
    plan = read_mspdi(shared_data / "mpp" / "Software-Development.xml")
    base = plan.baselines[0]
    first = next(e for e in base.assignments if e.assignment_uid == 87)
    assert (first.task_uid, first.resource_uid) == (2, 1)
    assert (first.start, first.finish) == (datetime(2012, 12, 24, 8), datetime(2012, 12, 24, 12))
    assert (first.work_minutes, first.cost) == (240, 200.0)
    assert not first.laid  # the XML gives no contour: planned value lays it as now
    # 77 rows hold one; 13 are MS Project's placeholders for tasks without people
    assert len(base.assignments) == 64
    # MS Project's Resource Sheet gives "Management" a Baseline Cost of $2,200: its people's
    management = next(r.uid for r in plan.resources if r.name == "Management")
    assert sum(e.cost for e in base.assignments if e.resource_uid == management) == 2200.0


def test_s29mo_an_assignment_baseline_with_dates_only_is_read(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    entries = {e.assignment_uid: e for e in plan.baselines[0].assignments}
    assert (entries[2].start, entries[2].finish) == (
        datetime(2011, 7, 4, 8),
        datetime(2011, 7, 20, 17),
    )


def test_s29mo_set_baselines_people_are_written_and_read_back(tmp_path):
    plan = Plan(project=Project(name="Build", start=MON), calendars={1: standard_calendar()})
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60, contour=WorkContour.BACK_LOADED))
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    plan.set_baseline(snapshot(plan, sched, costs, 0, MON))
    plan.set_baseline(snapshot(plan, sched, costs, 2, MON))
    out = tmp_path / "plan.xml"
    write_mspdi(plan, out)
    rows = re.findall(r"<Assignment>.*?</Assignment>", out.read_text(encoding="utf-8"), re.S)
    numbers = re.findall(r"<Baseline><Number>(\d+)</Number>", rows[0])
    assert numbers == ["0", "2"]
    assert "<Work>PT40H0M0S</Work><Cost>200000</Cost></Baseline>" in rows[0]
    back = read_mspdi(out)
    for index in (0, 2):
        (entry,) = back.baselines[index].assignments
        saved = plan.baselines[index].assignments[0]
        assert (entry.start, entry.finish) == (saved.start, saved.finish)
        assert (entry.work_minutes, entry.cost) == (2400, 2000.0)


def test_s29mo_schedule_json_gives_each_persons_baseline_cost(shared_data, tmp_path, capsys):
    import json

    from app.cli import main

    assert main(["schedule", str(shared_data / "mpp" / "Software-Development.xml"), "--json"]) == 0
    resources = json.loads(capsys.readouterr().out)["resources"]
    management = next(r for r in resources if r["name"] == "Management")
    # MS Project's Resource Sheet (Cost table): Baseline Cost $2,200, Cost $1,320
    assert (management["baseline_cost"], management["cost"]) == (2200.0, 1320.0)
