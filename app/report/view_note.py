"""What a printout says of the view it prints: "Filter: Critical · Grouped by Resource".

MS Project can put the filter's name in a page's header or legend; a printout of the
rows a filter, sort or group chose says which, so that a reader of twelve critical tasks
does not take them for the plan. Said in the page header on a line under the project's
name, the page's whole width (app/report/page_frame.py); with Page Setup's header off, on
that line alone at the page's top (page_frame.page_top); on a line above a PNG or Copy
Picture (app/report/export.py). Only when one is on: a plain printout is as before. The
Team and Risks printouts say their column sort the same way ("Sorted by Std. rate"), and a
Task Usage printout the task filter it follows ("Filter: Critical", app/report/usage_pages.py).
"""

from __future__ import annotations

from app.domain.filters import TaskFilter
from app.domain.grouping import GroupBy
from app.domain.plan import Plan
from app.domain.sorting import TaskSort

SEPARATOR = " \u00b7 "


ALL_TASKS = "All Tasks"  # MS Project's name of no filter, what &[Filter] prints then
_FILTER = "Filter: "


def filter_named(note: str) -> str:
    """The filter a :func:`view_note` names (:data:`ALL_TASKS` when it names none)."""
    first = note.split(SEPARATOR)[0]
    return first.removeprefix(_FILTER) if first.startswith(_FILTER) else ALL_TASKS


def view_note(
    plan: Plan,
    task_filter: TaskFilter | None = None,
    task_sort: TaskSort | None = None,
    task_group: GroupBy | None = None,
) -> str:
    """ "Filter: Critical · Sorted by Start · Grouped by Resource" for what is on ("":
    All Tasks, by ID, No Group), named as the window's status bar and menus name them."""
    fields = plan.project.custom_fields
    parts = []
    if task_filter is not None and not task_filter.is_all:
        parts.append(f"{_FILTER}{task_filter.title(plan)}")
    if task_sort is not None and not task_sort.is_id:
        parts.append(f"Sorted by {task_sort.title(fields)}")
    if task_group is not None and not task_group.is_none:
        parts.append(f"Grouped by {task_group.title(fields)}")
    return SEPARATOR.join(parts)
