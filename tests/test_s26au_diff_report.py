"""``gantry diff OLD NEW -o FILE``: the change report an auditor keeps (s26xb M1-M4, M7, L7, L8).

Found: the diff printed a terminal dump with no header; never said what the changes
cost; named a baseline ``baseline 0:24`` without when it was saved; left out a change of
the plan's Author; measured a slip on the person's calendar (6d) where the status report
said 11d; and said nothing when risks could not be compared.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import formats
from app.cli import main
from app.domain.baselines import snapshot
from app.domain.calendar import CalendarException
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 1, 4, 8, 0)  # a Monday
DAY = 480


def _plan(rate: float = 100.0, days: int = 5) -> Plan:
    plan = Plan(project=Project(name="Site", start=MON, author="Maria", manager="Maria"))
    plan.append_task(Task(1, "Pour", duration_minutes=days * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=2 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=rate))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, days * DAY))
    sched = schedule(plan)
    plan.baselines[0] = snapshot(plan, sched, compute_costs(plan, sched), 0, MON)
    return plan


def _files(tmp_path: Path, old: Plan, new: Plan, ext: str = ".gantry") -> tuple[Path, Path]:
    a, b = tmp_path / "month1.gantry", tmp_path / f"month2{ext}"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    return a, b


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["diff", *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_s26au_text_says_the_money_and_work_the_changes_come_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _plan()
    new = _plan(rate=110.0)
    new.baselines[0] = old.baselines[0]  # the budget as it was
    new.update_tasks([replace(new.task(2), fixed_cost=500.0)])
    a, b = _files(tmp_path, old, new)
    lines = _out(capsys, str(a), str(b))
    # Ana's 40h at 100 -> 110: +400; Cure's fixed cost +500
    assert "figures: Cost €4,000.00 -> €4,900.00 (+€900.00); Work 40h as before" in lines[-1]
    assert "cost     ID 2 'Cure': Cost +€500.00" in lines
    data = json.loads("\n".join(_out(capsys, str(a), str(b), "--json")))
    assert data["figures"]["cost"] == {"old": 4000.0, "new": 4900.0}
    assert data["figures"]["bac"] == {"old": 4000.0, "new": 4000.0}


def test_s26au_baseline_named_with_when_it_was_saved_and_author_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _plan()
    new = _plan()
    new.project = replace(new.project, author="Auditor X")
    entry = replace(new.baselines[0].entries[1], finish=datetime(2027, 1, 20, 17, 0))
    new.baselines[0] = replace(
        new.baselines[0],
        entries=(new.baselines[0].entries[0], entry),
        saved_at=datetime(2026, 11, 28, 2, 20),
    )
    lines = _out(capsys, *map(str, _files(tmp_path, old, new)))
    assert "changed  Project 'Site': Author 'Maria' -> 'Auditor X'" in lines
    assert (
        "changed  Baseline (0) of ID 2 'Cure', saved 2026-11-28 02:20: "
        "Baseline Finish 2027-01-12 17:00 -> 2027-01-20 17:00"
    ) in lines


def test_s26au_a_slip_is_counted_on_the_task_calendar_not_the_person_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pour (10d) ends a week later when Ana is off its second week. The status report and
    MS Project's Finish Variance say +5d (the task's calendar: the project's); Ana's own
    calendar said no working time at all."""
    old, new = _plan(days=10), _plan(days=10)
    week = CalendarException("Vacation", datetime(2027, 1, 11).date(), datetime(2027, 1, 15).date())
    new.calendars[9] = replace(new.calendar(), uid=9, name="Ana", exceptions=(week,))
    new.resources[0] = replace(new.resources[0], calendar_uid=9)
    lines = _out(capsys, *map(str, _files(tmp_path, old, new)))
    pour = next(line for line in lines if line.startswith("moved    ID 1 'Pour'"))
    assert pour.endswith("(+5d working, +7 calendar days)")


def test_s26au_risks_not_compared_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _plan()
    old.risks.append(Risk(1, "Rain"))
    a, b = _files(tmp_path, old, _plan(), ext=".xml")
    capsys.readouterr()
    assert main(["diff", str(a), str(b)]) == 0
    assert "risks not compared: the .xml keeps none" in capsys.readouterr().err


