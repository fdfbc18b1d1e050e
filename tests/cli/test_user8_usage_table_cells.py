"""``gantry usage`` formats only the periods that hold work: the same table, much sooner.

A 10,000-task plan by day (six years of days, 7,000 rows) took 24 s to print
and by week with tasks 9 s to write as CSV, nearly all of it formatting
empty cells one by one. Each cell must still read as it did: the figure, an
over-allocation mark, or blank, with every column aligned.
"""

from __future__ import annotations

import csv
import io

import pytest

from app import formats
from app.cli.usage_table import usage_tree, write_csv, write_text
from app.domain.scheduler import schedule
from app.domain.usage import Scale


def _plans(shared_data):
    from app.assets import resource_path

    yield formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    yield formats.read_plan(shared_data / "mpp" / "Software-Development.xml")


def _expected_rows(tree, periods):
    """Every row's cells worked out one by one (resources first, their assignments below)."""
    red = tree.usage.overallocated(periods)
    rows = []
    for node in range(len(tree)):
        unit = tree.unit(node)
        values = tree.values(node, periods).tolist()
        person = tree.person(node)
        cells = []
        for k, v in enumerate(values):
            text = "" if abs(v) < 0.05 else tree.text(v, unit)
            cells.append(text + ("*" if person >= 0 and red[person][k] else ""))
        rows.append(("  " * tree.depth[node] + tree.name(node), cells))
    return rows


@pytest.mark.parametrize("scale", list(Scale))
def test_text_cells_are_each_periods_figure_and_columns_align(shared_data, scale):
    for plan in _plans(shared_data):
        tree = usage_tree(plan, schedule(plan), False)
        periods = tree.usage.periods(scale)
        out = io.StringIO()
        write_text(tree, periods, out)
        lines = out.getvalue().splitlines()
        if lines[-1].startswith("* over-allocated"):
            lines = lines[:-1]
        expected = _expected_rows(tree, periods)
        assert len(lines) == len(expected) + 1
        header = lines[0]
        # each column ends where its heading ends: read cells back by the headings' ends
        ends = []
        labels = [periods.label(k) for k in range(len(periods))]
        at = header.index("Work") + len("Work")
        for label in labels:
            at = header.index(label, at) + len(label)
            ends.append(at)
        widths = [e - s for s, e in zip([header.index("Work") + 4, *ends], ends, strict=False)]
        for line, (name, cells) in zip(lines[1:], expected, strict=True):
            assert line.startswith(name)
            got = [
                line[end - width : end].strip() if end - width < len(line) else ""
                for end, width in zip(ends, widths, strict=True)
            ]
            assert got == cells, name


def test_csv_cells_are_each_periods_figure(shared_data, tmp_path):
    for plan in _plans(shared_data):
        for by_task in (False, True):
            tree = usage_tree(plan, schedule(plan), by_task)
            periods = tree.usage.periods(Scale.WEEKS)
            path = tmp_path / "usage.csv"
            write_csv(tree, periods, path)
            with path.open(encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows[0][5:] == [d.isoformat() for d in periods.starts]
            assert len(rows) > 1
            for row in rows[1:]:
                figures = [float(c) for c in row[5:] if c]
                assert all(f > 0 for f in figures)
                assert sum(figures) == pytest.approx(float(row[4]), abs=0.01 * len(figures) + 0.01)
