"""The Cash Flow report as CSV (``gantry report FILE OUT.csv --cash-flow``, File > Cash Flow…'s
Export CSV…): plain numbers a sheet adds up, a column per period named by its first day."""

from __future__ import annotations

import csv
from typing import TextIO

from app.domain.cash_flow import CashFlow


def write_cash_flow_csv(flow: CashFlow, out: TextIO) -> None:
    """One row per task, then Total and Cumulative (and Baseline cumulative with a baseline); a column per period (its first day,
    ISO), then Total and Baseline; figures as plain numbers."""
    write = csv.writer(out, lineterminator="\n")
    with_baseline = flow.baseline_total is not None
    ends = ["Total", "Baseline"] if with_baseline else ["Total"]
    write.writerow(["UID", "Outline level", "Task", *(s.isoformat() for s in flow.starts), *ends])

    def figures(values: tuple[float, ...]) -> list[str]:
        return [f"{v:.2f}" for v in values]

    for row in flow.rows:
        tail = [f"{row.total:.2f}"]
        if with_baseline:
            tail.append("" if row.baseline is None else f"{row.baseline:.2f}")
        name = row.name
        if name[:1] in ("=", "+", "-", "@"):  # text, never a formula in a sheet
            name = "'" + name
        write.writerow([row.uid, row.depth + 1, name, *figures(row.figures), *tail])
    tail = [f"{flow.total:.2f}"]
    if flow.baseline_total is not None:
        tail.append(f"{flow.baseline_total:.2f}")
    write.writerow(["", "", "Total", *figures(flow.totals), *tail])
    write.writerow(["", "", "Cumulative", *figures(flow.cumulative), *([""] * len(ends))])
    if flow.baseline_cumulative is not None:
        planned = figures(flow.baseline_cumulative)
        write.writerow(["", "", flow.baseline_cumulative_label, *planned, *([""] * len(ends))])
