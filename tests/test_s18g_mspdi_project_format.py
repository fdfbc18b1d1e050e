"""The project summary row (UID 0) says its duration's format as MS Project writes it.

MS Project 2007-2019 write <DurationFormat> 21 (no format: the project's default unit)
on that row, whatever the project's unit (DefaultDurationFormat.xml: weeks, still 21), and
53 (estimated, no format) with <Estimated>1 when a task's duration is estimated, as the
summary shows it ``3d?`` (mspdirelations.xml, mspdiresource.xml). Gantry wrote 21 always.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

DAY = 480
_ROW = re.compile(r"<Task>\s*<UID>0</UID>(.*?)</Task>", re.S)


def _project_row(path: Path) -> dict[str, str | None]:
    found = _ROW.search(path.read_text(encoding="utf-8"))
    assert found is not None
    body = found.group(1)

    def value(name: str) -> str | None:
        hit = re.search(rf"<{name}>(.*?)</{name}>", body)
        return hit.group(1) if hit else None

    return {name: value(name) for name in ("DurationFormat", "Estimated")}


def _plan(*, estimated: bool, unit: DurationUnit = DurationUnit.DAYS) -> Plan:
    plan = Plan(project=Project(name="P", start=datetime(2027, 3, 1, 8, 0), duration_unit=unit))
    plan.append_task(Task(1, "Phase", 1, duration_minutes=3 * DAY, estimated=True))
    plan.append_task(Task(2, "Specs", 2, duration_minutes=2 * DAY, estimated=estimated))
    plan.append_task(Task(3, "Build", 2, duration_minutes=DAY))
    return plan


@pytest.mark.parametrize(
    ("name", "estimated"),
    [
        ("mspdirelations.xml", True),
        ("mspdiresource.xml", True),
        ("mspdiduration.xml", False),
        ("DefaultDurationFormat.xml", False),
        ("mspdinulltasks.xml", False),
        ("assignment-assignments-project2013-mspdi.xml", False),
    ],
)
def test_s18g_project_row_format_is_ms_projects(
    name: str, estimated: bool, shared_data: Path, tmp_path: Path
) -> None:
    source = shared_data / "mspdi" / name
    theirs = _project_row(source)
    assert theirs["DurationFormat"] == ("53" if estimated else "21")  # what MS Project wrote
    out = tmp_path / name
    write_mspdi(read_mspdi(source), out)
    ours = _project_row(out)
    assert ours["DurationFormat"] == theirs["DurationFormat"]
    assert (ours["Estimated"] == "1") is estimated


@pytest.mark.parametrize("unit", [DurationUnit.DAYS, DurationUnit.WEEKS])
def test_s18g_an_estimated_task_makes_the_project_row_estimated(
    unit: DurationUnit, tmp_path: Path
) -> None:
    """A summary's own flag is no estimate (estimates.has_estimated_subtask): only a task
    without subtasks marks the project row; its unit is the project's either way."""
    for estimated, fmt in ((True, "53"), (False, "21")):
        path = tmp_path / f"{estimated}.xml"
        plan = _plan(estimated=estimated, unit=unit)
        write_mspdi(plan, path)
        row = _project_row(path)
        assert (row["DurationFormat"], row["Estimated"]) == (fmt, "1" if estimated else None)
        back = read_mspdi(path)  # the summary's <Estimated> a roll-up, not its own (s25su)
        assert [t.estimated for t in back.tasks] == [False, estimated, False]
