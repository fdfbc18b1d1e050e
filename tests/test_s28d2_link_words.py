"""``gantry diff`` named a link by its tasks' UIDs (``link 1->2 'Pour -> Cure'``), which a PM
cannot find in the sheet: it now names it by their IDs and type, as every other row names a
task (``link ID 3 'Pour' -> ID 4 'Cure' FS``), the UID added only where the ID alone could
mislead. Text, CSV, xlsx, PDF alike; ``--json`` keeps the uid and adds the IDs."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

ROOT = Path(__file__).resolve().parents[1]
MON = datetime(2027, 1, 4, 8, 0)
DAY = 480


def _plan(lag: int, added: bool, status: datetime | None = None) -> Plan:
    plan = Plan(project=Project(name="Lags", start=MON, status_date=status))
    plan.append_task(Task(7, "Site"))
    if added:  # a task above: Pour and Cure move down a row
        plan.append_task(Task(9, "Prep", duration_minutes=DAY))
    plan.append_task(Task(1, "Pour", duration_minutes=DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=DAY))
    plan.append_task(Task(3, "Strip", duration_minutes=DAY))
    plan.add_link(Link(1, 2, lag_minutes=lag))
    if not added:
        plan.add_link(Link(2, 3, type=LinkType.SS))
    return plan


def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Lag 0 -> 1d on Pour -> Cure, a task added above them, Cure -> Strip SS removed."""
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(0, False), old)
    write_plan(_plan(DAY, True, datetime(2027, 1, 5, 17)), new)
    return old, new


def _diff(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_s28d2_text_names_links_by_ids(tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    text = _diff(str(old), str(new))
    assert "changed  link ID 3 'Pour' (UID 1) -> ID 4 'Cure' (UID 2) FS: Lag " in text
    assert "removed  link ID 4 'Cure' (UID 2) -> ID 5 'Strip' (UID 3) SS\n" in text
    assert "1->2" not in text
    assert "2->3" not in text


def test_s28d2_same_rows_no_uid(tmp_path: Path) -> None:
    old, new = tmp_path / "a.gantry", tmp_path / "b.gantry"
    write_plan(_plan(0, False), old)
    write_plan(_plan(DAY, False), new)
    assert "changed  link ID 2 'Pour' -> ID 3 'Cure' FS: Lag " in _diff(str(old), str(new))


def test_s28d2_json_keeps_uid_adds_ids(tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    changes = json.loads(_diff(str(old), str(new), "--json"))["changes"]
    lag = next(c for c in changes if c["entity"] == "link" and c["kind"] == "changed")
    assert lag["uid"] == "1->2"
    assert (lag["predecessor_uid"], lag["predecessor_id"]) == (1, 3)
    assert (lag["successor_uid"], lag["successor_id"]) == (2, 4)
    gone = next(c for c in changes if c["entity"] == "link" and c["kind"] == "removed")
    assert (gone["uid"], gone["predecessor_id"], gone["successor_id"]) == ("2->3", 4, 5)


def test_s28d2_csv_xlsx_pdf_name_links_by_ids(tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    want = "link ID 3 'Pour' (UID 1) -> ID 4 'Cure' (UID 2) FS"
    out = tmp_path / "changes.csv"
    _diff(str(old), str(new), "-o", str(out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        items = [row[1] for row in csv.reader(f) if len(row) > 1]
    assert want in items
    out = tmp_path / "changes.xlsx"
    _diff(str(old), str(new), "-o", str(out))
    book = openpyxl.load_workbook(out, read_only=True)
    cells = {c for ws in book for row in ws.iter_rows(values_only=True) for c in row}
    book.close()
    assert want in cells
    out = tmp_path / "changes.pdf"
    _diff(str(old), str(new), "-o", str(out))
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "link ID 3 'Pour' (UID 1) -> ID 4 'Cure'" in " ".join(pdf.split())
