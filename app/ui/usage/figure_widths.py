"""How wide the Usage grid's period columns must be for their figures: they were as wide as
the widest period heading alone, so a month's cost total (``€18,938.67``) lost its ``€``
(or ``18.938,67 €`` its last digits in German). The widest figure of the rows shown first
(the outline's top rows: the people's or tasks' totals, the largest figures) in every
detail shown is measured, as the grid writes it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.domain.usage_detail_rows import Detail
from app.ui.usage.grid_model import SHOWN, UsageGridModel
from app.ui.usage.local_figures import figure_text

# Rows measured at most: the top of the outline (its totals), not 100k task rows.
ROWS_MEASURED = 400


def widest_figure(model: UsageGridModel, advance: Callable[[str], int]) -> int:
    """The width ``advance`` gives the widest figure of the first :data:`ROWS_MEASURED`
    shown rows, over every period and detail shown (0: none)."""
    periods = len(model.periods)
    if not periods:
        return 0
    tree = model.tree
    widest = 0
    for node in model.shown[:ROWS_MEASURED]:
        for detail in model.details:
            if detail is Detail.WORK:
                values, unit = tree.values(node, model.periods, 0, periods), tree.unit(node)
            else:
                values = model.figures.values(node, detail)
                unit = model.figures.unit(node, detail)
            if not len(values):
                continue
            for value in (float(np.max(values)), float(np.min(values))):  # 1,234 and -1,234
                if abs(value) >= SHOWN:
                    widest = max(widest, advance(figure_text(tree, value, unit)))
    return widest
