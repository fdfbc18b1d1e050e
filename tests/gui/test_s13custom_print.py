"""A custom field column shown in the sheet is printed, titled by its alias."""

from __future__ import annotations

import subprocess
from dataclasses import replace

from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText, columns_for
from app.report.export import write_pdf
from app.report.options import PrintOptions


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text1", "Maria"), ("Cost2", 1200.0))))
    plan.append_task(Task(2, "Build", custom=(("Flag1", True),)))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    return plan


def test_custom_columns_have_titles_and_cells():
    plan = _plan()
    columns = columns_for(("name", "Text1", "Cost2", "Flag1"), plan.project)
    assert [c.title for c in columns] == ["Task name", "Owner", "Cost2", "Flag1"]
    assert [c.numeric for c in columns] == [False, False, True, False]
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "Text1") == "Maria"
    assert cells.text(1, "Cost2") == "€1,200.00"
    assert cells.text(2, "Flag1") == "Yes"
    assert cells.text(2, "Text1") == ""


def test_the_pdf_prints_the_column(qapp, tmp_path):
    plan = _plan()
    options = replace(PrintOptions(), columns=("name", "Text1"))
    path = tmp_path / "p.pdf"
    write_pdf(plan, path, print_options=options)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Owner" in text
    assert "Maria" in text
