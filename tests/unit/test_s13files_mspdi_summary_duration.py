"""MSPDI export writes a summary's rolled-up duration, not the PT0H it keeps for itself.

MS Project recomputes summaries on open, but ProjectLibre, GanttProject's import and
other readers show the <Duration> as written: a summary over two 2-day tasks read 0.
"""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import parse

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS
from app.io.mspdi_write import write_mspdi

_Q = "{" + NS + "}"


def _plan() -> Plan:
    project = Project(name="Summary", start=datetime(2026, 3, 2, 8, 0))
    tasks = [
        Task(uid=1, name="Phase", outline_level=1),
        Task(uid=2, name="Dig", outline_level=2, duration_minutes=2 * 480),
        Task(uid=3, name="Pour", outline_level=2, duration_minutes=3 * 480),
    ]
    return Plan(project=project, tasks=tasks, links=[Link(2, 3, LinkType.FS)])


def _durations(path) -> dict[str, str]:
    root = parse(path).getroot()
    return {
        t.findtext(_Q + "Name"): t.findtext(_Q + "Duration")
        for t in root.iter(_Q + "Task")
        if t.findtext(_Q + "UID") != "0"
    }


def test_summary_duration_is_its_span(tmp_path):
    out = tmp_path / "plan.xml"
    write_mspdi(_plan(), out)
    found = _durations(out)
    assert found["Dig"] == "PT16H0M0S"
    assert found["Pour"] == "PT24H0M0S"
    assert found["Phase"] == "PT40H0M0S"  # 5 working days of 8 h, was PT0H0M0S


def test_summary_span_reads_back_as_the_same_plan(tmp_path):
    out = tmp_path / "plan.xml"
    plan = _plan()
    write_mspdi(plan, out)
    back = read_mspdi(out)
    leaves = {t.name: t.duration_minutes for t in back.tasks if not back.is_summary(t.uid)}
    assert leaves == {"Dig": 960, "Pour": 1440}
