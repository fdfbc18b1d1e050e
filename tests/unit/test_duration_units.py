"""Each task's duration shows in the unit the user chose (1w stays 1w), as MS Project keeps it.

The duration itself stays minutes; the unit only changes how it is written:
in the notation, MS Project XML (DurationFormat), the .gantry store, the
client workbook and ``gantry schedule``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.merge import apply_changes, copy_plan
from app.domain.notation import auto_unit, format_duration, parse_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan as read_gantry
from app.store.document import write_plan as write_gantry

P = Project()  # 480 minutes a day, 2400 a week, 20 days a month
M, H, D, W, MO = (
    DurationUnit.MINUTES,
    DurationUnit.HOURS,
    DurationUnit.DAYS,
    DurationUnit.WEEKS,
    DurationUnit.MONTHS,
)


# ---------------------------------------------------------------- notation


@pytest.mark.parametrize(
    ("minutes", "elapsed", "estimated", "unit", "text"),
    [
        (2400, False, False, W, "1w"),
        (2400, False, False, D, "5d"),
        (2400, False, False, H, "40h"),
        (2400, False, False, M, "2400m"),
        (19200, False, False, MO, "2mo"),
        (3600, False, False, W, "1.5w"),
        (240, False, False, H, "4h"),
        (240, False, False, D, "0.5d"),
        (60, False, False, D, "0.13d"),  # MS Project's two decimals
        (1000, False, False, W, "0.42w"),
        (4800, False, False, MO, "0.5mo"),
        (0, False, False, W, "0w"),
        (2400, False, True, W, "1w?"),
        (10080, True, False, W, "1ew"),
        (43200, True, False, MO, "1emo"),
        (21600, True, True, MO, "0.5emo?"),
        (1440, True, False, H, "24eh"),
        (720, True, False, D, "0.5ed"),
        (1, True, False, M, "1em"),
    ],
)
def test_format_in_the_chosen_unit(minutes, elapsed, estimated, unit, text):
    assert format_duration(minutes, P, elapsed, estimated, unit) == text


@pytest.mark.parametrize(
    ("minutes", "elapsed", "text"),
    [(2400, False, "5d"), (240, False, "4h"), (0, False, "0d"), (600, False, "1.25d"),
     (45, False, "45m"), (2880, True, "2ed"), (38400, False, "80d")],
)  # fmt: skip
def test_without_a_unit_gantry_picks_as_before(minutes, elapsed, text):
    assert format_duration(minutes, P, elapsed) == text
    assert format_duration(minutes, P, elapsed, unit=None) == text
    unit = auto_unit(minutes, P, elapsed)
    assert format_duration(minutes, P, elapsed, unit=unit) == text


def test_units_follow_the_project_settings():
    short = Project(minutes_per_day=450, minutes_per_week=2250, days_per_month=22)
    assert format_duration(2250, short, unit=W) == "1w"
    assert format_duration(450 * 22, short, unit=MO) == "1mo"
    assert format_duration(450, short, unit=D) == "1d"
    assert format_duration(450, short, unit=H) == "7.5h"
    assert parse_duration("1mo", short).minutes == 450 * 22
    # elapsed units never do: 24-hour days, 7-day weeks, 30-day months
    assert format_duration(43200, short, elapsed=True, unit=MO) == "1emo"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("2w", W), ("2 weeks", W), ("3mo", MO), ("3 months", MO), ("4h", H), ("4 hrs", H),
     ("10d", D), ("10 days", D), ("90m", M), ("2", D), ("1.5w", W), ("2ew", W),
     ("3d?", D), ("2 semanas", W)],
)  # fmt: skip
def test_parse_gives_the_unit_typed(text, unit):
    assert parse_duration(text, P).unit is unit


@pytest.mark.parametrize("unit", list(DurationUnit))
@pytest.mark.parametrize("elapsed", [False, True])
@pytest.mark.parametrize("estimated", [False, True])
@pytest.mark.parametrize("amount", [1, 2, 1.5, 0.25, 0.75, 12])
def test_written_text_reads_back_to_the_same_minutes_and_unit(unit, elapsed, estimated, amount):
    if unit is M and amount != int(amount):
        amount = int(amount * 4)  # a fraction of a minute is not a duration
    typed = f"{amount}{'e' if elapsed else ''}{unit.value}{'?' if estimated else ''}"
    d = parse_duration(typed, P)
    assert (d.unit, d.elapsed, d.estimated) == (unit, elapsed, estimated)
    assert format_duration(d.minutes, P, d.elapsed, d.estimated, d.unit) == typed
    assert parse_duration(typed, P) == d


def test_a_rounded_text_is_only_two_decimals_of_the_minutes():
    """0.42w is 1008 minutes: the text is for reading, the minutes stay what they were."""
    assert format_duration(1000, P, unit=W) == "0.42w"
    assert parse_duration("0.42w", P).minutes == 1008


# ---------------------------------------------------------------- MS Project XML


def test_ms_project_units_show_as_ms_project_showed_them(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdiduration.xml")
    shown = {
        t.name: format_duration(t.duration_minutes, plan.project, t.elapsed, t.estimated,
                                t.duration_unit)
        for t in plan.tasks
    }  # fmt: skip
    assert shown == {
        "Task 1": "1m",
        "Task 2": "1h",
        "Task 3": "1d",
        "Task 4": "1w",
        "Task 5": "1mo",
        "Task 6": "1em",
        "Task 7": "1eh",
        "Task 8": "1ed",
        "Task 9": "1ew",
        "Task 10": "1emo",
    }
    assert [t.duration_unit for t in plan.tasks] == [M, H, D, W, MO] * 2


def test_hours_of_a_template_stay_hours(shared_data):
    plan = read_mspdi(shared_data / "mpp" / "Software-Development.xml")
    task = next(t for t in plan.tasks if t.name == "Determine project scope")
    assert task.duration_unit is H
    assert format_duration(task.duration_minutes, plan.project, unit=task.duration_unit) == "4h"
    secure = next(t for t in plan.tasks if t.name == "Secure project sponsorship")
    assert secure.duration_unit is D


def test_a_task_without_a_format_takes_the_project_default(shared_data):
    """DurationFormat 21 on the task, 9 (weeks) on the project: MS Project shows weeks."""
    plan = read_mspdi(shared_data / "mspdi" / "DefaultDurationFormat.xml")
    (task,) = plan.tasks
    assert task.duration_unit is W
    assert format_duration(task.duration_minutes, plan.project, unit=W) == "2w"


def _unit_plan() -> Plan:
    plan = Plan(project=Project(name="Units", start=datetime(2026, 3, 2, 8)))
    rows = [
        (1, 2400, W, False, False),
        (2, 19200, MO, False, True),
        (3, 240, H, False, False),
        (4, 10080, W, True, False),
        (5, 720, D, True, True),
        (6, 90, M, False, False),
        (7, 600, None, False, False),  # Gantry picks: 1.25d
        (8, 240, None, False, False),  # Gantry picks: 4h
    ]
    for uid, minutes, unit, elapsed, estimated in rows:
        plan.append_task(
            Task(uid, f"T{uid}", duration_minutes=minutes, elapsed=elapsed,
                 estimated=estimated, duration_unit=unit)
        )  # fmt: skip
    return plan


def test_mspdi_writes_each_tasks_format_and_reads_it_back(tmp_path):
    plan = _unit_plan()
    out = tmp_path / "units.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    codes = [int(c) for c in text.split("<DurationFormat>")[1:] for c in [c.split("<")[0]]]
    # the project's own "Duration is entered in" (7, days), then the project summary
    # row (53: a task below is estimated, as MS Project writes it then), then one per task
    assert any(t.estimated for t in plan.tasks)
    assert codes == [7, 53, 9, 43, 5, 10, 40, 3, 7, 5]
    back = read_mspdi(out)
    expected = [t.duration_unit or auto_unit(t.duration_minutes, plan.project) for t in plan.tasks]
    assert [t.duration_unit for t in back.tasks] == expected
    assert [(t.duration_minutes, t.elapsed, t.estimated) for t in back.tasks] == [
        (t.duration_minutes, t.elapsed, t.estimated) for t in plan.tasks
    ]


def test_a_shared_file_round_trips_its_units(shared_data, tmp_path):
    first = read_mspdi(shared_data / "mspdi" / "mspdiduration.xml")
    out = tmp_path / "again.xml"
    write_mspdi(first, out)
    assert [t.duration_unit for t in read_mspdi(out).tasks] == [
        t.duration_unit for t in first.tasks
    ]


# ---------------------------------------------------------------- .gantry, .gan


def test_the_gantry_file_keeps_each_unit(tmp_path):
    plan = _unit_plan()
    path = tmp_path / "units.gantry"
    write_gantry(plan, path)
    assert read_gantry(path).tasks == plan.tasks
    conn = sqlite3.connect(path)
    stored = conn.execute("SELECT duration_unit FROM tasks ORDER BY position").fetchall()
    conn.close()
    assert [r[0] for r in stored] == ["WEEKS", "MONTHS", "HOURS", "WEEKS", "DAYS", "MINUTES",
                                      None, None]  # fmt: skip


def test_ganttproject_keeps_days(shared_data):
    """A .gan file keeps whole days and no unit: its tasks show as Gantry picks, in days."""
    plan = read_plan(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")
    assert plan.tasks
    assert {t.duration_unit for t in plan.tasks} == {None}
    for t in plan.tasks:
        if t.duration_minutes % plan.project.minutes_per_day == 0:
            days = t.duration_minutes // plan.project.minutes_per_day
            assert format_duration(t.duration_minutes, plan.project) == f"{days}d"


# ---------------------------------------------------------------- client workbook


def _durations(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    col = header.index("Duration")
    return wb, ws, col, [row[col].value for row in ws.iter_rows(min_row=2)]


def test_workbook_writes_each_unit_and_an_untouched_copy_changes_nothing(tmp_path):
    plan = _unit_plan()
    plan.append_task(Task(9, "Rounded", duration_minutes=1000, duration_unit=W))  # "0.42w"
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    wb, _, _, texts = _durations(path)
    assert texts == ["1w", "2mo?", "4h", "1ew", "0.5ed?", "90m", "1.25d", "4h", "0.42w"]
    wb.save(path)  # saved again by the client, nothing typed
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.theirs.tasks == plan.tasks


def test_a_duration_typed_in_weeks_comes_back_in_weeks(tmp_path):
    plan = _unit_plan()
    plan.append_task(Task(9, "Build", duration_minutes=3 * 480))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    wb, ws, col, texts = _durations(path)
    assert texts[-1] == "3d"
    ws.cell(row=len(texts) + 1, column=col + 1).value = "2w"
    ws.cell(row=2, column=col + 1).value = "5d"  # weeks back to days (same minutes)
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(9).duration_unit is W
    assert trip.theirs.task(9).duration_minutes == 4800
    assert trip.theirs.task(1).duration_unit is D
    # applied as the review applies it: the new duration brings its unit along
    ours = copy_plan(plan)
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.uid, c.field) for c in changes] == [(9, "duration_minutes")]
    apply_changes(ours, trip.theirs, changes)
    task = ours.task(9)
    assert format_duration(task.duration_minutes, ours.project, unit=task.duration_unit) == "2w"


# ---------------------------------------------------------------- gantry schedule


def test_schedule_prints_each_unit(shared_data, capsys):
    path = shared_data / "mspdi" / "mspdiduration.xml"
    assert main(["schedule", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = [t["duration_text"] for t in data["tasks"]]
    assert texts == ["1m", "1h", "1d", "1w", "1mo", "1em", "1eh", "1ed", "1ew", "1emo"]
    assert [t["duration_minutes"] for t in data["tasks"]][3:5] == [2400, 9600]
    assert main(["schedule", str(path)]) == 0
    table = capsys.readouterr().out
    rows = [line for line in table.splitlines() if "Task 4 " in line or "Task 5 " in line]
    assert " 1w " in rows[0]
    assert " 1mo " in rows[1]


def test_schedule_json_text_of_a_plan_without_units_is_as_the_sheet_shows(tmp_path, capsys):
    plan = Plan(project=Project(name="P", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Phase"))
    plan.append_task(Task(2, "Half", outline_level=2, duration_minutes=240))
    plan.append_task(Task(3, "Guess", outline_level=2, duration_minutes=960, estimated=True))
    path = tmp_path / "p.gantry"
    write_gantry(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # the summary marked as its estimated subtask marks it on the sheet (s25su)
    assert [t["duration_text"] for t in data["tasks"]] == ["2d?", "4h", "2d?"]


def test_unit_change_alone_is_not_a_reviewed_change():
    """How a duration is shown is not a change a client's review lists (nor gantry diff)."""
    plan = _unit_plan()
    other = copy_plan(plan)
    other.update_task(replace(other.task(1), duration_unit=D))
    assert diff_plans(plan, other) == []
