"""What a client hand-off workbook did not carry, read back from its ``_gantry`` sheet.

A workbook exported with parts left out (excel_export_choice) names them in a row of its
snapshot. Its base plan lacks them too, so the review offers no change to them and the
plan keeps its own rates, people, risks and notes; the note says so.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.io.workbook_about_sheet import NOT_INCLUDED, about_facts
from app.io.workbook_snapshot_sheet import LEFT_OUT


def left_out_note(rows: Sequence[Sequence[object]], name: str = "This workbook") -> str | None:
    """The review's note on what the workbook (file ``name``) left out (None: a full
    export)."""
    words: list[str] = []
    for row in rows:
        if len(row) >= 2 and row[0] == LEFT_OUT and isinstance(row[1], str):
            try:
                said = json.loads(row[1])
            except ValueError:
                continue  # a damaged note is no reason to refuse the client's edits
            if isinstance(said, list):
                words.extend(str(w) for w in said)
    if not words:
        return None
    return (
        f"{name} is a client hand-off without {'; '.join(words)}: "
        "the plan keeps its own, and the review offers no change to them"
    )


def about_left_out_note(name: str, about: Sequence[Sequence[object]]) -> str | None:
    """What a client hand-off without its _gantry sheet did not carry, as its About sheet
    says (None: it says nothing of it): read back, the plan has none of it."""
    said = about_facts(about).get(NOT_INCLUDED)
    if not said:
        return None
    return f"{name} is a client hand-off without {said}: the plan read from it has none of them"
