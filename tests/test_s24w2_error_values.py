"""Error values with no formula behind them (s24wb2): ``#REF!`` pasted into a Predecessors
cell read as an empty cell, and the task's links were removed. Each such cell of the
columns read back is refused, every one at once, and nothing is imported."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.formats import read_plan
from app.io.roundtrip_refusals import CellRefusals
from app.io.workbook_formulas import UnreadFormula, unread_formulas

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The demo's workbook back with #REF! in task 8's Predecessors (H9) and #N/A in task
    6's Duration (E7), as openpyxl writes a pasted error: a cell of type "e", no formula."""
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    book = openpyxl.load_workbook(path)
    book["Plan"]["H9"] = "#REF!"
    book["Plan"]["E7"] = "#N/A"
    book["Plan"]["Z40"] = "#DIV/0!"  # outside the columns read back: no matter
    out = tmp_path / "returned.xlsx"
    book.save(out)
    return out


def test_s24w2_every_error_value_is_refused_at_once(broken: Path) -> None:
    with pytest.raises(CellRefusals) as caught:
        read_plan(broken)
    assert caught.value.refusals == [
        "Plan!E7: holds #N/A, an error, not a value (nothing is read as it); "
        "type the value itself, or clear the cell",
        "Plan!H9: holds #REF!, an error, not a value (nothing is read as it); "
        "type the value itself, or clear the cell",
    ]


def test_s24w2_convert_refuses_in_one_line_and_writes_nothing(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = broken.with_name("back.gantry")
    assert main(["convert", str(broken), str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "Plan!E7: holds #N/A" in err
    assert err.endswith("(and 1 more cell: Plan!H9)")
    assert len(err.splitlines()) == 1
    assert not out.exists()


_ODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Plan">
<table:table-row><table:table-cell table:number-columns-repeated="3"/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell
 table:number-columns-repeated="3"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell
 table:formula="of:=#REF!" office:value-type="string" office:string-value=""
 calcext:value-type="error"><text:p>#REF!</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:formula="of:=1/0" office:value-type="string"
 calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def test_s24w2_the_error_cells_of_an_ods(tmp_path: Path) -> None:
    path = tmp_path / "returned.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", _ODS)
    # LibreOffice keeps a pasted #REF! as the formula "=#REF!": the error alone
    assert unread_formulas(path, "Plan", {0, 2}) == [
        UnreadFormula(3, 2, None, "#REF!"),
        UnreadFormula(4, 0, "1/0", "#DIV/0!"),
    ]
    assert unread_formulas(path, "Plan", {1}) == []


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_s24w2_a_ref_error_in_a_workbook_resaved_as_ods_is_refused(
    broken: Path, tmp_path: Path
) -> None:
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path / "ods"),
            str(broken),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with pytest.raises(FileFormatError, match=r"^Plan!E7: holds #N/A.*Plan!H9\)$"):
        read_plan(tmp_path / "ods" / "returned.ods")


def test_s24w2_a_formula_among_other_bad_cells_is_told_with_them(broken: Path) -> None:
    book = openpyxl.load_workbook(broken)
    ws = book["Plan"]
    ws["E5"] = "=E4*2"  # a formula saved without its value (a script wrote it)
    ws["E6"] = "soon"  # no duration
    ws["F8"] = "31/02/2027"  # no such day
    book.save(broken)
    with pytest.raises(CellRefusals) as caught:
        read_plan(broken)
    cells = [r.partition(": ")[0] for r in caught.value.refusals]
    # the hidden cells first, then the others; E7 (#N/A) once, not also as "empty"
    assert cells == ["Plan!E5", "Plan!E7", "Plan!H9", "Plan!E6", "Plan!F8"]
