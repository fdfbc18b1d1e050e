"""The printed Baseline1..10 Start/Finish/Duration/Work/Cost and Start1..10/Finish1..10
columns (app/domain/baseline_fields.py), written as the sheet writes them: a date without
one "NA", a figure the baseline does not hold blank."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.baseline_fields import (
    DATE_KEYS,
    FIELD_KEYS,
    FIXED_COST_KEYS,
    TITLES,
    BaselineFieldValues,
    date_text,
)
from app.domain.cost_tracking import Kind, tracking_text
from app.report.locale_dates import printed_date
from app.report.locale_numbers import Marks, local_figure

DATE_WIDTH = 62  # points, as Baseline Start's
FIGURE_WIDTH = 60
# Each field's printed title and width, whether it holds a figure.
PRINTED: dict[str, tuple[str, float, bool]] = {
    key: (TITLES[key], DATE_WIDTH if key in DATE_KEYS else FIGURE_WIDTH, key not in DATE_KEYS)
    for key in (*FIELD_KEYS, *FIXED_COST_KEYS)
}


def field_text(
    values: BaselineFieldValues,
    key: str,
    uid: int,
    money: Callable[[float], str],
    marks: Marks,
) -> str:
    """Field ``key``'s cell of task ``uid``: its date (the printout's), "NA" without one; a
    figure in the plan's units, the reader's marks, money by ``money``; blank without one."""
    if key in DATE_KEYS:
        return date_text(values.date(key, uid), printed_date)
    figure = values.figure(key, uid)
    text = tracking_text(figure, values.plan, money)
    if figure is None or figure.kind is Kind.MONEY:
        return text
    return local_figure(text, marks)
