"""Title rows a client inserts above the Plan sheet's header (s24wb2): the refusal said the
UID and Task columns were missing from A1 though they stood on row 3. It names the row the
header is on and what to do."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.formats import read_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _returned(tmp_path: Path, titles: int) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    book = openpyxl.load_workbook(path)
    book["Plan"].insert_rows(1, titles)
    book["Plan"]["A1"] = "CRM roll-out: our comments"
    book.save(path)
    return path


def test_s24w2_title_rows_above_the_header_are_named(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError) as caught:
        read_plan(_returned(tmp_path, 2))
    assert str(caught.value) == (
        "Plan!A3: the header row (UID, #, Task...) is on row 3: 2 rows were inserted above "
        "it; delete them (the header must be the sheet's first row) and import again"
    )


def test_s24w2_no_header_in_the_first_rows_says_where_it_was_looked_for(tmp_path: Path) -> None:
    path = _returned(tmp_path, 12)
    with pytest.raises(
        FileFormatError,
        match=r"^Plan!A1: .* \(looked for in row 1, and for a header in rows 2-10\)$",
    ):
        read_plan(path)
