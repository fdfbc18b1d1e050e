"""A Remaining or Actual Duration typed stays exactly what was typed, as MS Project keeps it.

A 10-day task 2 days done (20 %) given 7 days remaining is a 9-day task 2 days done:
Actual Duration 2d, Remaining Duration 7d, % Complete shown 22 % (22.22... kept behind
it, app/domain/percent_shown.py), not 1.98d and 7.02d from a whole 22 %. So it stays
in the .gantry file, in MS Project XML (<PercentComplete>22 with <ActualDuration> 16 hours,
read back exact) and in the actual cost. The shared files MS Project wrote read back
MS Project's own actual and remaining durations.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.cost_tracking import TrackingFigures
from app.domain.costs import compute_costs
from app.domain.percent_shown import done_minutes, exact_percent, kept_in_minutes, shown_percent
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking_edits import (
    actual_duration,
    task_clock,
    typed_actual_duration,
    typed_remaining_duration,
)
from app.formats import not_kept
from app.io.mspdi import read_mspdi
from app.io.mspdi_progress import file_percent
from app.io.mspdi_values import NS, parse_duration
from app.io.mspdi_write import write_mspdi
from app.report.bar_labels import percent_label
from app.report.columns import CellText, remaining_text
from app.store.document import read_plan, write_plan

DAY = 480
RATE = 50.0  # Ann's hourly rate
Q = "{" + NS + "}"


def _plan(days: int = 10, percent: float = 20.0) -> Plan:
    plan = Plan(Project(name="Exact", start=datetime(2027, 1, 4, 8)))
    plan.insert_tasks(
        0,
        [Task(1, "Build", duration_minutes=days * DAY, percent_complete=percent)],
    )
    plan.add_resource(Resource(1, "Ann", standard_rate=RATE))
    plan.assignments = [Assignment(1, 1, 1, 1.0, days * DAY)]
    return plan


def _typed_remaining(plan: Plan, minutes: int) -> Plan:
    task = plan.task(1)
    fields = typed_remaining_duration(task, schedule(plan).get(1), minutes, task_clock(plan, task))
    plan.update_task(replace(task, **fields))
    return plan


def _figures(plan: Plan) -> tuple[int, str, str, int]:
    """Actual duration (minutes), Remaining Duration as the sheet writes it, % shown, and the
    duration, as the window and the printout show them."""
    result = schedule(plan)
    figures = TrackingFigures(plan, result, compute_costs(plan, result))
    shown = CellText(plan, result, {}).text(1, "percent")
    assert percent_label(plan.task(1), result) == shown  # the Tracking Gantt's bar label
    return (
        figures.actual_duration(1),
        remaining_text(plan.task(1), result.get(1), plan.project),
        shown,
        plan.task(1).duration_minutes,
    )


def test_s17remdur_remaining_typed_keeps_both_durations_exactly():
    plan = _typed_remaining(_plan(), 7 * DAY)
    task = plan.task(1)
    assert task.percent_complete == 100 * 2 / 9  # not a whole 22 %
    assert actual_duration(task) == 2 * DAY
    assert _figures(plan) == (2 * DAY, "7d", "22%", 9 * DAY)


def test_s17remdur_actual_duration_typed_keeps_it_exactly():
    plan = _plan(9, 0.0)
    task = plan.task(1)
    fields = typed_actual_duration(task, schedule(plan).get(1), 2 * DAY, task_clock(plan, task))
    assert fields["percent_complete"] == 100 * 2 / 9
    assert fields["actual_start"] == datetime(2027, 1, 4, 8)
    plan.update_task(replace(task, **fields))
    assert _figures(plan) == (2 * DAY, "7d", "22%", 9 * DAY)


def test_s17remdur_a_duration_that_divides_stays_a_whole_percent():
    plan = _plan(5, 0.0)
    task = plan.task(1)
    fields = typed_actual_duration(task, schedule(plan).get(1), 2 * DAY, task_clock(plan, task))
    assert fields["percent_complete"] == 40.0


def test_s17remdur_actual_cost_and_work_follow_the_exact_actual_duration():
    plan = _plan(9, 0.0)  # Ann full time: 9 days of work
    task = plan.task(1)
    fields = typed_actual_duration(task, schedule(plan).get(1), 2 * DAY, task_clock(plan, task))
    plan.update_task(replace(task, **fields))
    costs = compute_costs(plan, schedule(plan))
    assert costs.task_actual_work_minutes[1] == 2 * DAY  # 16 hours, not 15.84 from 22 %
    assert costs.task_actual_cost[1] == pytest.approx(16 * RATE)


def test_s17remdur_gantry_file_keeps_it(tmp_path: Path):
    plan = _typed_remaining(_plan(), 7 * DAY)
    path = tmp_path / "exact.gantry"
    write_plan(plan, path)
    back = read_plan(path)
    assert back.task(1).percent_complete == plan.task(1).percent_complete
    assert _figures(back) == (2 * DAY, "7d", "22%", 9 * DAY)


def test_s17remdur_ms_project_xml_writes_it_as_ms_project_and_reads_it_back(tmp_path: Path):
    plan = _typed_remaining(_plan(), 7 * DAY)
    path = tmp_path / "exact.xml"
    write_mspdi(plan, path)
    row = next(t for t in ET.parse(path).getroot().iter(Q + "Task") if t.findtext(Q + "UID") == "1")
    assert row.findtext(Q + "PercentComplete") == "22"
    assert parse_duration(row.findtext(Q + "ActualDuration") or "") == 2 * DAY
    assert parse_duration(row.findtext(Q + "RemainingDuration") or "") == 7 * DAY
    back = read_mspdi(path)
    assert back.task(1).percent_complete == plan.task(1).percent_complete
    assert _figures(back) == (2 * DAY, "7d", "22%", 9 * DAY)
    # nothing is said rounded: the actual duration keeps the percent
    assert not [line for line in not_kept(plan, ".xml") if "percent" in line]


def test_s17remdur_a_whole_percent_file_row_reads_as_it_did():
    # 87 % of 15d is 13.05d: the actual duration the whole percent gives, nothing else read
    assert file_percent(15 * DAY, 87.0, "PT104H24M0S", "PT15H36M0S") == 87.0
    # no actual duration, a finished or untouched task: the file's percent
    assert file_percent(9 * DAY, 22.0, None, None) == 22.0
    assert file_percent(9 * DAY, 100.0, "PT16H0M0S", "PT56H0M0S") == 100.0


def test_s17remdur_figures_that_disagree_keep_the_files_percent():
    exact = 100 * 2 / 9
    assert file_percent(9 * DAY, 22.0, "PT16H0M0S", "PT56H0M0S") == exact
    assert file_percent(9 * DAY, 22.0, "PT16H0M0S", None) == exact
    assert file_percent(9 * DAY, 30.0, "PT16H0M0S", "PT56H0M0S") == 30.0  # shows 22 %
    assert file_percent(9 * DAY, 22.0, "PT16H0M0S", "PT40H0M0S") == 22.0  # 2d + 5d is no 9d
    assert file_percent(9 * DAY, 22.0, "PT80H0M0S", None) == 22.0  # past the duration
    assert file_percent(9 * DAY, 22.0, "soon", None) == 22.0


@pytest.mark.parametrize(
    ("percent", "shown"),
    [(0, 0), (0.2, 1), (12.4, 12), (12.5, 13), (100 * 2 / 9, 22), (99.7, 99), (100, 100)],
)
def test_s17remdur_percent_is_shown_whole_never_done_before_the_end(percent, shown):
    assert shown_percent(percent) == shown


def test_s17remdur_percent_helpers_agree():
    for minutes in (7, 450, 4320, 9 * DAY):
        for done in range(1, minutes, max(1, minutes // 37)):
            percent = exact_percent(done, minutes)
            assert done_minutes(minutes, percent) == done
            assert kept_in_minutes(minutes, percent)
    assert not kept_in_minutes(960, 12.4)  # 119.04 minutes: not a whole minute


def _shared_rows(path: Path) -> list[tuple[int, int, int]]:
    """(UID, ActualDuration, RemainingDuration) of the file's leaf tasks under way."""
    rows = list(ET.parse(path).getroot().iter(Q + "Task"))
    out = []
    for i, row in enumerate(rows):
        level = int(row.findtext(Q + "OutlineLevel") or 0)
        after = int(rows[i + 1].findtext(Q + "OutlineLevel") or 0) if i + 1 < len(rows) else 0
        percent = float(row.findtext(Q + "PercentComplete") or 0)
        actual, remaining = (
            row.findtext(Q + "ActualDuration"),
            row.findtext(Q + "RemainingDuration"),
        )
        if level == 0 or after > level or not 0 < percent < 100 or not actual or not remaining:
            continue
        out.append(
            (int(row.findtext(Q + "UID") or 0), parse_duration(actual), parse_duration(remaining))
        )
    return out


