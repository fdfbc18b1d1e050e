"""Split tasks in MS Project XML: read from assignment TimephasedData, written back the same way."""

from __future__ import annotations

from datetime import datetime

import defusedxml.ElementTree as SafeET

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.io.mspdi import read_mspdi
from app.io.mspdi_splits import pauses
from app.io.mspdi_write import write_mspdi

DAY = 480
Q = "{http://schemas.microsoft.com/project}"


def test_ms_project_split_file_reads_its_pauses(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdisplittask.xml")
    # 4 days of work, 3 working days idle (zero-work rows), then 6 more days
    assert plan.task(1).splits == (Split(4 * DAY, 3 * DAY),)
    assert plan.task(1).duration_minutes == 10 * DAY
    assert plan.task(2).splits == (Split(3 * DAY, 2 * DAY), Split(8 * DAY, 3 * DAY))
    s = schedule(plan)
    assert s[1].finish == datetime(2006, 10, 9, 17)
    assert s[2].finish == datetime(2006, 10, 18, 17)


def test_other_ms_project_files_have_no_split(shared_data):
    """Weekends without rows, part-time rows ending on seconds, night shifts: no pause."""
    for name in ("mspdiresource.xml", "mspditimephasedsegments.xml", "sample.xml"):
        plan = read_mspdi(shared_data / "mspdi" / name)
        assert not [t.uid for t in plan.tasks if t.splits], name


def test_pauses_ignore_off_time_and_count_uncovered_working_time():
    wt = WorkTime.for_calendar(Plan(project=Project()).calendar(), {})
    mon = datetime(2026, 1, 5, 8)

    def at(day: int, hour: int = 8) -> datetime:
        return datetime(2026, 1, day, hour)

    # work Mon, off row (no value) Tue, work Wed: no pause
    rows = [(mon, at(5, 17), True), (at(6), at(6, 17), None), (at(7), at(7, 17), True)]
    assert pauses(rows, wt, 2 * DAY) == ()
    # work Mon, nothing at all on Tue, work Wed: a 1-day pause after 1 day
    rows = [(mon, at(5, 17), True), (at(7), at(7, 17), True)]
    assert pauses(rows, wt, 2 * DAY) == (Split(DAY, DAY),)
    # a zero row on Tue says the same
    rows.append((at(6), at(6, 17), False))
    assert pauses(rows, wt, 2 * DAY) == (Split(DAY, DAY),)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Splits", start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Alone", duration_minutes=5 * DAY, splits=(Split(2 * DAY, DAY),)))
    plan.append_task(
        Task(
            2,
            "Staffed",
            duration_minutes=4 * DAY,
            splits=(Split(DAY, 2 * DAY), Split(3 * DAY, DAY)),
        )
    )
    plan.append_task(Task(3, "Plain", duration_minutes=DAY))
    plan.resources.append(Resource(1, "Ann"))
    plan.assignments.append(Assignment(1, 2, 1, units=0.5, work_minutes=2 * DAY))
    return plan


def test_split_tasks_round_trip(tmp_path):
    plan = _plan()
    out = tmp_path / "split.xml"
    write_mspdi(plan, out)
    back = read_mspdi(out)
    assert [t.splits for t in back.tasks] == [t.splits for t in plan.tasks]
    # the placeholder row for the unstaffed task is not read as an assignment
    assert back.assignments == plan.assignments
    before, after = schedule(plan), schedule(back)
    assert [(after[u].start, after[u].finish) for u in (1, 2, 3)] == [
        (before[u].start, before[u].finish) for u in (1, 2, 3)
    ]


