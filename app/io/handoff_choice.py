"""What a client hand-off workbook left out, read back as the export choice that wrote it.

``gantry diff PLAN.gantry CLIENT.xlsx`` and Project > Compare with Plan compare a plan with
a workbook sent without rates, risks or notes: the plan read from the workbook has none
of them, and compared with the plan itself each would read as removed or set to 0. The
workbook names what it left out (its ``_gantry`` sheet's ``left_out`` row, else its About
sheet's "Not included"); the choice found here strips the same from the other plan
(:func:`app.io.excel_export_choice.handoff_plan`), so those parts are not compared.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import python_calamine as pc

from app.io.excel_export_choice import ExportChoice, PeopleShown, left_out_words
from app.io.workbook_about_sheet import ABOUT_SHEET, NOT_INCLUDED, about_facts
from app.io.workbook_cells import SNAPSHOT_SHEET
from app.io.workbook_snapshot_sheet import LEFT_OUT

WORKBOOKS = frozenset({".xlsx", ".xlsm", ".ods", ".xls"})


def left_out_said(path: Path) -> list[str]:
    """The parts the workbook at ``path`` says it left out (none: a full export, another
    workbook, or one that cannot be read, which its own read reports)."""
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        names = tuple(book.sheet_names)
        if SNAPSHOT_SHEET in names:
            for row in book.get_sheet_by_name(SNAPSHOT_SHEET).to_python():
                if len(row) >= 2 and row[0] == LEFT_OUT and isinstance(row[1], str):
                    said = json.loads(row[1])
                    return [str(w) for w in said] if isinstance(said, list) else []
            return []
        if ABOUT_SHEET in names:
            rows = book.get_sheet_by_name(ABOUT_SHEET).to_python()
            text = about_facts(rows).get(NOT_INCLUDED, "")
            return [w for w in text.split("; ") if w]
    except (pc.CalamineError, OSError, ValueError):
        return []
    return []


def handoff_choice(path: Path) -> ExportChoice | None:
    """The export choice that left out what the workbook at ``path`` says it did (None:
    nothing left out, or words no choice writes)."""
    if path.suffix.lower() not in WORKBOOKS:
        return None
    words = left_out_said(path)
    if not words:
        return None
    for team, costs, risks, notes, people in itertools.product(
        (True, False), (True, False), (True, False), (True, False), PeopleShown
    ):
        choice = ExportChoice(team=team, costs=costs, risks=risks, notes=notes, people=people)
        if left_out_words(choice) == words:
            return choice
    return None
