"""What a user types into a cell or a dialog field and the window refuses is quoted through
app.domain.quoting.quoted: a pasted paragraph is cut with '…', not repeated whole in the
message box. Short texts read as before."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.quoting import NAME_LIMIT, QUOTE_LIMIT
from app.report.locale_numbers import C_MARKS
from app.ui.dialogs.assign_units import parse_units
from app.ui.dialogs.working_time_dialog import parse_hours
from app.ui.find_query import _number_reader
from app.ui.models.risk_model import parse_status
from app.ui.models.task_edits import parse_percent

PASTED = "Notes from the kickoff meeting: " + "the client wants the pilot first. " * 3


def _said(call: object, *args: object) -> str:
    with pytest.raises(InputError) as refused:
        call(*args)  # type: ignore[operator]
    text = str(refused.value)
    assert PASTED.strip() not in text
    return text


def _cut(text: str, limit: int = QUOTE_LIMIT) -> str:
    """As a message quotes a typed text; the task sheet's cells as names (40 characters)."""
    return "'" + text[:limit] + "…'"


@pytest.mark.parametrize(
    ("call", "args", "start"),
    [
        (parse_percent, (PASTED,), f"{_cut(PASTED, NAME_LIMIT)} is not a percentage"),
        (parse_status, (PASTED,), f"{_cut(PASTED.strip())} is not a risk status"),
        (parse_units, (PASTED,), f"Units {_cut(PASTED.strip())}: type a percentage"),
        (parse_hours, (PASTED, "Monday"), f"Monday: {_cut(PASTED.strip())} needs a start"),
        (_number_reader(C_MARKS), (PASTED,), f"{_cut(PASTED, NAME_LIMIT)} is not a number"),
    ],
)
def test_s20cl_a_pasted_text_is_quoted_cut(
    call: object, args: tuple[object, ...], start: str
) -> None:
    said = _said(call, *args)
    assert said.startswith(start)
    assert "…'" in said


def test_s20cl_short_texts_read_as_before() -> None:
    assert _said(parse_percent, "lots") == "'lots' is not a percentage (try 50 or 50%)"
    assert _said(parse_hours, "9-8", "Monday").startswith("Monday: '9-8' crosses midnight")
