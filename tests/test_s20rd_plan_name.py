"""A plan's name through a workbook without its _gantry sheet, and through Gantry's CSV.

Found: read back without its hidden _gantry sheet, the plan "Brno office" came back named
"Plan" (its sheet), though the workbook's About sheet names it; and from Gantry's own CSV
it came back named after the file, without a word. The About sheet's name is now read back;
a CSV has no place for one, so its read says the plan is named after the file.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.csv_plan import read_csv


def _plan() -> Plan:
    plan = Plan(project=Project(name="Brno office"))
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    return plan


def test_s20rd_a_workbook_without_its_snapshot_keeps_the_plans_name(tmp_path: Path) -> None:
    path = tmp_path / "site.xlsx"
    write_plan(_plan(), path)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    wb.save(path)
    notes: list[str] = []
    plan = read_plan(path, note=notes.append)
    assert plan.project.name == "Brno office"
    assert any("read the plan's name from the About sheet, people's roles" in n for n in notes)


def test_s20rd_gantrys_csv_says_the_plan_is_named_after_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, back = tmp_path / "site.csv", tmp_path / "back.gantry"
    write_plan(_plan(), path)
    said: list[str] = []
    assert read_csv(path, warn=said.append).project.name == "site"
    assert said == ["site.csv keeps no plan name: the plan is named 'site', after the file"]
    capsys.readouterr()
    assert main(["convert", str(path), str(back)]) == 0
    assert "gantry: note: site.csv keeps no plan name" in capsys.readouterr().err


def test_s20rd_a_clients_csv_is_not_told_of_a_name_it_never_had(tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_text("Task,Duration\nPour,2d\n", encoding="utf-8")
    said: list[str] = []
    assert read_csv(path, warn=said.append).project.name == "tasks"
    assert said == []
