"""The client workbook's Gantt sheet: one column per day (per week for long plans),
bar cells filled, and a legend below (moved out of excel_export.py).
"""

from __future__ import annotations

from datetime import date, timedelta
from math import ceil
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter

from app.domain.day_names import ENGLISH, DateNames
from app.domain.schedule import Schedule
from app.io.workbook_cells import PlanRow
from app.io.workbook_format import (
    BAR,
    CRITICAL,
    SUMMARY,
    Formats,
    Pen,
    finite,
    fit_names,
    new_sheet,
    styled_cell,
)
from app.io.workbook_print import gantt_page_starts, print_setup, print_used_range, split_gantt
from app.io.workbook_steps import Steps

if TYPE_CHECKING:  # openpyxl has no public name for the class of a write-only sheet
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


_MAX_DAY_COLUMNS = 120
_MAX_GANTT_COLUMNS = 400
_WIDEST_GANTT_NAME = 48.0  # repeated on each printed page of the Gantt sheet


def gantt_sheet(
    book: Workbook,
    fmt: Formats,
    rows: list[PlanRow],
    sched: Schedule,
    steps: Steps,
    names: DateNames = ENGLISH,
) -> None:
    """One column per day (per week for long plans); bar cells filled, critical in red;
    ``names``: the months' (the locale's the workbook is written in, ``Mär 2027``)."""
    first = sched.start.date()
    last = max(sched.finish.date(), first)
    step = 1 if (last - first).days + 1 <= _MAX_DAY_COLUMNS else 7
    if step == 7:
        first -= timedelta(days=first.weekday())
    width = 3.2 if step == 1 else 4.0  # characters a day's (a week's) column takes
    first = _room_for_first_month(first, step, width, names)
    periods = min((last - first).days // step + 1, _MAX_GANTT_COLUMNS)
    fixed = ("#", "Task", "Start", "Finish")
    # The row number and name print on every page (the dates only on the first: a
    # reader needs only to know the row): the name column is wide enough for most
    # names and leaves most of each page to the timeline.
    widths: dict[int, float] = {0: 6, 1: fit_names(40, rows, _WIDEST_GANTT_NAME), 2: 11, 3: 11}
    widths.update({len(fixed) + k: width for k in range(periods)})
    ws = new_sheet(book, "Gantt", widths)
    ws.freeze_panes = f"{get_column_letter(len(fixed) + 1)}3"
    repeated = fixed.index("Task") + 1
    ws.print_title_cols = f"A:{get_column_letter(repeated)}"  # used when the timeline splits
    columns = [widths[k] for k in sorted(widths)]
    print_setup(ws, fmt.paper, fmt.title, columns, title_rows="1:2", landscape=True)
    days = [first + timedelta(days=k * step) for k in range(periods)]
    # Fitted to the page width, unless its text would print too small to read: then a
    # long timeline splits into pages at month starts, rows repeated (workbook_print).
    month_starts = [k for k, d in enumerate(days) if k == 0 or d.day <= step]
    page = fmt.paper.printable(landscape=True)
    starts = gantt_page_starts(columns, len(fixed), repeated, month_starts, page)
    if len(starts) > 1:
        split_gantt(ws, starts, len(fixed))
    # The month over its first column, and again, greyed, over the first column of each
    # printed page that begins mid-month (under no month its day numbers said nothing).
    pages = set(starts)
    # Text, in the exporter's language ('Mär 2027' in German): a date cell shown as its
    # month would name it in the reader's, but a date never runs into the empty cells
    # beside it, and one day's column is too narrow for it ('###').
    months = [
        names.month_heading(d)
        if k == 0 or d.day <= step
        else styled_cell(ws, names.month_heading(d), fmt.continued)
        if k in pages
        else None
        for k, d in enumerate(days)
    ]
    ws.append([styled_cell(ws, "Timeline", fmt.bold), None, None, None, *months])
    labels = [
        styled_cell(
            ws, d.day, fmt.header_weekend if step == 1 and d.weekday() >= 5 else fmt.header_centre
        )
        for d in days
    ]
    ws.append(
        [styled_cell(ws, t, fmt.header if t == "Task" else fmt.header_centre) for t in fixed]
        + labels
    )
    date, centred = fmt.date, fmt.centred
    number, name, start, finish = Pen(ws), Pen(ws), Pen(ws), Pen(ws)
    mark = styled_cell(ws, "◆", fmt.milestone)
    # One empty filled cell per bar colour, placed many times: the write-only sheet
    # writes each cell of a row as it reaches it, so the same cell can stand in every
    # column of a bar (some 70,000 cells fewer to build for a 10,000-task plan).
    # Each holds a blank text: LibreOffice takes a cell with only a fill for empty and
    # leaves a page of nothing else out of a printout or PDF.
    bars = {colour: styled_cell(ws, " ", style) for colour, style in fmt.bars.items()}
    done_bars = {colour: styled_cell(ws, " ", style) for colour, style in fmt.done_bars.items()}
    for r in rows:
        cells: list[object] = [
            number(r.number, centred),
            fmt.name(name, r.name, r.level, r.summary),
            start(r.start, date),
            finish(r.finish, date),
        ]
        if r.start is not None and r.finish is not None:
            lo = (r.start.date() - first).days // step
            hi = min((r.finish.date() - first).days // step, periods - 1)
            if r.milestone:
                if 0 <= lo < periods:
                    cells.extend([None] * lo)
                    cells.append(mark)
            elif lo < periods:
                colour = SUMMARY if r.summary else CRITICAL if r.critical else BAR
                begin = max(lo, 0)
                # the first % complete of the bar is done, as MS Project draws progress
                length = (r.finish.date() - first).days // step - lo + 1
                done_until = lo + round((finite(r.percent) or 0.0) * length)
                done = max(min(done_until, hi + 1) - begin, 0)
                cells.extend([None] * begin)
                cells.extend([done_bars[colour]] * done)
                cells.extend([bars[colour]] * (hi - begin + 1 - done))
        ws.append(cells)
        steps.row()
    _gantt_legend(ws, fmt, bars, done_bars, mark, step)
    print_used_range(ws, len(columns))


def _room_for_first_month(first: date, step: int, width: float, names: DateNames) -> date:
    """The timeline's first day, earlier in its month when the columns left of the next
    month are too few for the month's label: 'Aug 2013' over a plan starting in its last
    week printed 'Aug', the next month's label cutting off the year."""
    columns_left = -(-(_month_end(first) - first).days // step)  # before the next month
    needed = ceil((len(names.month_heading(first)) + 1) / width)
    if columns_left >= needed:
        return first
    back = min(needed - columns_left, (first.day - 1) // step)  # within the month
    return first - timedelta(days=back * step)


def _month_end(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def _gantt_legend(
    ws: WriteOnlyWorksheet,
    fmt: Formats,
    bars: dict[str, Cell],
    done_bars: dict[str, Cell],
    mark: Cell,
    step: int,
) -> None:
    """Below the bars, what their colours and marks mean (a client has no Gantry to ask)."""
    column = "a day" if step == 1 else "a week from Monday"
    ws.append(())
    # in the name column, which every printed page repeats
    ws.append((None, styled_cell(ws, f"Legend (each column is {column})", fmt.bold)))
    for sample, text in (
        ((bars[BAR],) * 3, "Task"),
        ((bars[CRITICAL],) * 3, "Critical task: a delay moves the finish"),
        ((bars[SUMMARY],) * 3, "Summary of the tasks below it"),
        (
            tuple(done_bars[c] for c in (BAR, CRITICAL, SUMMARY)),
            "Darker: the part done (% complete)",
        ),
        ((mark,), "Milestone"),
    ):
        ws.append((None, text, None, None, *sample))
