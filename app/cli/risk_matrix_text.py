"""``gantry risks FILE --matrix``: the probability x impact heat map as text, each cell's
count marked L, M or H by its exposure band (app/domain/risk_matrix.py), the most likely
band on top as the Risks view's panel draws it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from app.domain.plan import Plan
from app.domain.risk_matrix import (
    BANDS,
    HIGH,
    LOW,
    RiskMatrix,
    exposure_band,
    probability_label,
    risk_matrix,
)
from app.domain.risk_register import RegisterView

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

_MARK = {LOW: "L", "medium": "M", HIGH: "H"}


def impact_heads(plan: Plan, matrix: RiskMatrix) -> list[str]:
    """Each impact band's heading: ``up to €10,000``... in the reader's marks."""
    from app.report.locale_numbers import local_money, system_marks  # a non-C locale loads Qt

    marks = system_marks()
    return [
        "up to " + local_money(plan.project, matrix.impact_limit(i), marks, digits=0)
        for i in range(1, BANDS + 1)
    ]


def print_matrix(plan: Plan, view: RegisterView, matrix: RiskMatrix, out: TextIO) -> None:
    """The heat map of the risks shown, its legend and what it leaves out."""
    heads = impact_heads(plan, matrix)
    rows = [
        [probability_label(p)]
        + [
            f"{matrix.count(p, i)} {_MARK[exposure_band(p, i)]}" if matrix.count(p, i) else "-"
            for i in range(1, BANDS + 1)
        ]
        for p in range(BANDS, 0, -1)
    ]
    first = ["Probability \\ Impact", *heads]
    widths = [max(len(r[c]) for r in (first, *rows)) for c in range(BANDS + 1)]
    for row in (first, *rows):
        cells = [row[0].ljust(widths[0])] + [row[c].rjust(widths[c]) for c in range(1, BANDS + 1)]
        out.write("  ".join(cells).rstrip() + "\n")
    for line in matrix_legend(view, matrix):
        out.write(line + "\n")


def matrix_legend(view: RegisterView, matrix: RiskMatrix) -> list[str]:
    """The lines under the heat map: how many risks it places and its bands, then what it
    leaves out (closed risks, the register's filters)."""
    count = matrix.total
    lines = [
        f"{count} risk{'s' * (count != 1)} on the map; exposure band L low, M medium, H high "
        "(probability band x impact band: 1-4, 5-12, 15-25)"
    ]
    told = []
    if matrix.closed:
        told.append(f"{matrix.closed} closed risk{'s' * (matrix.closed != 1)} not counted")
    note = view.note()
    if note:
        told.append(note)
    if told:
        lines.append("; ".join(told))
    return lines


def heat_map_page(plan: Plan, view: RegisterView) -> Callable[[QPainter, QRectF], None]:
    """What paints the register printout's first page: the heat map of the risks shown."""
    from app.report.risk_matrix_page import paint_heat_map

    matrix = risk_matrix(view.shown, plan.risks)
    heads = impact_heads(plan, matrix)
    legend = " ".join(matrix_legend(view, matrix)).replace(
        "L low, M medium, H high", "green low, amber medium, red high"
    )
    return lambda p, rect: paint_heat_map(p, rect, matrix, heads, legend)
