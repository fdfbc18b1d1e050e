"""Read back a workbook Gantry exported: the snapshot plus the client's edits.

The hidden ``_gantry`` sheet holds the plan as exported (the *base*) and the
text of every editable cell. A cell counts as edited only when its text
differs from what was written, so re-saving in Excel or LibreOffice changes
nothing. Rows are matched by the hidden UID column; a row without a known
UID is a task the client added, a missing UID a task they deleted
(:mod:`app.io.roundtrip_plan_sheet`). The Team and Risks sheets are read the
same way (:mod:`app.io.register_sheets`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.custom_fields import FieldKind, kind_of
from app.domain.errors import FileFormatError
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.domain.resource import Resource
from app.io.plan_snapshot import read_snapshot_plan
from app.io.register_sheets import RISK_SHEET, TEAM_SHEET, read_risks, read_team
from app.io.roundtrip_left_out import left_out_note
from app.io.roundtrip_plan_sheet import PlanSheetEditor
from app.io.roundtrip_progress import ClientProgress
from app.io.roundtrip_refusals import Refusals
from app.io.roundtrip_typed_dates import TypedDate
from app.io.sheet_date_order import plan_date_order
from app.io.snapshot_texts import FittedText
from app.io.workbook_cells import EDITABLE, PLAN_SHEET, SNAPSHOT_SHEET
from app.io.workbook_custom import CustomMeta, custom_meta
from app.io.workbook_team_removed import check_removed_people


@dataclass
class RoundTrip:
    """The plan as exported (``base``) and as the client sent it back (``theirs``).

    ``notes``: what the workbook holds that the import does not take, one line
    each for the review to show (a summary's typed duration, which its subtasks
    decide). ``typed``: the Start and Finish dates the client typed, with the changes
    the plan makes of each (:mod:`app.io.roundtrip_typed_dates`).
    """

    base: Plan
    theirs: Plan
    notes: list[str] = field(default_factory=list)
    typed: list[TypedDate] = field(default_factory=list)  # Start and Finish as typed


def read_snapshot(
    rows: Sequence[Sequence[object]], progress: Progress | None = None
) -> tuple[Plan, dict[str, dict[str, str]], dict[str, int], list[FittedText], CustomMeta]:
    """The base plan, exported cell texts by uid, row numbers by uid from ``_gantry``, the
    custom Text values its read cut to the limit (``progress``: the plan's read, see
    read_snapshot_plan), and the custom field columns with their exported texts."""
    parts: dict[str, list[str]] = {"plan": [], "cells": []}
    for row in rows:
        if len(row) >= 2 and row[0] in parts:
            parts[str(row[0])].append("" if row[1] is None else str(row[1]))
    plan_text, meta_text = "".join(parts["plan"]), "".join(parts["cells"])
    if not plan_text or not meta_text:
        raise FileFormatError(f"{SNAPSHOT_SHEET}: the Gantry snapshot is missing")
    base, fitted = read_snapshot_plan(plan_text, SNAPSHOT_SHEET, progress)
    try:
        meta = json.loads(meta_text)
        cells = {str(k): dict(zip(EDITABLE, v, strict=True)) for k, v in meta["cells"].items()}
        numbers = {str(k): int(v) for k, v in meta["numbers"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise FileFormatError(f"{SNAPSHOT_SHEET}: the Gantry snapshot is damaged") from None
    return base, cells, numbers, fitted, custom_meta(meta)  # the JSON read once


def read_roundtrip(
    snapshot_rows: Sequence[Sequence[object]],
    plan_rows: Sequence[Sequence[object]],
    sheet: str = PLAN_SHEET,
    registers: dict[str, Sequence[Sequence[object]]] | None = None,
    day_first: bool | None = None,
    names: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    indents: dict[int, int] | None = None,
    file_name: str = "This workbook",
) -> RoundTrip:
    """Base and client plans from the ``_gantry`` and ``Plan`` sheets' cell values.

    ``registers`` holds the cell values of the ``Team`` and ``Risks`` sheets
    when the workbook still has them; their edits are applied too (people
    first, so that a People cell can name someone the client just added).
    ``day_first``: how a date typed as text like ``07/08/2023`` reads (None: as the
    environment's locale writes dates); the notes say which way it was read. ``names``:
    the sheet each register was read from, when the client renamed it (for messages).
    ``progress`` hears ``(done, STEPS)`` after the snapshot's read and every
    ``_ROWS_STEP`` rows of the Plan sheet, and stops the read with CancelledError when it
    answers False (nothing is built then). ``indents``: the Plan sheet's Task cells' indents
    by row (:func:`app.io.roundtrip_indents.task_indents`; None: not read). ``file_name``:
    the workbook's, as the notes name it.
    """
    report(progress, 0, STEPS)
    snapshot = read_snapshot(snapshot_rows, _share(progress, 0, _BASE_READ))
    base, cells, numbers, fitted, custom = snapshot
    # the copy the client's edits go into: read once, as base; the values are immutable
    # (frozen), so sharing them is safe, and copy_plan gives the copy lists of its own
    plan = copy_plan(base)
    report(progress, _BASE_READ, STEPS)
    registers = registers or {}
    team_refused = Refusals()  # told after the Plan sheet's, as the sheets stand
    team_sheet = (names or {}).get(TEAM_SHEET, TEAM_SHEET)
    removed: dict[int, Resource] = {}  # people deleted: off once the People cells are read
    if TEAM_SHEET in registers:
        read_team(plan, registers[TEAM_SHEET], team_sheet, team_refused, removed)
    # a date typed there may tell it, in a custom Date column too
    dated = [title for title, name in custom[0] if kind_of(name) is FieldKind.DATE]
    told = plan_date_order(plan_rows, sheet, day_first, dated)
    theirs = PlanSheetEditor(plan, cells, numbers, sheet, told.day_first)
    theirs.date_order = told
    theirs.progress = ClientProgress(base, told.day_first, sheet)  # dates and % as the window's
    theirs.custom, theirs.custom_texts = custom  # custom field columns
    theirs.indents = indents  # Increase Indent on a Task cell (roundtrip_indents)
    theirs.read(plan_rows, _share(progress, _BASE_READ, _ROWS_READ))
    theirs.note_fitted(fitted)  # an older plan's long Text values, cut to the limit
    refused = theirs.refused
    refused.take(team_refused)
    check_removed_people(removed, theirs, team_sheet, refused, theirs.notes)
    if RISK_SHEET in registers:
        # its Tasks cells name tasks by the # the client's Plan sheet shows
        sheet_name = (names or {}).get(RISK_SHEET, RISK_SHEET)
        read_risks(theirs.plan, registers[RISK_SHEET], sheet_name, base, theirs.refs, refused)
    refused.raise_any()  # every sheet's bad cells together; nothing is built
    report(progress, STEPS, STEPS)
    handoff = left_out_note(snapshot_rows, file_name)  # a client hand-off: what it lacked
    notes = [*([handoff] if handoff else []), *theirs.notes]
    return RoundTrip(base, theirs.plan, notes, theirs.typed_dates)


# read_roundtrip's progress, shares of its time at 20k rows: the snapshot's read (~1 s),
# then the Plan sheet's rows (~2.5 s), then the links and risks (~0.3 s)
STEPS = 1000
_BASE_READ = 260  # the plan as exported (its copy for the client's edits: ~0.01 s)
_ROWS_READ = 930  # the rows read and placed


def _share(progress: Progress | None, start: int, end: int) -> Progress | None:
    """``progress``'s stage from ``start`` to ``end`` of :data:`STEPS` (None: none)."""
    return None if progress is None else part(progress, start, end, STEPS)
