"""Converting a plan keeps its scheduled dates, or the conversion says why not.

Every shared file (GanttProject, MS Project XML, client workbooks) is written in every
format ``gantry convert`` writes, read back, and compared as ``gantry diff`` compares dates.
A task that moved must be explained by a line of :func:`app.formats.not_kept` (what
``convert``, File > Save a Copy As and Export say): EXPLAINED lists each such conversion,
the words of the note that explain it and why the format cannot hold it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli.diff_text import DiffWriter
from app.domain.calendar import Calendar
from app.domain.dates_not_kept import dates_not_kept
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split
from app.domain.task import Task

OUTPUTS = (".gantry", ".xml", ".gan", ".csv", ".xlsx")

_GAN = [
    "gan/blyoa-task-crossing-recurring-holiday.gan",
    "gan/blyoa-task-in-baseline-crossing-one-off-holiday.gan",
    "gan/blyoa-task-with-coordinator-assignee.gan",
    "gan/blyoa-task-with-dependencies.gan",
    "gan/ganttproject-HouseBuildingSample.gan",
    "gan/openharvest-GanttChart.gan",
]
_MPP = [
    f"mpp/{n}.xml"
    for n in [
        "Blank2010",
        "CalculateCriticalPath",
        "CalculateWorkHours",
        "CriticalEffortDrivenTasks",
        "CustomBarStyle",
        "GetCrossProjectTaskLinks",
        "Residential-Construction",
        "ResourceCalendar",
        "SampleProject",
        "Software-Development-Plan-1",
        "Software-Development-Plan",
        "Software-Development",
        "SplitTaskFinishDate",
        "TestRecurringTask2016",
        "schedule-conflict",
    ]
]
_YEARS = ("2002", "2003", "2007", "2010", "2013", "2016", "2019")
_MSPDI = [
    f"mspdi/{n}.xml"
    for n in [
        "DefaultDurationFormat",
        "baselines",
        "caltest",
        "mspdiassignmentfields",
        "mspdiavailability",
        "mspdicostratetable",
        "mspdiduration",
        "mspdinulltasks",
        "mspdirelations",
        "mspdiresource",
        "mspdisplittask",
        "mspditimephasedsegments",
        "sample",
    ]
    + [f"assignment-assignments-project{y}-mspdi" for y in _YEARS]
    + [f"resource-type-project{y}-mspdi" for y in _YEARS if y != "2019"]
    + [f"calendar-recurring-exceptions-project{y}-mspdi" for y in _YEARS[2:6]]
]
# the buffer scorecard has no task table (its read is refused, tested elsewhere)
_XLSX = ["xlsx/packt-tpm-handbook-project-plan.xlsx", "xlsx/packt-tpm-handbook-tables.xlsx"]
FILES = _GAN + _MPP + _MSPDI + _XLSX

_HOLIDAY = "the project calendar (days off: 1 exception)"  # a CSV is scheduled on the standard week
_WHOLE = "keeps whole days only"  # GanttProject counts days: part days round, later tasks follow
_DAY_75 = "7.5 h days (read back as 8 h)"  # GanttProject has no hours per day
# (file, output) -> the words of the note that explain its moves (why, in the comment)
EXPLAINED: dict[tuple[str, str], str] = {
    # a one-off and a recurring holiday: a CSV has no calendar
    ("gan/blyoa-task-crossing-recurring-holiday.gan", ".csv"): _HOLIDAY,
    # task E's SF link ends it on the working moment after the 3 Jan holiday (no constraint)
    ("gan/blyoa-task-with-dependencies.gan", ".csv"): _HOLIDAY,
    (
        "mpp/CalculateWorkHours.xml",
        ".csv",
    ): "the project calendar (days off: 2 exceptions)",  # holidays
    # people on Night Shift and 24 Hours calendars: a CSV holds none, a .gan only days off
    ("mpp/ResourceCalendar.xml", ".csv"): "the calendar of 2 people",
    ("mpp/ResourceCalendar.xml", ".gan"): "the working week or working days of 2 people",
    # half-day tasks: every later task starts a half day later
    ("mpp/Software-Development-Plan-1.xml", ".gan"): _WHOLE,
    ("mpp/Software-Development-Plan.xml", ".gan"): _WHOLE,
    ("mpp/Software-Development.xml", ".gan"): _WHOLE,
    # manually scheduled tasks: no CSV column marks them, GanttProject schedules every task
    ("mpp/schedule-conflict.xml", ".csv"): ".csv keeps no manual scheduling: 10",
    ("mpp/schedule-conflict.xml", ".gan"): "the manual scheduling of 10 tasks",
    ("mspdi/baselines.xml", ".gan"): _DAY_75,  # a 7.5 h day on an 8 h calendar
    ("mspdi/mspdinulltasks.xml", ".gan"): _DAY_75,
    ("mspdi/mspdiassignmentfields.xml", ".gan"): _WHOLE,  # a finish at 16:01
    # 1emin, 1eh round up to a day (1ed, 1ew, 1emo keep their dates, as the working days)
    ("mspdi/mspdiduration.xml", ".gan"): "the elapsed durations of 5 tasks (written as the whole",
    # Brian Leach works on a calendar based on Night Shift
    ("mspdi/mspdiresource.xml", ".csv"): "the calendar of 1 person ('Brian Leach')",
    ("mspdi/mspdiresource.xml", ".gan"): "the working week or working days of 1 person",
    # split tasks come back in one piece, shorter by their pauses (a .gan spans them)
    ("mspdi/mspdisplittask.xml", ".csv"): "the splits of 2 tasks",
    # Resource Five's calendar (Task Seventeen), part days and Resource Two's week (.gan)
    ("mspdi/mspditimephasedsegments.xml", ".csv"): "the calendar of 2 people",
    ("mspdi/mspditimephasedsegments.xml", ".gan"): _WHOLE,
    # 'Second Task' (100d) runs on Standard and Night Shift people: read back, 100 working days
    ("mspdi/sample.xml", ".csv"): "the calendar of 1 person ('Second Resource')",
    ("mspdi/sample.xml", ".gan"): "the working week or working days of 1 person",
}


def _quiet(_line: str) -> None:
    pass


def _moved(plan: Plan, path: Path) -> list[str]:
    """The tasks whose scheduled dates moved between ``plan`` and ``path`` read back."""
    back = formats.read_plan(path, note=_quiet)
    dates = DiffWriter(plan, back, ("original", path.name)).dates()
    assert dates.unscheduled is None, dates.unscheduled
    return [
        f"{m.name!r} {m.finish.old:%m-%d %H:%M} -> {m.finish.new:%m-%d %H:%M}" for m in dates.moves
    ]


@pytest.mark.slow
@pytest.mark.parametrize("name", FILES)
def test_s20fd_conversion_keeps_dates_or_says_why(shared_data: Path, tmp_path: Path, name: str):
    source = shared_data / name
    unexplained: list[str] = []
    for ext in OUTPUTS:
        plan = formats.read_plan(source, note=_quiet)
        out = tmp_path / (source.stem + ext)
        formats.write_plan(plan, out)
        notes = " | ".join(formats.not_kept(plan, ext))
        moved = _moved(plan, out)
        reason = EXPLAINED.get((name, ext))
        if reason is None:
            unexplained += [f"{ext}: {m}" for m in moved]
        else:
            assert moved, f"{name} -> {ext} keeps its dates now: drop it from EXPLAINED"
            assert reason in notes, f"{name} -> {ext}: {moved[:3]} but the notes say: {notes}"
    assert not unexplained, f"{name}: dates moved with no note: {unexplained[:5]}"


MON = datetime(2027, 1, 4, 8, 0)


def test_s20fd_note_names_what_each_format_loses():
    """A plan on the standard calendar loses nothing of its dates; one person's night shift,
    a split and an elapsed duration are each named, once, in the format that loses them."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=960))
    assert dates_not_kept(plan, ".csv") == dates_not_kept(plan, ".gan") == ""
    night = ((0, 480),) * 5 + ((), ())
    plan.put_calendar(Calendar(2, "Night", base_uid=None, week=night))
    plan.add_resource(Resource(1, "Ana", calendar_uid=2))
    plan.add_assignment(Assignment(1, 1, 1))
    plan.append_task(Task(2, "Cure", duration_minutes=2880, elapsed=True))
    plan.update_task(Task(1, "Pour", duration_minutes=960, splits=(Split(480, 480),)))
    csv_note = dates_not_kept(plan, ".csv")
    assert csv_note.startswith(".csv does not keep the calendar of 1 person ('Ana')")
    assert "the splits of 1 task" in csv_note
    assert "elapsed" not in csv_note
    assert "tasks' dates may move (the first: 'Pour')" in csv_note
    gan_note = dates_not_kept(plan, ".gan")
    assert "the working week or working days of 1 person ('Ana')" in gan_note
    assert "the elapsed durations of 1 task (written as the whole working days" in gan_note
    assert [line for line in formats.not_kept(plan, ".gan") if "does not keep" in line] == [
        gan_note
    ]
    assert dates_not_kept(plan, ".xml") == dates_not_kept(plan, ".gantry") == ""


def test_s20fd_elapsed_week_keeps_its_dates_in_gan(tmp_path: Path):
    """A 1ew task went to GanttProject as 21 days (7 x 24 h of 8 h days) and ended 16
    working days late; it is written as the 5 working days it spans."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Cure", duration_minutes=7 * 1440, elapsed=True))
    plan.append_task(Task(2, "Strip", duration_minutes=480))
    plan.add_link(Link(1, 2))
    out = tmp_path / "site.gan"
    formats.write_plan(plan, out)
    assert 'duration="5"' in out.read_text(encoding="utf-8")
    assert _moved(plan, out) == []
