"""The client workbook's Gantt sheet shows how far each task has got, as MS Project's bars do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.io.excel_export import write_workbook
from tests.unit.excel_plans import sample_plan


@pytest.fixture
def gantt(tmp_path: Path):
    path = tmp_path / "plan.xlsx"
    write_workbook(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return openpyxl.load_workbook(path)["Gantt"]


def _colours(row) -> list[str]:
    """The fill colour of each bar cell of a row, left to right."""
    return [str(c.fill.fgColor.rgb)[-6:] for c in row[4:] if c.fill.fill_type]


def _legend(gantt) -> tuple[list, dict[str, set[str]]]:
    rows = list(gantt.iter_rows(min_row=3))
    texts = [str(r[1].value) for r in rows]
    first = next(k for k, t in enumerate(texts) if t.startswith("Legend"))
    keyed = {
        t: set(_colours(r)) for r, t in zip(rows[first + 1 :], texts[first + 1 :], strict=True)
    }
    return rows[:first], keyed


def test_the_done_part_of_a_bar_is_darker(gantt):
    tasks, legend = _legend(gantt)
    done_colours = set().union(*(c for t, c in legend.items() if "done" in t.lower()))
    rows = {r[1].value: r for r in tasks}
    build = _colours(rows["Build"])  # 25 % complete
    # A bar looked the same whether its task was done or not begun.
    done = [c for c in build if c in done_colours]
    assert len(done) == round(0.25 * len(build))
    assert build[: len(done)] == done  # from the start of the bar
    assert not set(build[len(done) :]) & done_colours
    review = _colours(rows["Review"])  # not begun
    assert review
    assert not set(review) & done_colours


def test_the_legend_keys_every_colour_done_or_not(gantt):
    tasks, legend = _legend(gantt)
    used = {c for r in tasks for c in _colours(r)}
    keyed = set().union(*legend.values())
    assert used <= keyed
    done = [t for t in legend if "done" in t.lower()]
    assert len(done) == 1
    assert legend[done[0]].isdisjoint(legend["Task"])
