"""The columns ``gantry schedule --sort KEY`` adds to its text table: the field sorted by,
when the table (WBS, Name, Start, Finish, Duration, Slack, Critical) lacks it, so
``--sort number1:desc`` shows the numbers it sorted by. Each cell reads as the window's
sheet writes that column (app.report.columns.CellText: Story Points ``13``, a cost
``€1,250.00``, in the system's locale)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.sorting import SortField, SortKey

# The sort fields the table shows already (ID: the plan's order, which WBS reads).
_SHOWN = frozenset(
    {
        SortField.ID,
        SortField.NAME,
        SortField.START,
        SortField.FINISH,
        SortField.DURATION,
        SortField.TOTAL_SLACK,
    }
)
# Sort fields whose column key is not their name with underscores.
_COLUMN_KEYS = {SortField.PERCENT_COMPLETE: "percent"}


def column_key(field: SortField | str) -> str:
    """The sheet's column of a sort field: ``priority``, ``percent``, ``Number1``."""
    if isinstance(field, str):
        return field  # a custom field: its column is its name
    return _COLUMN_KEYS.get(field, field.value.replace("-", "_"))


def sort_columns(
    plan: Plan, schedule: Schedule, keys: Iterable[SortKey]
) -> tuple[tuple[str, ...], Callable[[int], tuple[str, ...]]]:
    """The titles of the columns to add for ``keys`` (none shown already, each once) and
    each task's cells in them, by uid."""
    wanted: list[str] = []
    for key in keys:
        if key.field in _SHOWN:
            continue
        column = column_key(key.field)
        if column not in wanted:
            wanted.append(column)
    if not wanted:
        return (), lambda _uid: ()
    from app.report.columns import CellText, column_for  # (QtCore: only when one is added)
    from app.report.plan_lookups import resource_labels

    cells = CellText(plan, schedule, resource_labels(plan))
    titles = tuple(column_for(k, plan.project).title for k in wanted)
    return titles, lambda uid: tuple(cells.text(uid, k) for k in wanted)
