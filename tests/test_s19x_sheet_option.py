"""``--sheet NAME`` picks a workbook's sheet: given with a plan that has no sheets (.gantry,
MS Project XML, a CSV) it was ignored in silence (exit 0), so a script that meant another
file never heard of it. It is refused as bad usage before any reading, as convert's
printing options for an output that does not print them."""

from __future__ import annotations

import pytest

from app.cli import main
from app.formats import write_plan
from tests.gui.conftest import build_plan


@pytest.mark.parametrize(
    "line",
    [
        ["schedule", "{plan}", "--sheet", "Plan"],
        ["info", "{plan}", "--sheet", "Plan"],
        ["convert", "{plan}", "{out}", "--sheet", "Plan"],
        ["usage", "{plan}", "--sheet", "Plan"],
    ],
)
def test_s19x_sheet_with_a_plan_without_sheets_is_refused(tmp_path, capsys, line):
    plan = tmp_path / "plan.gantry"
    write_plan(build_plan(), plan)
    args = [a.format(plan=plan, out=tmp_path / "out.xml") for a in line]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err == "gantry: --sheet applies to spreadsheet input only (.xlsx .xls .ods)\n"
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gantry"]


def test_s19x_sheet_with_a_workbook_still_picks_it(tmp_path, capsys):
    plan = tmp_path / "plan.gantry"
    write_plan(build_plan(), plan)
    book = tmp_path / "plan.xlsx"
    assert main(["convert", str(plan), str(book)]) == 0
    assert main(["info", str(book), "--sheet", "Plan"]) == 0
    assert "Tasks:" in capsys.readouterr().out
