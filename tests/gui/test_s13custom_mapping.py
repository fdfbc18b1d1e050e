"""A foreign sheet's column Gantry has no field for is kept as a custom text field when
the user ticks it in the column-mapping dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from app.domain.custom_fields import CustomField
from app.io.excel_import import inspect_workbook, read_workbook, sheet_rows
from app.ui.exchange.mapping_dialog import ColumnMappingDialog


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    for row in (
        ["Task", "Duration", "Start", "Client ref", "Region"],
        ["Spec", "2w", date(2026, 3, 2), 1042, "North"],
        ["Build", "10d", date(2026, 3, 16), None, "South"],
    ):
        ws.append(row)
    wb.save(path)
    return path


def test_a_ticked_column_becomes_a_custom_text_field(qtbot, tmp_path):
    path = _sheet(tmp_path / "client.xlsx")
    info = inspect_workbook(path)
    dialog = ColumnMappingDialog(info, lambda name: sheet_rows(path, name))
    qtbot.addWidget(dialog)
    assert dialog.mapping().custom == ()  # nothing kept unless asked
    dialog.keep_column(3)
    dialog.keep_column(4)
    dialog.keep_column(0)  # mapped to the task name already: not kept twice
    mapping = dialog.mapping()
    assert mapping.custom == ((3, "Text1"), (4, "Text2"))
    plan = read_workbook(path, mapping=mapping)
    assert plan.project.custom_fields == (
        CustomField("Text1", "Client ref"),
        CustomField("Text2", "Region"),
    )
    assert [t.custom for t in plan.tasks] == [
        (("Text1", "1042"), ("Text2", "North")),
        (("Text2", "South"),),
    ]


def test_without_ticks_the_import_is_as_before(qtbot, tmp_path):
    path = _sheet(tmp_path / "client.xlsx")
    plan = read_workbook(path)
    assert plan.project.custom_fields == ()
    assert all(t.custom == () for t in plan.tasks)