def test_s17remdur_shared_files_give_ms_projects_actual_and_remaining_durations(shared_data):
    checked = []
    for path in sorted((shared_data / "mspdi").glob("*.xml")):
        rows = _shared_rows(path)
        if not rows:
            continue
        plan = read_mspdi(path)
        result = schedule(plan)
        figures = TrackingFigures(plan, result, compute_costs(plan, result))
        for uid, actual, remaining in rows:
            assert figures.actual_duration(uid) == actual, (path.name, uid)
            left = result[uid].duration_minutes - figures.actual_duration(uid)
            assert left == remaining, (path.name, uid)
            checked.append((path.name, uid))
    # 4h27m done of 71h1m, shown 6 % (a whole 6 % gave 4h16m)
    assert ("mspdiassignmentfields.xml", 1) in checked
    assert len(checked) > 10


def test_s17remdur_a_row_the_checked_reader_reads_keeps_it_too(tmp_path: Path):
    # a manually scheduled task's row goes through the checked reader, not the fast path
    plan = _typed_remaining(_plan(), 7 * DAY)
    task = plan.task(1)
    plan.update_task(replace(task, manual=True, start=datetime(2027, 1, 4, 8)))
    path = tmp_path / "manual.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path).task(1)
    assert back.manual
    assert back.percent_complete == 100 * 2 / 9
