"""What a workbook file says it left out as a client hand-off (excel_export_choice), read
without reading the plan: ``gantry info`` says "not in this workbook" where a hand-off
without costs would read as costing nothing.
"""

from __future__ import annotations

from pathlib import Path

from app.io.excel_export_choice import COSTS_LEFT_OUT
from app.io.handoff_choice import WORKBOOKS, left_out_said


def costs_left_out(path: Path) -> bool:
    """Whether ``path`` is a Gantry hand-off workbook written without rates and costs
    (False for any other file, or one that cannot be read: its reader says why)."""
    return path.suffix.lower() in WORKBOOKS and COSTS_LEFT_OUT in left_out_said(path)
