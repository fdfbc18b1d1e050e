"""MS Project XML written with each task's Actual/Remaining Duration and Work, as MS Project
writes them (app/io/mspdi_progress.py), and read back as it was."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from app.cli.schedule_json import schedule_to_dict
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
_FIELDS = ("ActualDuration", "RemainingDuration", "ActualWork", "RemainingWork")


def _tasks(text: str) -> dict[str, str]:
    """Each <Task> element's text by UID (the project task, UID 0, left out)."""
    out = {}
    for body in re.findall(r"<Task>(.*?)</Task>", text, re.S):
        uid = re.search(r"<UID>(-?\d+)</UID>", body).group(1)
        if uid != "0":
            out[uid] = body
    return out


def _value(body: str, tag: str) -> str | None:
    found = re.search(f"<{tag}>(.*?)</{tag}>", body)
    return None if found is None else found.group(1)


def _minutes(text: str) -> float:
    h, m, s = re.fullmatch(r"PT(\d+)H(\d+)M([\d.]+)S", text).groups()
    return int(h) * 60 + int(m) + float(s) / 60


def _tracked_plan() -> Plan:
    """Phase over Build (5d, 40 %, Ana full time) and Check (2d, done), and Ship, not begun."""
    plan = Plan(project=Project(name="Progress", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(
        Task(2, "Build", 2, duration_minutes=5 * DAY, percent_complete=40.0, actual_start=MON)
    )
    plan.append_task(
        Task(
            3,
            "Check",
            2,
            duration_minutes=2 * DAY,
            percent_complete=100.0,
            actual_start=MON,
            actual_finish=datetime(2027, 3, 2, 17, 0),
        )
    )
    plan.append_task(Task(4, "Ship", 1, duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    return plan


def test_each_task_gets_its_time_and_work_done_and_left(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(_tracked_plan(), path)
    tasks = _tasks(path.read_text(encoding="utf-8"))
    got = {uid: tuple(_value(tasks[uid], tag) for tag in _FIELDS) for uid in tasks}
    assert got["2"] == ("PT16H0M0S", "PT24H0M0S", "PT16H0M0S", "PT24H0M0S")
    assert got["3"] == ("PT16H0M0S", "PT0H0M0S", "PT0H0M0S", "PT0H0M0S")
    assert got["4"] == ("PT0H0M0S", "PT24H0M0S", "PT0H0M0S", "PT0H0M0S")
    # the summary: its 5-day span at its rolled-up % (2 + 2 of 7 days: 57.1 %)
    assert _minutes(got["1"][0]) == pytest.approx(0.571 * 5 * DAY, abs=1)
    assert _minutes(got["1"][0]) + _minutes(got["1"][1]) == 5 * DAY
    assert (got["1"][2], got["1"][3]) == ("PT16H0M0S", "PT24H0M0S")


def test_the_elements_stand_where_the_schema_puts_them(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(_tracked_plan(), path)
    for body in _tasks(path.read_text(encoding="utf-8")).values():
        tags = re.findall(r"<(\w+)>", body)
        order = [
            tags.index(t)
            for t in (
                "PercentComplete",
                "ActualDuration",
                "ActualWork",
                "RemainingDuration",
                "RemainingWork",
                "ConstraintType",
            )
            if t in tags
        ]
        assert order == sorted(order)
        assert len(order) == 6
        if "ActualFinish" in tags:
            assert tags.index("ActualFinish") < tags.index("ActualDuration")


def test_our_reader_reads_our_output_as_it_was(tmp_path):
    plan = _tracked_plan()
    first = tmp_path / "first.xml"
    write_mspdi(plan, first)
    text = first.read_text(encoding="utf-8")
    without = tmp_path / "without.xml"  # what the writer wrote before it wrote them
    rows, rest = text.split("</Tasks>", 1)  # the task rows' (people's ActualWork: s21m2)
    rows = re.sub(rf"<({'|'.join(_FIELDS)})>[^<]*</\1>", "", rows)
    without.write_text(rows + "</Tasks>" + rest, "utf-8")
    assert "<ActualWork>PT16H0M0S</ActualWork>" in text
    assert "ActualDuration" not in without.read_text(encoding="utf-8")
    back, plain = read_mspdi(first), read_mspdi(without)
    assert back.tasks == plain.tasks
    assert back.assignments == plain.assignments
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]  # a summary's roll up
    assert [(back.task(t.uid).percent_complete, back.task(t.uid).actual_start) for t in leaves] == [
        (t.percent_complete, t.actual_start) for t in leaves
    ]
    second = tmp_path / "second.xml"
    write_mspdi(back, second)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def _shared_with_progress(shared_data: Path) -> list[Path]:
    files = sorted((shared_data / "mpp").glob("*.xml")) + sorted(
        (shared_data / "mspdi").glob("*.xml")
    )
    return [
        f for f in files if "<ActualDuration>" in f.read_text(encoding="utf-8", errors="replace")
    ]


def test_shared_files_written_back_hold_ms_projects_figures(shared_data, tmp_path):
    """Where our Duration is MS Project's, so are the time and work done and left, within
    the whole percent MS Project rounds % Complete to."""
    checked = 0
    for source in _shared_with_progress(shared_data):
        out = tmp_path / source.name
        write_mspdi(read_mspdi(source), out)
        theirs = _tasks(source.read_text(encoding="utf-8", errors="replace"))
        ours = _tasks(out.read_text(encoding="utf-8"))
        for uid, body in theirs.items():
            if uid not in ours or _value(body, "Duration") != _value(ours[uid], "Duration"):
                continue
            duration = _minutes(_value(body, "Duration"))
            for tag in _FIELDS:
                if _value(body, tag) is None:
                    continue
                slack = 1 + (duration * 0.005 if "Duration" in tag else 0)
                assert _minutes(_value(ours[uid], tag)) == pytest.approx(
                    _minutes(_value(body, tag)), abs=slack
                ), (source.name, uid, tag)
                checked += 1
    assert checked > 500


def test_schedule_of_a_tracked_shared_file_is_the_same_after_our_round_trip(shared_data, tmp_path):
    source = shared_data / "mpp" / "Software-Development.xml"
    plan = read_mspdi(source)
    out = tmp_path / "back.xml"
    write_mspdi(plan, out)
    back = read_mspdi(out)
    assert schedule_to_dict(back, schedule(back)) == schedule_to_dict(plan, schedule(plan))
