"""A returned workbook's snapshot is decoded once: the copy the client's edits go into is
copied from the base, and nothing done to that copy (the read's edits, or later changes
to the plan the review shows) ever shows in the base."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.resource import Assignment, Resource
from app.formats import write_plan
from app.io import roundtrip_import
from app.io.excel_import import read_roundtrip_workbook
from app.io.plan_snapshot import plan_from_json
from tests.unit.excel_plans import sample_plan


def _fields(plan) -> list[object]:
    return [
        plan.project,
        plan.tasks,
        plan.links,
        plan.calendars,
        plan.resources,
        plan.assignments,
        plan.baselines,
        plan.risks,
        plan.recurrences,
    ]


@pytest.fixture
def returned(tmp_path: Path) -> Path:
    """sample_plan exported, then edited as a client would in every sheet the read takes."""
    path = tmp_path / "returned.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = {c.value: c.column for c in ws[1]}
    ws.cell(4, col["Task"]).value = "Review, renamed"  # task 3
    ws.cell(5, col["People"]).value = "Ana, Zoe"  # task 4: Zoe is new
    ws.cell(5, col["Duration"]).value = "12d"
    ws.cell(7, col["Predecessors"]).value = "2"  # task 6 after task 2 only
    ws.delete_rows(6)  # task 5 deleted (and its link-free row)
    ws.cell(ws.max_row + 1, col["Task"]).value = "Added by the client"
    team = wb["Team"]
    team.cell(team.max_row + 1, 2).value = "Team newcomer"
    risks = wb["Risks"]
    rcol = {c.value: c.column for c in risks[1]}
    risks.cell(2, rcol["Status"]).value = "Closed"
    wb.save(path)
    return path


def _snapshot(path: Path):
    """The plan of the workbook's ``_gantry`` sheet, decoded on its own."""
    ws = openpyxl.load_workbook(path)["_gantry"]
    text = "".join(str(r[1]) for r in ws.iter_rows(values_only=True) if r[0] == "plan")
    return plan_from_json(text)


def test_s18sn_the_clients_edits_never_show_in_the_base(returned: Path) -> None:
    exported = _snapshot(returned)
    trip = read_roundtrip_workbook(returned)
    assert _fields(trip.base) == _fields(exported)
    theirs = trip.theirs
    # each edit took: the same lists and registers differ in the copy only
    assert theirs.task(3).name == "Review, renamed"
    assert not theirs.has_task(5)
    assert trip.base.has_task(5)
    assert any(t.name == "Added by the client" for t in theirs.tasks)
    assert {r.name for r in theirs.resources} >= {"Zoe", "Team newcomer"}
    assert theirs.assignments != trip.base.assignments
    assert theirs.links != trip.base.links
    assert theirs.risks != trip.base.risks
    for mine, base in zip(_fields(theirs), _fields(trip.base), strict=True):
        if isinstance(mine, list | dict):
            assert mine is not base  # lists and maps of their own


def test_s18sn_changing_the_copy_later_leaves_the_base_as_exported(returned: Path) -> None:
    trip = read_roundtrip_workbook(returned)
    before = _fields(_snapshot(returned))
    theirs = trip.theirs
    theirs.update_task(replace(theirs.task(2), name="renamed through the plan"))
    theirs.tasks[0] = replace(theirs.tasks[0], name="changed in place")
    theirs.tasks.append(replace(theirs.tasks[-1], uid=99))
    theirs.links.clear()
    theirs.resources.append(Resource(98, "Late"))
    theirs.assignments.append(Assignment(97, 99, 98))
    theirs.calendars.clear()
    theirs.baselines[3] = next(iter(theirs.baselines.values()), None)  # type: ignore[assignment]
    theirs.risks.clear()
    theirs.recurrences[99] = None  # type: ignore[assignment]
    assert _fields(trip.base) == before
    assert trip.base.task(2).name != "renamed through the plan"


def test_s18sn_the_snapshot_is_decoded_once(
    returned: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = roundtrip_import.read_snapshot_plan

    def counted(text, where="snapshot", progress=None):
        calls.append(len(text))
        return real(text, where, progress)

    monkeypatch.setattr(roundtrip_import, "read_snapshot_plan", counted)
    read_roundtrip_workbook(returned)
    assert len(calls) == 1
