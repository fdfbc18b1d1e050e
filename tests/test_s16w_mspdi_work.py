"""MS Project XML: each task's <Work>, and the project summary row's (UID 0) work and progress.

MS Project shows the project row from what the file's UID 0 holds; without it the
row had only its span. Checked with a plain ElementTree walk (values and the
schema's element order) and with our reader (the plan reads back as before).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from xml.etree import ElementTree as ET

from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.status_report import project_percent_complete
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS, format_duration
from app.io.mspdi_write import write_mspdi

Q = "{" + NS + "}"

# The <Task> children of the MSPDI schema in their order (MS Project 2007's sequence, with
# 2010's Active/Manual after Name and the manual dates after Duration).
_SCHEMA_TEXT = """UID GUID ID Name Active Manual Type IsNull CreateDate Contact WBS WBSLevel
OutlineNumber OutlineLevel Priority Start Finish Duration ManualStart ManualFinish
ManualDuration DurationFormat Work Stop Resume ResumeValid EffortDriven Recurring
OverAllocated Estimated Milestone Summary Critical IsSubproject IsSubprojectReadOnly
SubprojectName ExternalTask ExternalTaskProject EarlyStart EarlyFinish LateStart LateFinish
StartVariance FinishVariance WorkVariance FreeSlack TotalSlack FixedCost FixedCostAccrual
PercentComplete PercentWorkComplete Cost OvertimeCost OvertimeWork ActualStart ActualFinish
ActualDuration ActualCost ActualOvertimeCost ActualWork ActualOvertimeWork RegularWork
RemainingDuration RemainingCost RemainingWork RemainingOvertimeCost RemainingOvertimeWork
ACWP CV ConstraintType CalendarUID ConstraintDate Deadline LevelAssignments LevelingCanSplit
LevelingDelay LevelingDelayFormat PreLeveledStart PreLeveledFinish Hyperlink HyperlinkAddress
HyperlinkSubAddress IgnoreResourceCalendar Notes HideBar Rollup BCWS BCWP
PhysicalPercentComplete EarnedValueMethod PredecessorLink ActualWorkProtected
ActualOvertimeWorkProtected ExtendedAttribute Baseline TimephasedData"""
_SCHEMA = _SCHEMA_TEXT.split()
_PLACE = {name: k for k, name in enumerate(_SCHEMA)}
_NEW_TAGS = ("Work", "PercentComplete", "ActualStart", "ActualFinish", "ActualWork")
_START = datetime(2026, 3, 2, 8)


def _plan(a_done: float = 100.0, b_done: float = 50.0, c_done: float = 0.0) -> Plan:
    """Phase (A 2d, B 3d) then C 1d; Ann works A and B, Bo half of C."""
    a_start = datetime(2026, 3, 2, 8) if a_done else None
    a_finish = datetime(2026, 3, 3, 17) if a_done >= 100 else None
    plan = Plan(project=Project(name="Rollout", start=_START))
    plan.tasks = [
        Task(1, "Phase", outline_level=1),
        Task(
            2,
            "A",
            outline_level=2,
            duration_minutes=960,
            percent_complete=a_done,
            actual_start=a_start,
            actual_finish=a_finish,
        ),
        Task(3, "B", outline_level=2, duration_minutes=1440, percent_complete=b_done),
        Task(4, "C", outline_level=1, duration_minutes=480, percent_complete=c_done),
    ]
    plan.links = [Link(2, 3), Link(3, 4)]
    plan.resources = [Resource(1, "Ann", standard_rate=50.0), Resource(2, "Bo")]
    plan.assignments = [
        Assignment(1, 2, 1, 1.0, 960),
        Assignment(2, 3, 1, 1.0, 1440),
        Assignment(3, 4, 2, 0.5, 240),
    ]
    return plan


def _written(plan: Plan, tmp_path) -> ET.Element:
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    return ET.parse(path).getroot()


def _rows(root: ET.Element) -> dict[str, ET.Element]:
    return {t.findtext(Q + "UID"): t for t in root.iter(Q + "Task")}


def test_each_task_has_its_work_from_the_cost_report(tmp_path):
    plan = _plan()
    costs = compute_costs(plan, schedule(plan))
    rows = _rows(_written(plan, tmp_path))
    for task in plan.tasks:
        assert rows[str(task.uid)].findtext(Q + "Work") == format_duration(
            costs.task_work_minutes[task.uid]
        )
    assert rows["1"].findtext(Q + "Work") == "PT40H0M0S"  # the phase: A's 16 h + B's 24 h
    assert rows["4"].findtext(Q + "Work") == "PT4H0M0S"  # half of a day


def test_project_row_shows_the_projects_work_and_progress(tmp_path):
    plan = _plan()
    result = schedule(plan)
    row = _rows(_written(plan, tmp_path))["0"]
    expected = round(project_percent_complete(plan, result))
    assert expected == 58  # (2 days done + half of 3) of 2 + 3 + 1 days, by duration
    assert row.findtext(Q + "PercentComplete") == str(expected)
    assert row.findtext(Q + "ActualStart") == "2026-03-02T08:00:00"
    assert row.find(Q + "ActualFinish") is None  # not finished
    assert row.findtext(Q + "Work") == "PT44H0M0S"
    assert row.findtext(Q + "ActualWork") == "PT28H0M0S"  # A's 16 h + half of B's 24 h
    assert row.findtext(Q + "RemainingWork") == "PT16H0M0S"


def test_project_row_of_a_plan_not_started_and_of_one_finished(tmp_path):
    fresh = _rows(_written(_plan(0.0, 0.0, 0.0), tmp_path))["0"]
    assert fresh.findtext(Q + "PercentComplete") == "0"
    assert fresh.find(Q + "ActualStart") is None
    assert fresh.findtext(Q + "ActualWork") == "PT0H0M0S"
    plan = _plan(100.0, 100.0, 100.0)
    done = _rows(_written(plan, tmp_path))["0"]
    assert done.findtext(Q + "PercentComplete") == "100"
    assert done.findtext(Q + "ActualFinish") == done.findtext(Q + "Finish")
    assert done.findtext(Q + "RemainingWork") == "PT0H0M0S"


def test_a_started_task_without_actual_start_starts_the_project_at_its_start(tmp_path):
    plan = _plan(0.0, 50.0, 0.0)  # only B under way, from its scheduled start
    result = schedule(plan)
    assert result.get(3).start > result.start
    row = _rows(_written(plan, tmp_path))["0"]
    # the project's start, as MS Project writes it once any task has started (s18t:
    # mspdiresource.xml, its one started task began the day after the project)
    assert row.findtext(Q + "ActualStart") == result.start.isoformat()


def test_every_row_keeps_the_schemas_order(tmp_path):
    plan = _plan()
    plan.tasks[2] = replace(plan.tasks[2], notes="see <spec>", deadline=datetime(2026, 3, 20))
    for task in _written(plan, tmp_path).iter(Q + "Task"):
        tags = [c.tag.removeprefix(Q) for c in task]
        places = [_PLACE[t] for t in tags]
        assert places == sorted(places), tags


def test_the_new_elements_change_nothing_our_reader_reads(tmp_path):
    plan = _plan()
    path = tmp_path / "full.xml"
    write_mspdi(plan, path)
    ET.register_namespace("", NS)
    tree = ET.parse(path)
    for task in tree.getroot().iter(Q + "Task"):
        uid = task.findtext(Q + "UID")
        for tag in _NEW_TAGS if uid == "0" else ("Work",):
            for child in task.findall(Q + tag):
                task.remove(child)
    bare = tmp_path / "bare.xml"
    tree.write(bare, encoding="UTF-8", xml_declaration=True)
    full, without = read_mspdi(path), read_mspdi(bare)
    assert full.tasks == without.tasks
    assert full.assignments == without.assignments
    assert full.project == without.project
    assert [t.name for t in full.tasks] == ["Phase", "A", "B", "C"]


def test_a_plan_that_cannot_be_scheduled_is_written_without_work(tmp_path):
    plan = _plan()
    plan.links.append(Link(4, 2))  # a loop: no schedule, so no work or progress to tell
    try:
        schedule(plan)
    except Exception:  # noqa: BLE001 - any refusal is what this test needs
        pass
    else:
        raise AssertionError("the loop was scheduled: the test needs another unschedulable plan")
    rows = _rows(_written(plan, tmp_path))
    assert all(t.find(Q + "Work") is None for t in rows.values())
    assert rows["0"].find(Q + "PercentComplete") is None
