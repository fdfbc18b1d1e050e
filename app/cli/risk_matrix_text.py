"""``gantry risks FILE --matrix``: the probability x impact heat map as text, each cell's
count marked L, M or H by its exposure band (app/domain/risk_matrix.py), the most likely
band on top as the Risks view's panel draws it."""

from __future__ import annotations

import json
from typing import TextIO

from app.domain.plan import Plan
from app.domain.risk_matrix import (
    BANDS,
    HIGH,
    IMPACT_NAMES,
    LOW,
    PROBABILITY_NAMES,
    RiskMatrix,
    exposure_band,
    probability_label,
)
from app.domain.risk_register import RegisterView, risk_id
from app.report.risk_matrix_words import impact_heads, matrix_legend

_MARK = {LOW: "L", "medium": "M", HIGH: "H"}


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


def matrix_json(plan: Plan, view: RegisterView, matrix: RiskMatrix) -> str:
    """The heat map as JSON: each band (probability ranges as fractions, each impact band's
    top in the plan's currency), then every cell, most likely band first as the map reads,
    with its exposure band, count and risks (IDs R-07 and uids, in register order); what
    it leaves out as ``closed`` and ``note``."""
    cells = [
        {
            "probability_band": p,
            "impact_band": i,
            "exposure_band": exposure_band(p, i),
            "count": matrix.count(p, i),
            "risks": [risk_id(u) for u in matrix.uids(p, i)],
            "uids": list(matrix.uids(p, i)),
        }
        for p in range(BANDS, 0, -1)
        for i in range(1, BANDS + 1)
    ]
    data = {
        "currency": plan.project.currency,
        "probability_bands": [
            {"band": b, "name": PROBABILITY_NAMES[b - 1], "from": (b - 1) / BANDS, "to": b / BANDS}
            for b in range(1, BANDS + 1)
        ],
        "impact_bands": [
            {"band": b, "name": IMPACT_NAMES[b - 1], "up_to": matrix.impact_limit(b)}
            for b in range(1, BANDS + 1)
        ],
        "cells": cells,
        "on_map": matrix.total,
        "closed": matrix.closed,
        "note": view.note(),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