def _report(tmp_path: Path, name: str) -> Path:
    old = _plan()
    new = _plan(rate=110.0)
    new.baselines[0] = old.baselines[0]
    new.update_tasks([replace(new.task(2), duration_minutes=3 * DAY)])
    a, b = _files(tmp_path, old, new)
    out = tmp_path / name
    assert main(["diff", str(a), str(b), "-o", str(out)]) == 0
    return out


def test_s26au_csv_report_has_header_figures_and_split_rows(tmp_path: Path) -> None:
    with _report(tmp_path, "changes.csv").open(encoding="utf-8-sig") as read:
        rows = list(csv.reader(read))
    assert rows[0] == ["Changes from month1.gantry to month2.gantry"]
    facts = {r[0]: r[1:] for r in rows if r}
    assert facts["Old plan"][0] == "month1.gantry"
    assert facts["New plan"][2] == "no status date"
    assert facts["Baseline"][:2] == ["Baseline (0)", "saved 2027-01-04 08:00"]
    assert "Report made" in facts
    # money as bare numbers a spreadsheet reads, the currency in the title (s27dg)
    assert facts["Cost (EUR)"] == ["4000.00", "4400.00", "400.00"]
    assert facts["BAC (EUR)"] == ["4000.00", "4000.00", ""]  # no change: no "0.00"
    assert facts["Work"] == ["40h", "40h", ""]
    # s27dx: a task named by its ID, as the sheet numbers it; its UID in a column of its own
    head = rows.index(
        [
            "Change",
            "Item",
            "Field",
            "Old",
            "New",
            "Difference",
            "Work change",
            "Cost change (EUR)",
            "UID",
        ]
    )
    changes = rows[head + 1 :]
    assert ["changed", "ID 2 'Cure'", "Duration", "2d", "3d", "", "", "", "2"] in changes
    assert [
        "changed",
        "resource 1 'Ana'",
        "Std. rate",
        "100.00/h",
        "110.00/h",
        "",
        "",
        "400.00",  # s27di: what the rate comes to, Ana's 40h at 10 more
        "1",  # s29df: the person's uid, as --json gives it
    ] in changes
    moved = [r for r in changes if r[0] == "moved"]
    # s27dx: the slipped come first, the project's own finish heading them
    assert moved == [
        [
            "moved",
            "Project 'Site'",  # s28df: the project as MS Project's summary names it
            "Finish",
            "2027-01-12 17:00",
            "2027-01-13 17:00",
            "+1d working, +1 calendar day",
            "",
            "",
            "",
        ],
        [
            "moved",
            "ID 2 'Cure'",
            "Finish",
            "2027-01-12 17:00",
            "2027-01-13 17:00",
            "+1d working, +1 calendar day",
            "",
            "",
            "2",
        ],
    ]  # fmt: skip; the project's finish moved with Cure, its last task (s27dg)
    assert changes.index(moved[1]) < changes.index(
        ["changed", "ID 2 'Cure'", "Duration", "2d", "3d", "", "", "", "2"]
    )  # the slip before the change that made it


def test_s26au_xlsx_and_pdf_reports(tmp_path: Path) -> None:
    sheet = load_workbook(_report(tmp_path, "changes.xlsx"))["Changes"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0][0] == "Changes from month1.gantry to month2.gantry"
    assert any(r[:3] == ["changed", "ID 2 'Cure'", "Duration"] for r in cells)  # s27dx: by ID
    pdf = _report(tmp_path, "changes.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler missing")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "landscape" in info.stdout.lower() or _wide(info.stdout)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for said in ("Page 1 of 1", "month1.gantry", "Report made"):
        assert said in text
    assert "Printed:" in text


def _wide(info: str) -> bool:
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(v) for v in size.split()[2:5:2])
    return width > height


def test_s26au_other_extension_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _files(tmp_path, _plan(), _plan(rate=110.0))
    out = tmp_path / "changes.txt"
    capsys.readouterr()
    assert main(["diff", str(a), str(b), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: changes.txt: a change report is written as .csv, .xlsx or .pdf (not .txt)"
    ]
    assert not out.exists()