def test_written_rows_are_ms_projects_form(tmp_path):
    out = tmp_path / "split.xml"
    write_mspdi(_plan(), out)
    root = SafeET.parse(str(out)).getroot()
    by_task: dict[str, list] = {}
    for a in root.iter(Q + "Assignment"):
        by_task.setdefault(a.findtext(Q + "TaskUID"), []).append(a)
    placeholder = by_task["1"][0]
    assert placeholder.findtext(Q + "ResourceUID") == "-65535"
    rows = [
        (td.findtext(Q + "Start"), td.findtext(Q + "Finish"), td.findtext(Q + "Value"))
        for td in placeholder.iter(Q + "TimephasedData")
    ]
    assert rows == [
        ("2026-01-05T08:00:00", "2026-01-06T17:00:00", "PT16H0M0S"),
        ("2026-01-06T17:00:00", "2026-01-08T08:00:00", "PT0H0M0S"),
        ("2026-01-08T08:00:00", "2026-01-12T17:00:00", "PT24H0M0S"),
    ]
    # the staffed task's rows carry its resource's work (half-time: half the minutes)
    staffed = by_task["2"][0]
    values = [td.findtext(Q + "Value") for td in staffed.iter(Q + "TimephasedData")]
    assert values == ["PT4H0M0S", "PT0H0M0S", "PT8H0M0S", "PT0H0M0S", "PT4H0M0S"]
    # TimephasedData comes last in an assignment, as in MS Project's files
    tags = [c.tag.removeprefix(Q) for c in staffed]
    assert tags.index("TimephasedData") > tags.index("Work")
    assert set(tags[tags.index("TimephasedData") :]) == {"TimephasedData"}
    assert "3" not in by_task  # unsplit tasks get no rows


def _orders(root, tag):
    for elem in root.iter(Q + tag):
        tags: list[str] = []
        for child in elem:
            name = child.tag.removeprefix(Q)
            if name not in tags:
                tags.append(name)
        yield tags


def test_written_assignments_keep_ms_projects_element_order(shared_data, tmp_path):
    """MS Project validates element order on open: the split rows must not contradict it."""
    before: set[tuple[str, str]] = set()
    for path in sorted((shared_data / "mspdi").glob("*.xml")):
        for tags in _orders(SafeET.parse(str(path)).getroot(), "Assignment"):
            before.update((a, b) for i, a in enumerate(tags) for b in tags[i + 1 :])
    out = tmp_path / "split.xml"
    write_mspdi(_plan(), out)
    seen = 0
    for tags in _orders(SafeET.parse(str(out)).getroot(), "Assignment"):
        seen += "TimephasedData" in tags
        for i, a in enumerate(tags):
            for b in tags[i + 1 :]:
                assert (b, a) not in before or (a, b) in before, f"<{a}> before <{b}>"
    assert seen == 2


def _with_stop_resume(path, stop, resume):
    """The file with <Stop> and <Resume> on task 1, as a tool without timephased rows writes it.

    Our writer gives a started task its own (since 232a59a): they are replaced, as a row
    holds one of each (a second pair appended was never read, the reader takes the first).
    """
    import xml.etree.ElementTree as ET

    ET.register_namespace("", Q[1:-1])
    tree = ET.parse(path)
    for task in tree.getroot().iter(Q + "Task"):
        if task.findtext(Q + "UID") == "1":
            for tag, text in (("Stop", stop), ("Resume", resume)):
                found = task.find(Q + tag)
                (ET.SubElement(task, Q + tag) if found is None else found).text = text
            assert len(task.findall(Q + "Stop")) == len(task.findall(Q + "Resume")) == 1
    tree.write(path, xml_declaration=True, encoding="UTF-8")


def _started(tmp_path):
    plan = Plan(project=Project(name="Progress", start=datetime(2026, 1, 5, 8)))
    plan.append_task(
        Task(
            1,
            "Started",
            duration_minutes=4 * DAY,
            actual_start=datetime(2026, 1, 5, 8),
            percent_complete=25,
        )
    )
    out = tmp_path / "started.xml"
    write_mspdi(plan, out)
    return out


def test_stop_and_resume_of_a_started_task_are_a_pause(tmp_path):
    out = _started(tmp_path)
    # one day done Mon 5, remaining work resumes Thu 8: Tue and Wed are a pause
    _with_stop_resume(out, "2026-01-05T17:00:00", "2026-01-08T08:00:00")
    plan = read_mspdi(out)
    assert plan.task(1).splits == (Split(DAY, 2 * DAY),)
    assert schedule(plan)[1].finish == datetime(2026, 1, 12, 17)  # 4 days of work + 2 paused


def test_stop_and_resume_across_a_weekend_are_no_pause(tmp_path):
    out = _started(tmp_path)
    _with_stop_resume(out, "2026-01-09T17:00:00", "2026-01-12T08:00:00")
    assert read_mspdi(out).task(1).splits == ()
