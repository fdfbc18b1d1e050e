"""What the window's task sheet is showing, said on what it prints: "Filter: Critical · Sorted
by Start · Grouped by Resource" (app/report/view_note.py), for Print, Preview, Export PDF
and Copy Picture alike."""

from __future__ import annotations

from app.report.view_note import view_note
from app.ui.document import Document


def sheet_view_note(document: Document, model: object) -> str:
    """The sheet's filter, sort and group as a printout says them ("": none on); ``model``:
    the task sheet's model (its ``row_filter``, ``row_sort`` and ``row_group``)."""
    shown = [getattr(model, name, None) for name in ("row_filter", "row_sort", "row_group")]
    row_filter, row_sort, row_group = (get() if callable(get) else None for get in shown)
    return view_note(
        document.plan,
        getattr(row_filter, "task_filter", None),
        getattr(row_sort, "task_sort", None),
        getattr(row_group, "group_by", None),
    )
