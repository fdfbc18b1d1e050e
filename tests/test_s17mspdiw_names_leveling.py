"""MS Project XML names cut where MS Project cuts them, and a leveled plan written so that it
reopens leveled.

Names: the schema (mspdi_pj12.xsd) gives the project's <Name> 255 characters and its
<Title> 512; MS Project keeps 255 of a task's, a resource's and a calendar's name and
512 of a calendar exception's (the Name element's reference). Calendar names were
written uncut, the project's name too.

Leveling: <LevelingDelay> is in tenths of a minute with MS Project's format codes (7
days, 8 elapsed days); beside it MS Project writes the dates a task had before leveling
(<PreLeveledStart>, <PreLeveledFinish>), its mark of a task leveling moved or split.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from app.domain.calendar import Calendar, CalendarException
from app.domain.diff import diff_plans
from app.domain.leveling import apply_delays, level, without_leveling
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.formats import not_kept
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.io.mspdi_write_limits import MAX_LONG_NAME, MAX_NAME

MON = datetime(2027, 1, 4, 8)
DAY = 480


def _root(path: Path) -> tuple[ET.Element, str]:
    root = ET.parse(path).getroot()
    return root, root.tag.partition("}")[0] + "}"


def _long_named_plan() -> Plan:
    plan = Plan(Project(name="P" * 600, start=MON))
    plan.insert_tasks(0, [Task(1, "Build", duration_minutes=DAY)])
    holiday = CalendarException("H" * 600, date(2027, 1, 6), date(2027, 1, 6))
    plan.calendars[2] = Calendar(uid=2, name="C" * 300, exceptions=(holiday,))
    return plan


def test_names_are_cut_where_ms_project_cuts_them(tmp_path: Path):
    plan = _long_named_plan()
    path = tmp_path / "names.xml"
    write_mspdi(plan, path)
    root, ns = _root(path)
    assert root.findtext(ns + "Name") == "P" * MAX_NAME  # the schema's 255
    assert root.findtext(ns + "Title") == "P" * MAX_LONG_NAME
    summary = next(t for t in root.iter(ns + "Task") if t.findtext(ns + "UID") == "0")
    assert summary.findtext(ns + "Name") == "P" * MAX_NAME  # a task's name
    names = {c.findtext(ns + "UID"): c.findtext(ns + "Name") for c in root.iter(ns + "Calendar")}
    assert names["2"] == "C" * MAX_NAME
    exceptions = [e.findtext(ns + "Name") for e in root.iter(ns + "Exception")]
    assert "H" * MAX_LONG_NAME in exceptions
    back = read_mspdi(path)  # the title is the name our reader takes
    assert back.project.name == "P" * MAX_LONG_NAME
    assert back.calendars[2].name == "C" * MAX_NAME
    assert [e.name for e in back.calendars[2].exceptions] == ["H" * MAX_LONG_NAME]


def test_the_note_counts_calendars_and_the_title(tmp_path: Path):
    notes = [line for line in not_kept(_long_named_plan(), ".xml") if "characters" in line]
    assert notes == [
        f".xml keeps names of at most {MAX_NAME} characters: 1 calendar cut; "
        f".xml keeps a project title of at most {MAX_LONG_NAME} characters: cut"
    ]


def test_short_names_are_written_as_they_are(tmp_path: Path):
    plan = Plan(Project(name="Acme & Sons <plan>", start=MON))
    plan.insert_tasks(0, [Task(1, "Build", duration_minutes=DAY)])
    path = tmp_path / "short.xml"
    write_mspdi(plan, path)
    root, ns = _root(path)
    assert (root.findtext(ns + "Name"), root.findtext(ns + "Title")) == ("Acme & Sons <plan>",) * 2
    assert not [line for line in not_kept(plan, ".xml") if "characters" in line]


def _overloaded() -> Plan:
    """Ann on three tasks at once, one of them (C) under way: leveling delays A and B and
    pauses C's work left."""
    plan = Plan(Project(name="Lev", start=MON))
    plan.insert_tasks(
        0,
        [
            Task(1, "A", duration_minutes=2 * DAY),
            Task(2, "B", duration_minutes=3 * DAY),
            Task(3, "C", duration_minutes=DAY, percent_complete=50, actual_start=MON),
        ],
    )
    plan.add_resource(Resource(1, "Ann", standard_rate=100.0))
    plan.assignments = [
        Assignment(1, 1, 1, 1.0, 2 * DAY),
        Assignment(2, 2, 1, 1.0, 3 * DAY),
        Assignment(3, 3, 1, 1.0, DAY),
    ]
    apply_delays(plan, level(plan, schedule(plan)).delays)
    return plan


