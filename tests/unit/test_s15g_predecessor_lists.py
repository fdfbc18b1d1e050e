"""Predecessor lists show as MS Project shows them with the English list separator
('9,10,11'), and a client's workbook column with commas or semicolons reads back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.link import Link, LinkType
from app.domain.notation import join_predecessors, parse_predecessors
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.report.columns import CellText
from tests.unit.excel_plans import sample_plan


def test_a_list_is_joined_with_commas_and_read_with_either_separator():
    assert join_predecessors(["9", "10", "11"]) == "9,10,11"
    assert join_predecessors([]) == ""
    project = Project(name="p", start=datetime(2026, 3, 2, 8))
    for text in ("9,10,11", "9;10;11", "9, 10; 11"):
        assert [r.ref for r in parse_predecessors(text, project)] == ["9", "10", "11"]
    refs = parse_predecessors("3FS+2d,5SS", project)
    assert [(r.ref, r.type, r.lag_minutes) for r in refs] == [
        ("3", LinkType.FS, 960),
        ("5", LinkType.SS, 0),
    ]


def test_the_printed_successors_column_uses_commas():
    plan = Plan(project=Project(name="p", start=datetime(2026, 3, 2, 8)))
    for uid in (1, 2, 3):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=480))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(1, 3, LinkType.SS, 480))
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "successors") == "2,3SS+1d"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _edit_predecessors(path: Path, row: int, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index("Predecessors") + 1).value = value
    wb.save(path)


@pytest.mark.parametrize("typed", ["2,4", "2;4", "2, 4", "2; 4"])
def test_a_client_column_with_commas_or_semicolons_reads_back(exported: Path, typed: str):
    # Row 7 is 'Done' (uid 6, ID 6), after ID 4 only; the client adds ID 2 before it.
    _edit_predecessors(exported, 7, typed)
    trip = read_roundtrip_workbook(exported)
    got = {(c.entity, c.uid, c.kind) for c in diff_plans(trip.base, trip.theirs)}
    assert got == {("link", "2->6", "added")}


def test_the_workbook_writes_what_it_reads(exported: Path):
    trip = read_roundtrip_workbook(exported)
    assert diff_plans(trip.base, trip.theirs) == []
