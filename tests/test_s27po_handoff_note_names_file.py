"""Taking back a client hand-off workbook: the note on what it did not carry names the file,
as the other notes of a read do ("client-acme.xlsx is a client hand-off without ...")."""

from __future__ import annotations

from pathlib import Path

from app import formats
from app.io.excel_export import write_workbook
from app.io.excel_export_choice import CLIENT_HANDOFF
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def test_s27po_handoff_note_names_the_workbook(tmp_path):
    plan = formats.read_plan(DEMO)
    out = tmp_path / "client-acme.xlsx"
    write_workbook(plan, out, choice=CLIENT_HANDOFF)
    trip = read_roundtrip_workbook(out)
    [note] = [n for n in trip.notes if "client hand-off" in n]
    assert note.startswith("client-acme.xlsx is a client hand-off without ")
    assert "rates and costs" in note
