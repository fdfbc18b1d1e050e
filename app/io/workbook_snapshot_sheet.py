"""The client workbook's hidden ``_gantry`` sheet: the plan as exported and the text of
each editable cell, the base of the reviewed round trip (moved out of excel_export.py).
"""

from __future__ import annotations

import json

from openpyxl import Workbook

from app.domain.plan import Plan
from app.io.plan_snapshot import plan_to_json
from app.io.workbook_cells import (
    EDITABLE,
    SNAPSHOT_SHEET,
    PlanRow,
    exported_row,
)
from app.io.workbook_custom import exported_texts
from app.io.workbook_format import (
    PLAIN,
    Pen,
    new_sheet,
)

FORMAT_VERSION = 1
LEFT_OUT = "left_out"  # the row naming what a client hand-off left out
_CHUNK = 30000  # characters per snapshot cell (Excel allows 32767)


def snapshot_sheet(
    book: Workbook,
    plan: Plan,
    rows: list[PlanRow],
    custom: list[tuple[str, str]],
    left_out: list[str] | None = None,
) -> None:
    """Hidden: the plan as exported and the text of each editable cell, for the round trip.
    ``left_out``: what a client hand-off did not carry (excel_export_choice), a row of its
    own that the read back tells (roundtrip_left_out)."""
    ws = new_sheet(book, SNAPSHOT_SHEET, {})
    ws.sheet_state = "hidden"
    chunk = Pen(ws)
    # per task, the editable cells' text in EDITABLE order (a list keeps the snapshot small)
    cells = {str(r.uid): [texts[t] for t in EDITABLE] for r in rows for texts in (exported_row(r),)}
    numbers = {str(r.uid): r.number for r in rows}
    parts: dict[str, object] = {"format": FORMAT_VERSION, "cells": cells, "numbers": numbers}
    if custom:  # the custom columns and their cells' text, for the round trip (workbook_custom)
        parts["custom_columns"] = custom
        parts["custom"] = exported_texts(plan, custom)
    meta = json.dumps(parts)
    for kind, text in (("plan", plan_to_json(plan)), ("cells", meta)):
        for k in range(0, max(len(text), 1), _CHUNK):
            # ASCII JSON, never cut by fit_cell, but a chunk may start with '=' or '-'
            ws.append((kind, chunk.text(text[k : k + _CHUNK], PLAIN)))
    if left_out:
        ws.append((LEFT_OUT, chunk.text(json.dumps(left_out), PLAIN)))
