"""The PNG and PDF options' values (width, rows, date range), judged without a plan.

The PNG and PDF writers check them, and ``gantry convert`` checks them before it
reads the plan, so a typo costs no reading of a large file. No Qt here: the
command line imports this before it knows it will draw anything.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from app.domain.errors import OptionError
from app.domain.quoting import quoted

PNG_MIN_WIDTH = 100
PNG_MAX_WIDTH = 20000
_ROWS = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?")


def png_width(width: int) -> int:
    """``width`` when a PNG may be that wide (pixels); OptionError otherwise."""
    if width < PNG_MIN_WIDTH or width > PNG_MAX_WIDTH:
        raise OptionError(f"PNG width {width} is outside {PNG_MIN_WIDTH}..{PNG_MAX_WIDTH} pixels")
    return width


def row_span(text: str) -> tuple[int, int]:
    """The first and last task ID of ``--rows FROM-TO`` (a single ID: both); OptionError
    when the text is not two IDs in order. Whether the plan has them is the plan's call."""
    match = _ROWS.fullmatch(str(text))
    if match is None:
        raise OptionError(
            f"--rows {quoted(text)}: use FROM-TO with task IDs (row numbers), e.g. 1-200"
        )
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if last < first:
        raise OptionError(f"--rows {text}: the first ID must not come after the last")
    return first, last


def date_span(
    date_from: datetime | None, date_to: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """The chart's ``--from``/``--to`` as a start and an end moment (None: not given).

    ``--to`` names the last day shown: a bare date (midnight) ends the chart at
    the end of that day, as the Page Setup dialog does. OptionError when the end
    does not come after the start.
    """
    if date_to is not None and date_to.time() == datetime.min.time():
        date_to += timedelta(days=1)
    if date_from and date_to and date_to <= date_from:
        raise OptionError("the 'to' date must not come before the 'from' date")
    return date_from, date_to
