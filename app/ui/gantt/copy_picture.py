"""Copy Picture of the Gantt chart: the rows and dates a user picks, drawn by the PNG export.

The picture comes from app.report.export.render_picture, the renderer behind
``gantry convert plan.gantry out.png``: the same bars, arrows and timescale
as the window, at the export's row height. Its rows are the ones the task
sheet shows (a collapsed summary hides its subtasks here too), its task
columns the sheet's visible ones left of the divider, in the sheet's order, as
Print draws them until Page Setup chooses (:func:`pane_width`). Bars on a Format > Task Path highlight keep its colours
(:func:`printed_chart`, which Print and Export PDF use too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from app.domain.custom_fields import FIELD_NAMES
from app.domain.errors import AppError
from app.domain.plural_words import noun
from app.report.columns import DEFAULT_COLUMNS
from app.report.empty_print import nothing_to_print
from app.report.export import MAX_PICTURE_ROWS, Picture, render_picture
from app.report.gantt_paint import ChartOptions
from app.ui import settings as keys
from app.ui.background import Cancelled, run_with_progress
from app.ui.dialogs.copy_picture_dialog import (
    CopyPictureChoice,
    CopyPictureDialog,
    RowCounts,
    too_many_rows_message,
)
from app.ui.dialogs.file_names import file_stem
from app.ui.gantt.task_path import highlight_of
from app.ui.gantt.toggles import gantt_view_of
from app.ui.gantt.view import GanttView
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_rows import group_headers
from app.ui.printing.sheet_note import sheet_view_note
from app.ui.sheet_tables import REPORT_KEYS

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# Each sheet column's report key (app/ui/sheet_tables.REPORT_KEYS).
_BY_SECTION = {int(c): key for c, key in REPORT_KEYS.items()}
_BY_SECTION.update({custom_column(name): name for name in FIELD_NAMES})  # custom fields
_MIN_CHART = 200  # px: a picture's chart is never narrower, however narrow the pane


def _ask_png_path(parent: QWidget | None) -> str:
    """Ask where to write the picture: in the last folder used, named for the plan.

    File > New's Save As step adds .png to a name typed without it and asks
    before replacing a picture the dialog did not ask about.
    """
    from app.ui.file_menu import FileMenu

    start = Path("gantt.png")
    settings = getattr(parent, "settings", None)
    document = getattr(parent, "document", None)
    if settings is not None and document is not None:
        name = file_stem(document.plan.project.name, "Plan")
        start = settings.last_folder() / f"{name} Gantt.png"
    path = FileMenu.ask_save_path(parent, "Copy Picture to file", start, "PNG (*.png)")
    return str(path) if path is not None else ""


def shown_columns(view: GanttView, width: int | None = None) -> tuple[str, ...]:
    """Report column keys of the sheet's visible columns, left to right; with ``width``,
    those starting within that many pixels of its left edge (a column cut off counts)."""
    tree = view.tree
    header = tree.header()
    model = tree.model()
    count = model.columnCount() if model is not None else 0
    keys = [
        _BY_SECTION[c]
        for c in sorted(range(count), key=header.visualIndex)
        if c in _BY_SECTION and not header.isSectionHidden(c)
        if width is None or header.sectionPosition(c) < width
    ]
    return tuple(keys) or DEFAULT_COLUMNS


def pane_width(view: QWidget) -> int | None:
    """How wide the sheet's pane shows its columns: MS Project prints the columns left of
    the divider (those scrolled out of the pane's left edge too), not the sheet's every
    column (the Sprints plan's 11 squeezed its chart to 40 % of the page). None while the
    sheet is not on screen (every column, as before)."""
    tree = getattr(view, "tree", None)
    if tree is None or not tree.isVisible():
        return None
    width = tree.viewport().width()
    return width if width > 0 else None


def printed_chart(view: GanttView) -> ChartOptions:
    """The chart's options as the window shows them, Format > Task Path's colours included:
    what Print, Print Preview, Export PDF and Copy Picture draw."""
    options = view.chart_painter().options
    if group_headers(view.tree.model()):  # grouped: no link lines, as the chart draws none
        options = replace(options, show_links=False)
    highlight = highlight_of(view.window())
    path = highlight.path() if highlight is not None else None
    if not path:
        return replace(options, path={})
    return replace(options, path=dict(path))  # a copy: the worker drawing it reads it alone


def selected_rows(view: GanttView) -> tuple[int, ...]:
    """Uids of the selected rows the sheet shows, top to bottom."""
    if view.tree.selectionModel() is None:
        return ()
    row_of = view.row_index().row_of
    uids = view.selected_uids()  # not selectedRows(): it froze the window after Ctrl+A
    return tuple(sorted((u for u in uids if u in row_of), key=row_of.__getitem__))


def screen_rows(view: GanttView) -> tuple[int, ...]:
    """Uids of the rows in the chart's viewport (a row cut by the bottom edge included)."""
    return tuple(r.uid for r in view.visible_rows())


def shown_dates(view: GanttView) -> tuple[datetime, datetime]:
    """The dates at the chart's left and right edges."""
    x0 = view.hscroll
    return view.scale.moment_at(x0), view.scale.moment_at(x0 + view.canvas.width())


def row_counts(view: GanttView) -> RowCounts:
    """Rows on screen, selected and shown in all, for the dialog."""
    return RowCounts(
        len(screen_rows(view)),
        len(selected_rows(view)),
        len(view.row_index().uids),
        MAX_PICTURE_ROWS,
    )


def nothing_to_copy(view: GanttView) -> str:
    """The line Print says when the sheet's filter keeps no task ("No task matches the filter
    Critical: nothing to print"), "" when the sheet shows a row: a picture of the timescale
    alone is no picture of the plan (app/report/empty_print.py)."""
    row_filter = getattr(view.tree.model(), "row_filter", None)
    shown = row_filter() if callable(row_filter) else None
    task_filter = getattr(shown, "task_filter", None)
    return nothing_to_print(view.document.plan, view.row_index().uids, task_filter)


def picture_for(view: GanttView, choice: CopyPictureChoice) -> Picture:
    """The picture a choice asks for; AppError when it has no rows or too many, or the
    filter keeps no task (:func:`nothing_to_copy`)."""
    empty = nothing_to_copy(view)
    if empty:
        raise AppError(empty)
    if choice.rows == "selected":
        uids = selected_rows(view)
    elif choice.rows == "all":
        uids = tuple(view.row_index().uids)
    else:
        uids = screen_rows(view)
    if not uids:
        raise AppError("There are no rows to copy: select some tasks first")
    if len(uids) > MAX_PICTURE_ROWS:
        raise AppError(too_many_rows_message(len(uids), MAX_PICTURE_ROWS))
    date_from, date_to = choice.date_from, choice.date_to
    if date_from is None or date_to is None:
        # None, None: the picture spans the rows' bars
        date_from, date_to = (None, None) if choice.fit else shown_dates(view)
    return Picture(
        uids=uids,
        date_from=date_from,
        date_to=date_to,
        columns=shown_columns(view, pane_width(view)),  # left of the divider, as Print
        chart_width=max(view.canvas.width(), _MIN_CHART),
        chart=printed_chart(view),
        flat=sorted_flat(view),
        groups=group_headers(view.tree.model()),  # View > Group by's header rows
        note=sheet_view_note(view.document, view.tree.model()),  # on top, as Print says it
    )


def sorted_flat(view: GanttView) -> bool:
    """Whether the sheet lists its rows flat (sorted without the outline): names not indented."""
    row_sort = getattr(view.tree.model(), "row_sort", None)
    sort = row_sort() if callable(row_sort) else None
    return sort is not None and bool(sort.flat)


class CopyPicture:
    """Edit > Copy Picture… for one window: asks, draws, and puts the picture where asked."""

    ask_choice: Callable[..., CopyPictureChoice | None] = staticmethod(CopyPictureDialog.ask)
    ask_png_path: Callable[[QWidget | None], str] = staticmethod(_ask_png_path)  # tests replace

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def run(self) -> str | None:
        """Ask, then copy; returns where the picture went ("clipboard" or the file), or None."""
        view = gantt_view_of(self.window)
        if view is None:
            self.window.show_error("Copy Picture works on the Gantt chart")
            return None
        # What is typed in, and Automatic leveling still to come, land first (as a save's
        # do): the picture is of the leveled plan, and the dialog counts its rows.
        self.window.end_open_edit()
        empty = nothing_to_copy(view)  # said before the dialog, as Print says it
        if empty:
            self.window.show_error(empty)
            return None
        choice = self.ask_choice(self.window, row_counts(view), shown_dates(view))
        if choice is None:
            return None
        return self.copy(view, choice)

    def copy(self, view: GanttView, choice: CopyPictureChoice) -> str | None:
        """Draw the chosen picture and put it on the clipboard or in a PNG file."""
        try:
            picture = picture_for(view, choice)
        except AppError as exc:
            self.window.show_error(str(exc))
            return None
        path = ""
        if choice.to_file:
            path = self.ask_png_path(self.window)
            if not path:
                return None
            if Path(path).suffix.lower() != ".png":
                path += ".png"
        try:
            image = self._render(view, picture)
        except Cancelled:
            return None
        except AppError as exc:
            self.window.show_error(str(exc))
            return None
        count = len(picture.uids or ())
        rows = f"{count:,} {noun(count, 'row')}"
        if not path:
            QGuiApplication.clipboard().setImage(image)
            self.window.statusBar().showMessage(f"Copied a picture of {rows}", 4000)
            return "clipboard"
        if not image.save(path):  # a PNG: the path ends in .png
            self.window.show_error(f"Could not write {path}")
            return None
        self.window.settings.set(keys.LAST_FOLDER, str(Path(path).parent))
        self.window.statusBar().showMessage(f"Saved a picture of {rows} to {path}", 4000)
        return path

    def _render(self, view: GanttView, picture: Picture) -> QImage:
        """Draw off the GUI thread (up to ~0.5 s for the largest picture), the window painting.

        The tables the worker reads are built here first: it then only reads
        them, while the chart may paint from them on the GUI thread.
        """
        document = view.document
        plan, schedule = document.plan, document.schedule
        lookups = document.lookups().warm()
        return run_with_progress(
            self.window,
            "Drawing the picture…",
            lambda: render_picture(plan, schedule, picture, lookups),
        )
