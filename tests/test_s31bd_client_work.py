"""The workbook a product owner reviews can carry each story's Work and Remaining Work (tester
s31xa M5): ``gantry convert --work`` (ExportChoice.work) adds two columns in hours before the
progress ones, to the client hand-off or the full export; shown, not read back, and a
returned workbook names them as no unknown column. Without it the workbook is as before.
Figures hand computed on tests/s31bd_plan.py (Design 40h done, Build 40h at 40 %)."""

from __future__ import annotations

from dataclasses import replace

from openpyxl import load_workbook

from app.domain.merge import copy_plan, three_way
from app.io.excel_export import write_workbook
from app.io.excel_export_choice import CLIENT_HANDOFF, FULL_EXPORT
from app.io.excel_import import read_roundtrip_workbook
from tests.cli.test_cli import gantry
from tests.s31bd_plan import sprint_plan

PO = replace(CLIENT_HANDOFF, work=True)

# task: (Work, Remaining Work) in hours
EXPECTED = {"Sprint": (80, 24), "Design": (40, 0), "Build": (40, 24)}


def _columns(path) -> tuple[list[str], dict[str, tuple[object, object]]]:
    ws = load_workbook(path)["Plan"]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(t) for t in rows[0]]
    work, left = header.index("Work"), header.index("Remaining Work")
    name = header.index("Task")
    return header, {str(r[name]).strip(): (r[work], r[left]) for r in rows[1:]}


def test_s31bd_the_client_workbook_shows_work_and_remaining_work(tmp_path):
    out = tmp_path / "po.xlsx"
    write_workbook(sprint_plan(), out, choice=PO)
    header, figures = _columns(out)
    assert figures == EXPECTED
    # before the progress a client reports, which stays last
    assert header[-5:] == [
        "Work",
        "Remaining Work",
        "Actual Start",
        "Actual Finish",
        "Remaining Duration",
    ]
    cell = load_workbook(out)["Plan"]["K2"]
    assert cell.number_format == 'General" h"'


def test_s31bd_the_full_export_shows_them_too(tmp_path):
    out = tmp_path / "full.xlsx"
    write_workbook(sprint_plan(), out, choice=replace(FULL_EXPORT, work=True))
    assert _columns(out)[1] == EXPECTED
    plain = tmp_path / "plain.xlsx"
    write_workbook(sprint_plan(), plain)  # not asked: as before
    assert "Work" not in [c.value for c in load_workbook(plain)["Plan"][1]]


def test_s31bd_a_returned_workbook_reads_back_unchanged_and_ignores_typed_work(tmp_path):
    plan = sprint_plan()
    out = tmp_path / "po.xlsx"
    write_workbook(plan, out, choice=PO)
    book = load_workbook(out)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("Work") + 1, 99)  # the PO types over Design's estimate
    book.save(out)
    trip = read_roundtrip_workbook(out)
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []
    assert not [n for n in trip.notes if "not one Gantry reads" in n]


def test_s31bd_gantry_convert_work_adds_the_columns(tmp_path):
    source = tmp_path / "sprint.gantry"
    from app.store.document import write_plan

    write_plan(sprint_plan(), source)
    out = tmp_path / "po.xlsx"
    result = gantry("convert", str(source), str(out), "--client", "--work")
    assert result.returncode == 0, result.stderr
    assert _columns(out)[1] == EXPECTED
    refused = gantry("convert", str(source), str(tmp_path / "p.pdf"), "--work")
    assert refused.returncode == 2  # bad usage, as --client with a .pdf
    assert (
        refused.stderr.strip()
        .splitlines()[-1]
        .endswith("--work applies to .xlsx output only (the workbook's Plan sheet)")
    )
