"""What ``gantry info`` says of the file itself: what kind of file it is, what a workbook
says it left out, and whether its money can be told at all.

A hand-off workbook written without rates and costs, or a client's own workbook holding no
cost, reads back as a plan costing nothing: "€0.00" (or ``"cost": 0``) would say the work is
free, when the file only does not say. Both say "not in this workbook" (``null`` in JSON).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import python_calamine as pc

from app import formats
from app.domain.costs import CostReport
from app.io.handoff_choice import WORKBOOKS, left_out_said
from app.io.handoff_facts import costs_left_out
from app.io.workbook_cells import SNAPSHOT_SHEET

NOT_HERE = "not in this workbook"  # a workbook holding no costs (excel_export_choice)

# ``file_kind`` by the extension of the format the file is read as (formats.real_extension)
_KINDS = {
    ".gantry": "gantry",
    ".xml": "ms-project-xml",
    ".mpp": "ms-project-mpp",
    ".gan": "ganttproject",
    ".csv": "csv",
}


def file_kind(path: Path) -> str:
    """``gantry``, ``ms-project-xml``, ``ms-project-mpp``, ``ganttproject``, ``csv``, or for
    a workbook: ``handoff-workbook`` (Gantry wrote it leaving parts out: :func:`left_out`),
    ``gantry-workbook`` (Gantry wrote it whole, its round-trip sheet kept) or ``workbook``
    (any other: a client's own sheet, or one written without round-trip data)."""
    ext = formats.real_extension(Path(path))
    if ext not in WORKBOOKS:
        return _KINDS.get(ext, ext.removeprefix("."))
    if left_out(path):
        return "handoff-workbook"
    try:
        names = pc.CalamineWorkbook.from_path(str(path)).sheet_names
    except (pc.CalamineError, OSError, ValueError):
        return "workbook"  # read all the same: its reader said what it could
    return "gantry-workbook" if SNAPSHOT_SHEET in names else "workbook"


def left_out(path: Path) -> list[str]:
    """The parts a workbook Gantry wrote says it left out ("rates and costs", "risks"...);
    none for a whole export or any other file."""
    if formats.real_extension(Path(path)) not in WORKBOOKS:
        return []
    return left_out_said(Path(path))


# A workbook read without its round-trip data says what it does not recover, in one note
# (app/io/workbook_registers_recovered.py): "...; not recovered: calendars, holidays and
# days off, baselines, ..., and the plan's settings"
_NOT_RECOVERED = "not recovered: "


def not_recovered(notes: Sequence[str]) -> list[str]:
    """What the read's notes say it did not recover ("calendars", "baselines", ...), each
    part of the list once, a part's words in brackets kept with it; none when none says."""
    for line in notes:
        if "_gantry sheet" not in line or _NOT_RECOVERED not in line:
            continue
        text = line.split(_NOT_RECOVERED, 1)[1]
        parts, depth, start = [], 0, 0
        for i, char in enumerate(text):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and text.startswith(", ", i):
                parts.append(text[start:i])
                start = i + 2
        parts.append(text[start:])
        said = [p.removeprefix("and ").strip() for p in parts]
        return list(dict.fromkeys(p for p in said if p))
    return []


def risks_left_out(path: Path) -> bool:
    """Whether ``path`` is a workbook Gantry wrote without the plan's risks (excel_export_choice's
    "risks"): its 0 risks say nothing of the plan's."""
    return "risks" in left_out(path)


def costs_unknown(path: Path, costs: CostReport) -> str:
    """Why ``path``'s cost cannot be told ("" when it can): a hand-off workbook written
    without rates and costs, or a workbook whose plan holds no cost anywhere (no rate, no
    fixed cost, no cost item, no baseline cost), as a client's schedule sheet is."""
    if costs_left_out(Path(path)):
        return f"{NOT_HERE}: it was written without rates and costs"
    if formats.real_extension(Path(path)) not in WORKBOOKS:
        return ""
    if costs.total_cost == 0 and not costs.budget:
        return f"{NOT_HERE}: it holds no rates, fixed costs or cost items"
    return ""
