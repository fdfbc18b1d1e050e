"""A client sheet whose task name is a formula (``=cmd|' /C calc'!A0``): never run, never lost quietly."""

from __future__ import annotations

import openpyxl

from app.cli import main


def _book(path, formula: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Duration", "Start"])
    ws.append(["x", "2d", "2027-01-04"])
    ws.append(["Next", "1d", None])
    cell = ws.cell(row=2, column=1)
    cell.value = "=cmd|' /C calc'!A0"
    if not formula:
        cell.data_type = "s"  # typed as text
    wb.save(path)


def test_a_formula_name_without_a_saved_value_is_named_in_the_import_report(tmp_path, capsys):
    source = tmp_path / "client.xlsx"
    _book(source, formula=True)
    assert main(["convert", str(source), str(tmp_path / "plan.gantry")]) == 0
    said = capsys.readouterr()
    assert "1 task, " in said.out
    # the row that had a duration and a start but no readable name: a note, as every command
    assert "Sheet!A2" in said.err
    assert "Sheet!A2" not in said.out  # said once


def test_a_text_name_that_looks_like_a_formula_stays_text(tmp_path, capsys):
    source = tmp_path / "client.xlsx"
    _book(source, formula=False)
    target = tmp_path / "plan.xlsx"
    assert main(["convert", str(source), str(target)]) == 0
    said = capsys.readouterr()
    assert "2 tasks" in said.out
    assert "Sheet!A2" not in said.out + said.err
    plan = openpyxl.load_workbook(target)["Plan"]
    names = [(c.value, c.data_type) for c in plan["D"][1:3]]
    assert names == [("=cmd|' /C calc'!A0", "s"), ("Next", "s")]
