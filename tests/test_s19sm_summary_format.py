"""Summary rows say their duration's format as MS Project writes it: none of their own.

In the files MS Project 2007-2019 wrote, a summary's <DurationFormat> is 21 (no format:
the project's unit, as the sheet shows a summary): on the project row of every file
(53, estimated, while a task is: test_s18g_mspdi_project_format) and on the outline
summaries of mspdinulltasks.xml (Project 2007: "Task 1" and "Task 4" say 21 where their
subtasks say 7). No file has an outline summary over an estimated task; it is written as
the project row is, 53. Project 2002/2003 files vary (sample.xml says 7 on every row,
caltest.xml's project row 39); Gantry writes <SaveVersion>14 (2010), so 2010's. The MPP
files' XML says 7 on summaries too, but MPXJ wrote it (mpp/SOURCES.md), not MS Project.
Gantry wrote the unit it picks for the span (7; 39 on a summary whose own flag was set,
whatever its subtasks). <Estimated> still keeps that flag: a plan reads back as it was.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.io.mspdi_write_tasks import estimated_summaries

NS = "{http://schemas.microsoft.com/project}"
DAY = 480


def _rows(path: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """UID -> (Summary, DurationFormat, Estimated) of each task row but the project's."""
    root = ET.parse(path).getroot()
    return {
        t.findtext(NS + "UID"): (
            t.findtext(NS + "Summary"),
            t.findtext(NS + "DurationFormat"),
            t.findtext(NS + "Estimated"),
        )
        for t in root.iter(NS + "Task")
        if t.findtext(NS + "UID") != "0" and t.findtext(NS + "IsNull") != "1"
    }


def test_s19sm_outline_summaries_are_written_as_ms_project_wrote_them(
    shared_data: Path, tmp_path: Path
) -> None:
    source = shared_data / "mspdi" / "mspdinulltasks.xml"
    theirs = _rows(source)
    summaries = {uid for uid, (summary, _, _) in theirs.items() if summary == "1"}
    assert len(summaries) == 2  # the file as MS Project 2007 wrote it
    assert {theirs[uid][1] for uid in summaries} == {"21"}
    out = tmp_path / "nulltasks.xml"
    write_mspdi(read_mspdi(source), out)
    ours = _rows(out)
    assert {uid for uid, (summary, _, _) in ours.items() if summary == "1"} == summaries
    for uid, (_, fmt, estimated) in theirs.items():
        assert ours[uid][1:] == (fmt, estimated), uid  # summaries 21, the others as they were


def _plan(*, estimated: bool, unit: DurationUnit = DurationUnit.DAYS) -> Plan:
    plan = Plan(project=Project(name="P", start=datetime(2027, 3, 1, 8, 0), duration_unit=unit))
    plan.append_task(
        Task(1, "Phase", 1, duration_minutes=3 * DAY, duration_unit=DurationUnit.WEEKS)
    )
    plan.append_task(Task(2, "Part", 2, duration_minutes=3 * DAY, estimated=True))
    plan.append_task(Task(3, "Specs", 3, duration_minutes=2 * DAY, estimated=estimated))
    plan.append_task(Task(4, "Build", 3, duration_minutes=DAY))
    plan.append_task(Task(5, "Other", 1, duration_minutes=DAY))
    plan.append_task(Task(6, "Ship", 2, duration_minutes=DAY, estimated=True))
    return plan


@pytest.mark.parametrize("unit", [DurationUnit.DAYS, DurationUnit.WEEKS])
@pytest.mark.parametrize("estimated", [True, False])
def test_s19sm_a_summary_is_estimated_while_a_task_below_it_is(
    estimated: bool, unit: DurationUnit, tmp_path: Path
) -> None:
    """A summary's own flag and unit are no estimate nor format: only the tasks without
    subtasks below it mark it (app.domain.estimates), whatever the project's unit. Its
    <Estimated> says what its 53/21 says, as MS Project rolls it up (s20mw); read back, it is
    not the summary's own (s25su)."""
    path = tmp_path / "p.xml"
    plan = _plan(estimated=estimated, unit=unit)
    write_mspdi(plan, path)
    rows = _rows(path)
    fmt = "53" if estimated else "21"
    rolled = "1" if estimated else "0"
    assert rows["1"] == ("1", fmt, rolled)
    assert rows["2"] == ("1", fmt, rolled)  # its own flag (set as a leaf) is not used
    assert rows["5"] == ("1", "53", "1")  # Ship is
    assert rows["3"] == ("0", "39" if estimated else "7", "1" if estimated else "0")
    assert rows["6"] == ("0", "39", "1")  # leaves as before: their own unit and flag
    back = read_mspdi(path)
    flags = [False, False, estimated, False, False, True]  # a summary's: rolled up (s25su)
    assert [t.estimated for t in back.tasks] == flags


def test_s19sm_estimated_summaries_in_one_pass() -> None:
    assert estimated_summaries(_plan(estimated=True).tasks) == {1, 2, 5}
    assert estimated_summaries(_plan(estimated=False).tasks) == {5}
    assert estimated_summaries([]) == set()
    last = [Task(1, "A", 1), Task(2, "B", 2, estimated=True)]  # the last row a leaf
    assert estimated_summaries(last) == {1}
