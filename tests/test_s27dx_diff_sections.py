"""The change report a PM reads on Friday (s27xa findings 2 and 4): the project's Start and
Finish first among the figures, tasks named by their ID (the UID in its own column), the
tasks that slipped first (the biggest slip first), progress summarised one row per task
on a printout."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.diff_document import report_between
from app.cli.diff_sections import PROGRESS, SLIPPED
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task

MON = datetime(2027, 1, 4, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Four tasks; UIDs 10, 20, 30, 40 at IDs 1-4 (a plan from MS Project has such gaps)."""
    plan = Plan(project=Project(name="Site", start=MON))
    for uid, name in ((10, "Dig"), (20, "Pour"), (30, "Frame"), (40, "Roof")):
        plan.append_task(Task(uid, name, duration_minutes=2 * DAY))
    plan.add_link(Link(10, 20))
    plan.add_link(Link(30, 40))
    return plan


def _week(tmp_path: Path) -> tuple[Path, Path]:
    old, new = _plan(), _plan()
    new.update_tasks(
        [
            replace(new.task(10), duration_minutes=3 * DAY),  # Dig +1d: Pour slips 1d
            replace(new.task(30), duration_minutes=5 * DAY),  # Frame +3d: Roof slips 3d
            replace(new.task(10), duration_minutes=3 * DAY, percent_complete=50.0),
        ]
    )
    new.update_tasks([replace(new.task(10), actual_start=MON)])
    a, b = tmp_path / "week1.gantry", tmp_path / "week2.gantry"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    return a, b


def test_s27dx_finish_first_slips_first_tasks_by_id(tmp_path: Path) -> None:
    report = report_between(*_week(tmp_path))
    # the project's dates head the figures: what a PM compares first
    assert [f[0] for f in report.figures][:2] == ["Start", "Finish"]
    start, finish = report.figures[0], report.figures[1]
    assert start[3] == ""  # the start did not move
    assert finish[1:3] == ("2027-01-07 17:00", "2027-01-12 17:00")
    assert finish[3].startswith("+3d working")
    # slipped first, biggest first: the project, Roof (+3d), Frame (+3d), Pour (+1d), Dig
    slipped = [r for r, s in zip(report.rows, report.sections, strict=True) if s == SLIPPED]
    assert report.rows[: len(slipped)] == tuple(slipped)
    items = list(dict.fromkeys(r[1] for r in slipped))
    assert items[0] == "Project 'Site'"
    assert items.index("ID 4 'Roof'") < items.index("ID 2 'Pour'")
    assert items.index("ID 3 'Frame'") < items.index("ID 2 'Pour'")
    # tasks by ID, the UID beside them in a CSV
    uids = dict(zip((r[1] for r in report.rows), report.uids, strict=True))
    assert uids["ID 4 'Roof'"] == "40"
    assert not any(r[1].startswith("task ") for r in report.rows)


def test_s27dx_printout_gives_progress_one_row_per_task(tmp_path: Path) -> None:
    report = report_between(*_week(tmp_path))
    progress = [r for r, s in zip(report.rows, report.sections, strict=True) if s == PROGRESS]
    assert {r[2] for r in progress} == {"% Complete", "Actual Start"}  # a row per field
    assert report.printed is not None
    printed = [
        r for r, s in zip(report.printed, report.printed_sections, strict=True) if s == PROGRESS
    ]
    assert len(printed) == 1  # one row for Dig: its % old -> new, its actuals beside
    assert printed[0][1:5] == ("ID 1 'Dig'", "% Complete", "0%", "50%")
    assert printed[0][5].startswith("Actual Start 2027-01-04")
    # a moved task's Start and Finish print as one row
    roof = [r for r in report.printed if r[1] == "ID 4 'Roof'"]
    assert len(roof) == 1
    assert roof[0][2] == "Finish"


def test_s27dx_csv_has_dates_in_header_and_uid_column(tmp_path: Path) -> None:
    a, b = _week(tmp_path)
    out = tmp_path / "changes.csv"
    assert main(["diff", str(a), str(b), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as read:
        rows = list(csv.reader(read))
    figures = rows.index(["Project", "Old", "New", "Change"])
    assert rows[figures + 2][:3] == ["Finish", "2027-01-07 17:00", "2027-01-12 17:00"]
    head = next(i for i, r in enumerate(rows) if r[:1] == ["Change"])
    assert rows[head][-1] == "UID"
    assert rows[head + 1][1] == "Project 'Site'"  # the slip heads the changes
    # then Frame's +3d (before Roof's equal +3d, in the plan's order), its UID last
    assert [rows[head + 2][1], rows[head + 2][-1]] == ["ID 3 'Frame'", "30"]


def test_s27dx_no_changes_and_exit_codes_kept(tmp_path: Path) -> None:
    a, b = tmp_path / "a.gantry", tmp_path / "b.gantry"
    formats.write_plan(_plan(), a)
    formats.write_plan(_plan(), b)
    report = report_between(a, b)
    assert report.rows == ()
    assert report.figures == ()  # nothing changed: no figures, as before
    out = tmp_path / "none.csv"
    assert main(["diff", str(a), str(b), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as read:
        assert ["no changes"] in list(csv.reader(read))


def test_s27dx_text_leads_with_the_project_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _week(tmp_path)
    capsys.readouterr()
    assert main(["diff", str(a), str(b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "project: Finish 2027-01-07 17:00 -> 2027-01-12 17:00 (+3d working, +5 calendar days); "
        "Start 2027-01-04 08:00 as before"
    )
    assert lines[-1].startswith("summary: ")  # the summary still closes it
    moved = [line.split("'")[1] for line in lines if line.startswith("moved ")]
    assert moved == ["Frame", "Roof", "Dig", "Pour"]  # the biggest slip first (+3d, +1d)
    same = tmp_path / "same.gantry"
    formats.write_plan(_plan(), same)
    assert main(["diff", str(a), str(same)]) == 0
    assert capsys.readouterr().out == "no changes\n"  # nothing moved: no dates said
