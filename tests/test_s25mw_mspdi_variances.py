"""MS Project XML written with the variance and earned-value fields MS Project writes, and
a baseline written with the fields it holds (app.io.mspdi_write_variances).

The oracle is MS Project's own file: mspdiassignmentfields.xml holds on its task row
the variances MS Project stored (FinishVariance 23410: 2341 working minutes, in tenths;
WorkVariance 6180000.00: 103 h in thousandths of a minute, over a Baseline 0 that holds
only a Finish), read back from Gantry's file with the same figures.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from xml.etree import ElementTree as ET

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan
from app.io.mspdi_values import NS
from app.io.mspdi_write import write_mspdi
from tests.test_s16w_mspdi_order import _misplaced

Q = "{" + NS + "}"
MON = datetime(2027, 1, 4, 8)


def _row(root: ET.Element, uid: int) -> ET.Element:
    for t in root.iter(f"{Q}Task"):
        if t.findtext(f"{Q}UID") == str(uid):
            return t
    raise AssertionError(f"no task {uid}")


def _fields(row: ET.Element, *tags: str) -> dict[str, str | None]:
    return {tag: row.findtext(f"{Q}{tag}") for tag in tags}


def test_s25mw_task_variances_are_ms_projects_stored_ones(shared_data, tmp_path):
    source = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    theirs = _row(ET.parse(source).getroot(), 1)
    out = tmp_path / "out.xml"
    write_mspdi(read_plan(source), out)
    ours = _row(ET.parse(out).getroot(), 1)
    tags = ("StartVariance", "FinishVariance", "WorkVariance")
    assert _fields(ours, *tags) == _fields(theirs, *tags)
    assert _fields(ours, *tags) == {
        "StartVariance": "0",
        "FinishVariance": "23410",
        "WorkVariance": "6180000.00",
    }


def _tracked() -> Plan:
    """Build 2d by Ann at 10/h, half done, baselined a day earlier than it runs now
    (started a day late: a working day's variance), status date its first day's end."""
    plan = Plan(project=Project(name="EV", start=MON))
    plan.tasks = [
        Task(1, "Build", outline_level=1, duration_minutes=960, percent_complete=50),
        Task(2, "Ship", outline_level=1, duration_minutes=0, milestone=True),
    ]
    plan.resources = [Resource(1, "Ann", standard_rate=10.0)]
    plan.assignments = [Assignment(1, 1, 1, 1.0, 960)]
    early = datetime(2027, 1, 1, 8)  # Friday: one working day before the task's Monday
    plan.baselines = {
        0: Baseline(
            0,
            early,
            (
                BaselineEntry(1, early, datetime(2027, 1, 4, 17), 960, 960, 160.0),
                BaselineEntry(2, datetime(2027, 1, 4, 17), datetime(2027, 1, 4, 17)),
            ),
        )
    }
    plan.project = replace(plan.project, status_date=datetime(2027, 1, 4, 17))
    return plan


def test_s25mw_earned_value_is_written_in_hundredths_in_the_schemas_places(tmp_path):
    out = tmp_path / "ev.xml"
    write_mspdi(_tracked(), out)
    root = ET.parse(out).getroot()
    assert _misplaced(root) == []
    build = _row(root, 1)
    got = _fields(build, "StartVariance", "FinishVariance", "WorkVariance", "ActualCost")
    # a working day late at both ends (480 minutes, in tenths), work as planned
    assert got == {
        "StartVariance": "4800",
        "FinishVariance": "4800",
        "WorkVariance": "0.00",
        "ActualCost": "8000",
    }
    ev = {k: float(v or "nan") for k, v in _fields(build, "ACWP", "CV", "BCWS", "BCWP").items()}
    # all of the 160 planned by Monday's end; 80 earned (50 %), 80 spent on Monday
    assert ev == {"ACWP": 8000.0, "CV": 0.0, "BCWS": 16000.0, "BCWP": 8000.0}


def test_s25mw_without_a_status_date_no_earned_value_is_written(tmp_path):
    plan = _tracked()
    plan.project = replace(plan.project, status_date=None)
    out = tmp_path / "no_status.xml"
    write_mspdi(plan, out)
    build = _row(ET.parse(out).getroot(), 1)
    assert _fields(build, "ACWP", "CV", "BCWS", "BCWP") == dict.fromkeys(
        ("ACWP", "CV", "BCWS", "BCWP")
    )
    assert build.findtext(f"{Q}FinishVariance") == "4800"  # the variances need no date


def test_s25mw_the_project_row_carries_the_projects_figures(tmp_path):
    out = tmp_path / "project.xml"
    write_mspdi(_tracked(), out)
    root = ET.parse(out).getroot()
    assert _misplaced(root) == []
    project = _row(root, 0)
    # against its Baseline 0 as written on that row: Friday to Monday 17:00, a day each late
    assert _fields(project, "StartVariance", "FinishVariance", "WorkVariance") == {
        "StartVariance": "4800",
        "FinishVariance": "4800",
        "WorkVariance": "0.00",
    }
    tags = ("ACWP", "CV", "BCWS", "BCWP")
    assert _fields(project, *tags) == _fields(_row(root, 1), *tags)  # Build's: all the cost