def test_a_leveled_plan_reopens_leveled(tmp_path: Path):
    plan = _overloaded()
    assert all(t.leveling_delay_minutes > 0 for t in plan.tasks)
    path = tmp_path / "leveled.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path)
    assert diff_plans(plan, back) == []
    assert [t.leveling_delay_minutes for t in back.tasks] == [
        t.leveling_delay_minutes for t in plan.tasks
    ]
    assert [t.splits for t in back.tasks] == [t.splits for t in plan.tasks]
    before, after = schedule(plan), schedule(back)
    for task in plan.tasks:
        assert (after.get(task.uid).start, after.get(task.uid).finish) == (
            before.get(task.uid).start,
            before.get(task.uid).finish,
        )


def test_leveling_delay_is_in_tenths_of_a_minute_with_ms_project_format_codes(tmp_path: Path):
    plan = _overloaded()
    path = tmp_path / "leveled.xml"
    write_mspdi(plan, path)
    root, ns = _root(path)
    rows = {
        t.findtext(ns + "UID"): (
            int(t.findtext(ns + "LevelingDelay") or 0),
            int(t.findtext(ns + "LevelingDelayFormat") or 0),
        )
        for t in root.iter(ns + "Task")
    }
    leveled, unleveled = schedule(plan), schedule(without_leveling(plan))
    c = plan.task(3)  # under way: its delay is a pause of working time (d)
    assert rows["3"] == (c.leveling_delay_minutes * 10, 7)
    for uid in ("1", "2"):  # not started: elapsed days from the start, as MS Project shows
        tenths, fmt = rows[uid]
        assert fmt == 8
        # clock minutes from where it would start unleveled to where leveling put it
        moved = leveled.get(int(uid)).start - unleveled.get(int(uid)).start
        assert tenths == moved.total_seconds() / 60 * 10 > 0


def test_a_leveled_task_carries_its_dates_before_leveling(tmp_path: Path):
    plan = _overloaded()
    path = tmp_path / "leveled.xml"
    write_mspdi(plan, path)
    root, ns = _root(path)
    unleveled = schedule(without_leveling(plan))
    for row in root.iter(ns + "Task"):
        uid = int(row.findtext(ns + "UID") or 0)
        if uid == 0:
            assert row.find(ns + "PreLeveledStart") is None
            continue
        times = unleveled.get(uid)
        assert row.findtext(ns + "PreLeveledStart") == times.start.isoformat()
        assert row.findtext(ns + "PreLeveledFinish") == times.finish.isoformat()
    # in the schema's place: right after <LevelingDelayFormat>
    tags = [c.tag.removeprefix(ns) for c in next(iter(root.iter(ns + "Tasks")))[1]]
    at = tags.index("LevelingDelayFormat")
    assert tags[at + 1 : at + 3] == ["PreLeveledStart", "PreLeveledFinish"]


def test_a_task_only_split_by_leveling_is_marked_too(tmp_path: Path):
    plan = Plan(Project(name="Split", start=MON))
    plan.insert_tasks(
        0,
        [
            Task(1, "Cut", duration_minutes=2 * DAY, splits=(Split(240, DAY, leveling=True),)),
            Task(2, "Mine", duration_minutes=2 * DAY, splits=(Split(240, DAY),)),
        ],
    )
    path = tmp_path / "split.xml"
    write_mspdi(plan, path)
    root, ns = _root(path)
    finish = {
        t.findtext(ns + "UID"): t.findtext(ns + "PreLeveledFinish") for t in root.iter(ns + "Task")
    }
    assert finish["1"] == "2027-01-05T17:00:00"  # two days from Monday, the pause taken out
    assert finish["2"] is None  # the user's own split: not leveling's


def test_a_plan_never_leveled_gets_no_preleveled_dates(tmp_path: Path):
    plan = Plan(Project(name="Plain", start=MON))
    plan.insert_tasks(0, [Task(1, "Build", duration_minutes=DAY)])
    path = tmp_path / "plain.xml"
    write_mspdi(plan, path)
    assert "PreLeveled" not in path.read_text(encoding="utf-8")
