"""Cell-level behaviour of the client workbook written with openpyxl's write-only mode."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from defusedxml.ElementTree import fromstring

from app.domain.diff import diff_plans
from app.formats import read_plan
from app.io.excel_export import write_workbook
from app.io.workbook_cells import MAX_CELL_TEXT, cell_text, fit_cell, writable_text
from tests.unit.excel_plans import sample_plan

_ODD_NAMES = {
    1: "#N/A",
    2: "=1+1",
    3: "  spaced  ",
    4: "line\r\nbreak",
    5: 'a<b>&"c"\x01',
}


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    plan = sample_plan()
    for uid, name in _ODD_NAMES.items():
        plan.update_task(replace(plan.task(uid), name=name))
    plan.update_task(replace(plan.task(6), fixed_cost=float("nan")))
    path = tmp_path / "odd.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return path


def test_every_part_parses_and_no_cell_is_a_formula(odd: Path) -> None:
    with zipfile.ZipFile(odd) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                fromstring(zf.read(name))
            if name.startswith("xl/worksheets/"):
                data = zf.read(name)
                assert not re.search(rb"<f[ >]", data), name
                assert b't="e"' not in data, name
                assert not re.search(rb'<c [^>]*t="inlineStr"\s*/>', data), name  # no empty text


def test_odd_text_is_kept_as_text(odd: Path) -> None:
    ws = openpyxl.load_workbook(odd)["Plan"]
    names = {row[0].value: (row[3].value, row[3].data_type) for row in ws.iter_rows(min_row=2)}
    assert names[1] == ("#N/A", "s")
    assert names[2] == ("=1+1", "s")
    assert names[3] == ("  spaced  ", "s")
    assert names[4][0].replace("\r\n", "\n") == "line\nbreak"
    assert names[5] == ('a<b>&"c"', "s")  # a control character has no place in XML
    quoted = {row[0].value: row[3].quotePrefix for row in ws.iter_rows(min_row=2)}
    assert quoted[1]
    assert quoted[2]
    assert not quoted[3]


def test_nan_is_left_empty(odd: Path) -> None:
    ws = openpyxl.load_workbook(odd)["Plan"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == 6)
    assert row[header.index("Fixed cost")].value is None


def test_odd_text_reads_back_as_no_change(tmp_path: Path) -> None:
    plan = sample_plan()
    for uid, name in _ODD_NAMES.items():
        plan.update_task(replace(plan.task(uid), name=name.replace("\x01", "")))
    plan.update_task(replace(plan.task(6), notes="lone\rreturn"))
    path = tmp_path / "odd.xlsx"
    write_workbook(plan, path)
    assert diff_plans(plan, read_plan(path)) == []


def test_cell_text_limits() -> None:
    assert fit_cell("x" * 40000) == "x" * MAX_CELL_TEXT
    assert len(fit_cell("🚀" * 20000).encode("utf-16-le")) // 2 <= MAX_CELL_TEXT
    assert writable_text("a\x00b\ufffe") == "ab"
    assert cell_text("a\rb") == cell_text("a\nb") == cell_text("a\r\nb")


def test_a_failed_save_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "dir.xlsx"
    target.mkdir()  # a folder where the workbook should go: the final rename fails
    with pytest.raises(IsADirectoryError):
        write_workbook(sample_plan(), target)
    assert not list(tmp_path.glob(".*.tmp"))
    assert target.is_dir()
