"""The change report's leftovers from s27 testing (gantry diff's text, --json, -o .csv/.xlsx/.pdf).

Found: an assignment's change read ``assignment 1:1 'Ana on Pour'`` (its task's and
person's uids); a rate raised had a cost in the PDF and the dialog but none in the text;
the header's "saved" time was the file's mtime (a copy resets it) even for an MS Project
XML that says when it was saved; the project's own rows read ``project 0 'Site'``; and the
PDF's header facts wrapped in the narrow Item column.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import formats
from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 1, 4, 8, 0)
DAY = 480
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _plan(rate: float = 100.0) -> Plan:
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=2 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=rate))
    plan.add_resource(Resource(2, "Ben", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    sched = schedule(plan)
    plan.baselines[0] = snapshot(plan, sched, compute_costs(plan, sched), 0, MON)
    return plan


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Month 1 and month 2: Ana's rate 100 -> 110/h (40h: +€400), Ana at 50% on Pour, Ben
    put on Cure, the status date set."""
    old, new = _plan(), _plan(rate=110.0)
    new.baselines[0] = old.baselines[0]
    new.assignments[0] = replace(new.assignments[0], units=0.5)
    new.add_assignment(Assignment(2, 2, 2, 1.0, 2 * DAY))
    new.project = replace(new.project, status_date=datetime(2027, 1, 5, 17, 0))
    a, b = tmp_path / "month1.gantry", tmp_path / "month2.gantry"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    return a, b


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["diff", *args]) == 0
    return capsys.readouterr().out


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_s28df_text_names_an_assignment_by_person_and_task_id(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _run(capsys, *map(str, pair)).splitlines()
    assert "changed  Ana on ID 1 'Pour': Units 100% -> 50%" in lines
    assert "added    Ben on ID 2 'Cure'" in lines
    assert not [line for line in lines if "assignment " in line]


def test_s28df_json_keeps_the_assignment_uid_and_adds_names_and_ids(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_run(capsys, *map(str, pair), "--json"))
    units = next(c for c in data["changes"] if c["entity"] == "assignment" and c["uid"] == "1:1")
    assert (units["field"], units["old"], units["new"]) == ("units", 1, 0.5)
    assert units["task_uid"] == 1
    assert units["task_id"] == 1
    assert units["task"] == "Pour"
    assert units["resource_uid"] == 1
    assert units["resource"] == "Ana"
    added = next(c for c in data["changes"] if c["entity"] == "assignment" and c["uid"] == "2:2")
    assert (added["task_id"], added["resource"]) == (2, "Ben")


def test_s28df_text_says_what_a_rate_raised_costs(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The PDF and the dialog gave Ana's Std. rate row +€400.00 (141edf3b); the text now
    says it too, before the figures line."""
    lines = _run(capsys, *map(str, pair)).splitlines()
    assert "changed  resource 1 'Ana': Std. rate €100.00/h -> €110.00/h" in lines
    cost = "cost     resource 1 'Ana': Cost +€400.00"
    assert cost in lines
    assert lines.index(cost) < next(i for i, line in enumerate(lines) if line.startswith("figures"))


def test_s28df_project_rows_read_project_not_its_uid(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = _run(capsys, *map(str, pair)).splitlines()
    assert "changed  Project 'Site': Status date NA -> 2027-01-05 17:00" in lines
    out = tmp_path / "changes.csv"
    _run(capsys, *map(str, pair), "-o", str(out))
    items = [r[1] for r in _csv_rows(out) if len(r) > 1]
    assert "Project 'Site'" in items
    assert not [i for i in items if i.startswith("project ")]


def test_s28df_csv_and_xlsx_name_assignments_by_person_and_task_id(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "changes.csv"
    _run(capsys, *map(str, pair), "-o", str(out))
    rows = _csv_rows(out)
    assert ["changed", "Ana on ID 1 'Pour'", "Units", "100%", "50%"] in [r[:5] for r in rows]
    assert ["added", "Ben on ID 2 'Cure'"] in [r[:2] for r in rows]
    book = tmp_path / "changes.xlsx"
    _run(capsys, *map(str, pair), "-o", str(book))
    sheet = load_workbook(book).active
    assert sheet is not None
    items = [row[1] for row in sheet.iter_rows(values_only=True) if len(row) > 1]
    assert "Ana on ID 1 'Pour'" in items
    assert "Ben on ID 2 'Cure'" in items


def test_s28df_header_says_when_the_plan_was_saved_or_only_file_modified(
    shared_data: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Software-Development-Plan.xml says <LastSaved>2013-01-24T12:12:00; a copy made today
    still reads saved then. A .gantry keeps no saved time: its line says the file's
    modification time is all that is known."""
    xml = tmp_path / "Software-Development-Plan.xml"
    shutil.copy(shared_data / "mpp" / "Software-Development-Plan.xml", xml)
    os.utime(xml, (datetime(2026, 11, 20, 9, 30).timestamp(),) * 2)
    plan = tmp_path / "plan.gantry"
    formats.write_plan(formats.read_plan(xml), plan)
    os.utime(plan, (datetime(2026, 11, 27, 16, 45).timestamp(),) * 2)
    out = tmp_path / "changes.csv"
    _run(capsys, str(plan), str(xml), "-o", str(out))
    facts = {r[0]: r[1:] for r in _csv_rows(out) if r}
    assert facts["Old plan"][:2] == ["plan.gantry", "file modified 2026-11-27 16:45"]
    assert facts["New plan"][:2] == ["Software-Development-Plan.xml", "saved 2013-01-24 12:12"]


def _saved_by_client(book: Path, moment: str) -> None:
    """Give ``book`` the core properties a client's Excel writes on save: modified ``moment``."""
    with zipfile.ZipFile(book) as src:
        members = {name: src.read(name) for name in src.namelist()}
    core = members["docProps/core.xml"].decode()
    start = core.index("<dcterms:modified")
    end = core.index("</dcterms:modified>")
    stamp = core[start : core.index(">", start) + 1] + moment
    members["docProps/core.xml"] = (core[:start] + stamp + core[end:]).encode()
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members.items():
            dst.writestr(name, data)


def test_s28df_a_workbook_says_when_it_was_saved_not_copied(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A workbook's own record (docProps/core.xml's modified, in UTC, set by Excel,
    LibreOffice and openpyxl on save), not the time it was copied or downloaded."""
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(pair[1]), str(book)]) == 0
    _saved_by_client(book, "2026-11-23T10:05:00Z")
    os.utime(book, (datetime(2026, 11, 27, 16, 45).timestamp(),) * 2)
    out = tmp_path / "changes.csv"
    _run(capsys, str(pair[0]), str(book), "-o", str(out))
    facts = {r[0]: r[1:] for r in _csv_rows(out) if r}
    local = datetime(2026, 11, 23, 10, 5, tzinfo=UTC).astimezone()
    assert facts["New plan"][1] == f"saved {local:%Y-%m-%d %H:%M}"


@needs_poppler
def test_s28df_pdf_header_facts_stay_on_one_line(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each fact prints on its own line, beside its label (it wrapped in the Item column:
    'month2.gantry file modified 2026-11-28 08:11 no' / 'status date'); the assignment
    rows name the person and the task's ID."""
    out = tmp_path / "changes.pdf"
    _run(capsys, *map(str, pair), "-o", str(out))
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = text.splitlines()
    new = next(line for line in lines if line.lstrip().startswith("New plan"))
    assert "month2.gantry" in new
    assert "status date 2027-01-05 17:00" in new
    moves = next(line for line in lines if line.lstrip().startswith("Moves in"))
    assert moves.rstrip().endswith("status report count them")
    assert "Ana on ID 1 'Pour'" in text
