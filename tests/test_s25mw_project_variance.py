"""The project's Finish Variance comes from the project's own baseline, as MS Project's
project summary (UID 0) holds it (app.domain.status_report.baseline_finish).

mspdiassignmentfields.xml: its one task holds a Baseline 0 Finish typed on it and no Start;
MS Project's project summary holds no baseline and stores FinishVariance 0. gantry info
said "+4.88d against Baseline" from the task's; it now gives the project no variance line,
and a baseline saved for the whole plan still gives one.
"""

from __future__ import annotations

from datetime import datetime
from xml.etree import ElementTree as ET

from app.cli import main
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.status_report import baseline_finish
from app.domain.task import Task
from app.io.mspdi_values import NS

Q = "{" + NS + "}"
MON = datetime(2027, 1, 4, 8)


def test_s25mw_a_finish_typed_on_a_task_gives_the_project_no_variance(shared_data, capsys):
    source = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    summary = ET.parse(source).getroot().find(f"{Q}Tasks/{Q}Task")
    assert summary is not None
    assert summary.findtext(f"{Q}UID") == "0"
    assert summary.find(f"{Q}Baseline") is None  # MS Project's project summary: none
    assert summary.findtext(f"{Q}FinishVariance") == "0"
    assert main(["info", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Variance:" not in out
    assert "4.88d" not in out


def _plan(entries: tuple[BaselineEntry, ...]) -> Plan:
    plan = Plan(project=Project(name="V", start=MON))
    plan.tasks = [
        Task(1, "A", outline_level=1, duration_minutes=480),
        Task(2, "B", outline_level=1, duration_minutes=480),
    ]
    plan.baselines = {0: Baseline(0, MON, entries)}
    return plan


def test_s25mw_a_baseline_saved_for_the_plan_gives_the_latest_finish():
    late = datetime(2027, 1, 6, 17)
    whole = _plan(
        (
            BaselineEntry(1, MON, datetime(2027, 1, 4, 17), 480),
            BaselineEntry(2, MON, late, 480),
        )
    )
    assert baseline_finish(whole) == late
    only_finishes = _plan((BaselineEntry(1, None, late), BaselineEntry(2, None, late)))
    assert baseline_finish(only_finishes) is None
