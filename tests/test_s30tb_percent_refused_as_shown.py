"""A workbook's % Complete refused is quoted as the cell shows it (tester s30xt, L5): -10 %
typed into the Plan sheet's percentage column holds -0.1, and the refusal said '-0.1'."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main


@pytest.mark.parametrize(("typed", "said"), [(-0.1, "'-10%'"), ("-10%", "'-10%'")])
def test_s30tb_negative_percent_is_quoted_as_shown(tmp_path: Path, capsys, typed, said):
    plan = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), plan)
    book = tmp_path / "plan.xlsx"
    assert main(["convert", str(plan), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("% Complete") + 1
    ws.cell(5, col).value = typed
    wb.save(book)
    capsys.readouterr()
    assert main(["info", str(book)]) == 1
    err = capsys.readouterr().err
    assert f"Plan!{ws.cell(5, col).column_letter}5: {said} is not between 0% and 100%" in err
