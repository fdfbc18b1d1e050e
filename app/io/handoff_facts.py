"""What a workbook file says it left out as a client hand-off (excel_export_choice), read
from its About sheet without reading the plan: ``gantry info`` says "not in this workbook"
where a hand-off without costs would read as costing nothing.
"""

from __future__ import annotations

from pathlib import Path

import python_calamine as pc

from app.io.excel_export_choice import COSTS_LEFT_OUT
from app.io.workbook_about_sheet import ABOUT_SHEET, NOT_INCLUDED, about_facts

_WORKBOOKS = (".xlsx", ".xlsm", ".ods")


def costs_left_out(path: Path) -> bool:
    """Whether ``path`` is a Gantry hand-off workbook written without rates and costs
    (False for any other file, or one that cannot be read: its reader says why)."""
    if path.suffix.lower() not in _WORKBOOKS:
        return False
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        if ABOUT_SHEET not in book.sheet_names:
            return False
        rows = book.get_sheet_by_name(ABOUT_SHEET).to_python(skip_empty_area=False, nrows=40)
    except Exception:  # noqa: BLE001 - a damaged file is the reader's to refuse, not this look
        return False
    said = about_facts(rows).get(NOT_INCLUDED, "")
    return COSTS_LEFT_OUT in said.split("; ")
