"""What the status bar says when Cost or Actual Cost is typed on: why it takes no typing
(it is worked out) and where to type instead. Set through the model, the cell was refused
without a word; typed, Cost said only that Gantry works it out (Actual Cost has its
tracking pointer, app/ui/models/task_model_tracking.read_only_hint)."""

from __future__ import annotations

from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint

_HINTS = {
    Column.COST: (
        "Cost is worked out from the people's work at their rates and the task's Fixed Cost:"
        " type a fixed amount in Fixed Cost, or change the rates in the Team view"
    ),
}


def typed_hint(column: int) -> str | None:
    """The pointer for typing on a computed column (None: the column takes typing, or it
    has none of its own)."""
    try:
        own = _HINTS.get(Column(column))
    except ValueError:
        return read_only_hint(column)
    return own or read_only_hint(column)
