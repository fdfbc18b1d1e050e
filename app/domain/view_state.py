"""How the plan's task sheet is shown, kept in the plan as MS Project keeps it in its file.

MS Project saves each view's table, filter, group and sort in the project file:
a plan sent to a colleague opens as it was saved. :class:`SheetView` is that for
Gantry's task sheet: View > Tables (the table, its columns as shown and the
user's own tables), View > Filter, View > Sort, View > Group by and which group
header rows are folded; and Task Usage's own sort and group (View > Sort and Group by
while it shows), which MS Project keeps with that view. What belongs to one person's screen (zoom, the first
row, the selection, folded summaries) stays in their settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.filters import TaskFilter
from app.domain.grouping import GroupBy
from app.domain.sorting import TaskSort
from app.domain.usage_detail_rows import Detail

SHEET = "gantt"  # the view a SheetView is kept for (MS Project keeps one per view)
TASK_USAGE = "task_usage"  # the view its ``usage_sort`` and ``usage_group`` are kept for
RESOURCE_USAGE = "resource_usage"  # the view its ``usage_details`` are kept for


# A column's Field Settings in one table: table key, column key, title, title's alignment,
# cells' alignment, title wrapped, width (0: no width of this table's kept), as
# app/ui/table_looks.py reads them.
LookRow = tuple[str, str, str, str, str, bool, int]


@dataclass(frozen=True, slots=True)
class SheetView:
    """The task sheet's table, filter, sort and group as the plan keeps them.

    ``table``: View > Tables' table key ("": Entry); ``columns``: the sheet's columns
    left to right as (key, width) (none: the window's own layout); ``tables``: the
    user's tables as (name, column keys); ``folded_groups``: the group header rows
    folded, each by its path (the labels from the outermost group down);
    ``usage_sort`` and ``usage_group``: Task Usage's own (None: by ID, No Group);
    ``usage_details``: the Usage view's detail rows beyond Work (Format > Details);
    ``table_looks``: each table's Field Settings (None: none kept).
    """

    table: str = ""
    columns: tuple[tuple[str, int], ...] = ()
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ()
    task_filter: TaskFilter | None = None
    task_sort: TaskSort | None = None
    task_group: GroupBy | None = None
    folded_groups: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    usage_sort: TaskSort | None = None
    usage_group: GroupBy | None = None
    usage_details: tuple[Detail, ...] = ()
    # Field Settings per table (schema v32, app/ui/table_looks.py); None: the plan keeps
    # none and the user's settings give them.
    table_looks: tuple[LookRow, ...] | None = None

    def __post_init__(self) -> None:
        # None stands for All Tasks, by ID and No Group: one way to say each
        if self.task_filter is not None and self.task_filter.is_all:
            object.__setattr__(self, "task_filter", None)
        if self.task_sort is not None and self.task_sort.is_id:
            object.__setattr__(self, "task_sort", None)
        if self.task_group is not None and self.task_group.is_none:
            object.__setattr__(self, "task_group", None)
        if self.usage_sort is not None and self.usage_sort.is_id:
            object.__setattr__(self, "usage_sort", None)
        if self.usage_group is not None and self.usage_group.is_none:
            object.__setattr__(self, "usage_group", None)
        if self.task_group is None and self.folded_groups:
            object.__setattr__(self, "folded_groups", frozenset())

    @property
    def is_plain(self) -> bool:
        """Whether it is the sheet as any plan opens (Entry, All Tasks, by ID, No Group, no
        user tables; Task Usage by ID, not grouped), its columns aside: whether those are
        Entry's own is :meth:`shows_other_columns`' to say, the window knowing them."""
        return (
            not self.table
            and not self.tables
            and self.task_filter is None
            and self.task_sort is None
            and self.task_group is None
            and self.usage_sort is None
            and self.usage_group is None
            and not self.usage_details
            and not self.table_looks
        )

    def shows_other_columns(self, default: tuple[str, ...]) -> bool:
        """Whether the sheet's columns differ from ``default``, the keys of its table's
        columns as a plan opens with them (Baseline3 Cost inserted, Cost hidden, Start moved
        left of Duration): MS Project keeps a table's columns in the project file, so a plan
        showing other ones keeps them, their widths with them. Widths alone are no
        difference (they follow the screen's font)."""
        return bool(self.columns) and tuple(key for key, _width in self.columns) != default
