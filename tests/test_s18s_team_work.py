"""The Team sheet's Work column says what its cells count: a person's hours show "8 h", a
material's quantity its label ("14.5 m³"); no material sits under "Work (h)" any more. The
Type column reads as the Team view shows it (Material, not material).

Found last session: a material's quantity was written under the title "Work (h)", which a
client reads as 14.5 hours. Checked as the client's Excel keeps the cells (openpyxl) and as
Gantry reads them (python-calamine).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import python_calamine as pc

from app.domain.diff import diff_plans
from app.formats import read_plan, write_plan
from tests.test_s17exp_team_sheet_materials import _plan


def test_s18s_the_work_column_names_hours_and_quantities(tmp_path: Path) -> None:
    path = tmp_path / "slab.xlsx"
    write_plan(_plan(), path, now=datetime(2027, 3, 1, 9, 0))
    ws = openpyxl.load_workbook(path)["Team"]
    header = [c.value for c in ws[1]]
    assert "Work (h)" not in header
    col = header.index("Work")
    cells = {r[1].value: r[col] for r in ws.iter_rows(min_row=2)}
    assert (cells["Ana"].value, cells["Ana"].number_format) == (8, 'General" h"')  # "8 h"
    assert cells["Concrete"].value == "14.5 m³"
    assert cells["Permit"].value is None
    kinds = {r[1].value: r[header.index("Type")].value for r in ws.iter_rows(min_row=2)}
    assert kinds == {"Ana": "Work", "Concrete": "Material", "Permit": "Cost"}  # as the view
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Team").to_python()
    seen = {r[1]: r[col] for r in rows[1:]}
    assert seen == {"Ana": 8.0, "Concrete": "14.5 m³", "Permit": ""}
    assert diff_plans(_plan(), read_plan(path)) == []
