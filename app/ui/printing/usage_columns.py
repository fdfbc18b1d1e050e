"""The Usage view's Peak and Indicators columns on its printout, as the window shows them.

The sheet the view prints (app/ui/usage/view.py ``print_sheet``) holds its names, totals,
details and figures; its Peak (Resource Usage's, a person's and an assignment's highest
units) and Indicators (a person over-allocated or with notes, a task's marks) are read
here from the view's own columns (its model's ``peak`` and ``marks``, worded as its Peak
cells are), so the paper says what the window does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableView, QWidget

from app.domain.usage_details import PERCENT
from app.report.usage_pages import UsageSheet
from app.ui.usage.local_figures import figure_text
from app.ui.usage.tree_model import INDICATORS, PEAK, UsageTreeModel


def with_window_columns(sheet: UsageSheet, widget: QWidget) -> UsageSheet:
    """``sheet`` with each row's Peak (when the view shows the column) and Indicators, as
    ``widget``'s sheet shows them; ``sheet`` as it is when its lines are not the view's
    rows (one line a row, or as many as the detail rows shown)."""
    model = getattr(widget, "tree_model", None)
    view = getattr(widget, "tree", None)
    if not isinstance(model, UsageTreeModel) or not isinstance(view, QTableView):
        return sheet
    shown = model.shown
    if not shown or len(sheet.lines) % len(shown):
        return sheet
    per = len(sheet.lines) // len(shown)  # a row's line, then its detail rows' lines
    owners = [shown[k // per] if k % per == 0 else None for k in range(len(sheet.lines))]
    peaks = not view.isColumnHidden(PEAK)
    marks = not view.isColumnHidden(INDICATORS)
    return with_row_columns(sheet, model, owners, peaks=peaks, marks=marks)


def with_row_columns(
    sheet: UsageSheet,
    model: UsageTreeModel,
    owners: Sequence[int | None],
    *,
    peaks: bool,
    marks: bool,
    overtime: Callable[[int], str] | None = None,
) -> UsageSheet:
    """``sheet`` with the Peak (``peaks``), Indicators (``marks``) and, given ``overtime``
    (a row's Overtime Work minutes as text), Overtime Work of the row each line belongs to
    (``owners``: the line's row of ``model.tree``; None for a detail row's line), read from
    ``model`` as the Usage view's columns show them. The window's printout and ``gantry
    usage --pdf`` both fill their lines here."""
    tree, locale = model.tree, QLocale()
    lines = list(sheet.lines)
    # Read from the model's own methods, not cell by cell through Qt: at 25k tasks, 41,666
    # rows of index() and data() took seconds more than the sheet itself.
    for k, node in enumerate(owners):
        if node is None:
            continue
        kinds = model.kinds(node) if marks else ()
        peak = model.peak(node) if peaks else None
        minutes = model.overtime(node) if overtime is not None else None
        if kinds or peak is not None or minutes is not None:
            text = "" if peak is None else figure_text(tree, peak * 100.0, PERCENT, locale)
            extra = lines[k].overtime
            if overtime is not None and minutes is not None:
                extra = overtime(minutes)
            lines[k] = replace(lines[k], peak=text, marks=kinds, overtime=extra)
    shows_overtime = sheet.overtime or overtime is not None
    return replace(sheet, lines=tuple(lines), peak=peaks, overtime=shows_overtime)
