"""Found exporting and reading client workbooks.

- `gantry schedule client.xlsx` left out a row whose task name is a formula
  saved without its value and said nothing on stderr, though the reader had the
  line and File > Import showed it: app/formats.py read_plan passed ``note`` on
  as ``warn`` only for .gan/.xml/.mpp/.gantry. Fixed: every reader's notes
  (tests/cli/test_s15f_read_notes.py).
- The client workbook's Risks sheet had no Tasks or Description column, though
  the Risks view shows both: a client reading the register could not see which
  tasks a risk threatens. Fixed (app/io/register_sheets.py RISK_COLUMNS, written by
  app/io/excel_export.py; read back: tests/unit/test_s15w_risk_sheet_tasks.py).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan


def test_a_row_left_out_is_said_on_stderr(tmp_path: Path, capsys) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration"])
    ws.append(["Design", "5d"])
    ws.append(['=A2&" review"', "2d"])  # no saved value: the row is left out
    path = tmp_path / "client.xlsx"
    wb.save(path)
    assert main(["schedule", str(path)]) == 0
    err = capsys.readouterr().err
    assert "gantry: note: A row with no task name is left out" in err
    assert "Plan!A3" in err


def test_the_risks_sheet_names_the_tasks_each_risk_threatens(tmp_path: Path) -> None:
    plan = Plan(project=Project(name="P"))
    plan.append_task(Task(1, "Migrate data", duration_minutes=480))
    plan.add_risk(
        Risk(1, "Data late", 0.4, 1000.0, task_uids=(1,), description="Vendor extract slips")
    )
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    ws = openpyxl.load_workbook(path)["Risks"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, [c.value for c in ws[2]], strict=False))
    assert str(row.get("Tasks")) == "1"
    assert row.get("Description") == "Vendor extract slips"
