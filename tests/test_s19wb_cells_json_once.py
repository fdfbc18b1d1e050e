"""The ``cells`` part of a returned workbook's snapshot is decoded once.

Found: read_snapshot decoded it (each row's exported texts, the # of each task), then
custom_meta joined the sheet's rows and decoded the same text again for the custom field
columns (3 MB at 20k rows with two custom fields, ~0.1 s). The custom columns now come
from the first decode; a custom cell the client edited is still taken, and one left as
exported is no change.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.custom_fields import CustomField
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.workbook_cells import SNAPSHOT_SHEET


def _returned(tmp_path: Path) -> Path:
    plan = Plan()
    for uid in range(1, 5):
        custom = (("Text1", f"Owner {uid}"), ("Number1", float(uid)))
        plan.append_task(Task(uid, f"Step {uid}", 1, duration_minutes=480, custom=custom))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Number1", "Points"))
    path = tmp_path / "returned.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = {c.value: c.column for c in ws[1]}
    ws.cell(3, col["Owner"]).value = "Client"  # Step 2
    ws.cell(4, col["Points"]).value = 8  # Step 3
    wb.save(path)
    return path


def _cells_text(path: Path) -> str:
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SNAPSHOT_SHEET).to_python()
    return "".join(str(r[1]) for r in rows if len(r) >= 2 and r[0] == "cells")


def test_s19wb_the_cells_part_is_decoded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _returned(tmp_path)
    text = _cells_text(path)
    assert '"custom_columns"' in text
    decoded: list[object] = []
    real = json.loads

    def counted(s, *args, **kwargs):  # type: ignore[no-untyped-def]
        decoded.append(s)
        return real(s, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counted)
    trip = read_roundtrip_workbook(path)
    assert sum(1 for s in decoded if s == text) == 1
    changes = sorted((c.uid, c.field, c.new) for c in diff_plans(trip.base, trip.theirs))
    assert [(uid, new) for uid, _, new in changes] == [(2, "Client"), (3, 8.0)]
