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
from app.cli.usage_table import write_csv, write_text
from app.domain.scheduler import schedule
from app.domain.usage import Scale, WorkUnit, build_usage


def _plans(shared_data):
    from app.assets import resource_path

    yield formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    yield formats.read_plan(shared_data / "mpp" / "Software-Development.xml")


def _expected_rows(usage, periods, work):
    """Every row's cells worked out one by one (resources first, their assignments below)."""
    red = usage.overallocated(periods)
    rows = []
    for i, res in enumerate(usage.resources):
        unit = usage.unit(i)
        values = usage.resource_values(i, periods).tolist()
        cells = []
        for k, v in enumerate(values):
            text = "" if abs(v) < 0.05 else work.text(v, unit)
            cells.append(text + ("*" if red[i][k] else ""))
        rows.append((res.name, cells))
        for j in usage.assignment_rows(i):
            values = usage.assignment_values(j, periods).tolist()
            cells = ["" if abs(v) < 0.05 else work.text(v, unit) for v in values]
            task = usage.tasks[usage.task_row_of(usage.assignments[j].task_uid)]
            rows.append(("  " + task.name, cells))
    return rows


@pytest.mark.parametrize("scale", list(Scale))
def test_text_cells_are_each_periods_figure_and_columns_align(shared_data, scale):
    for plan in _plans(shared_data):
        usage = build_usage(plan, schedule(plan))
        periods = usage.periods(scale)
        work = WorkUnit.of(plan.project)
        out = io.StringIO()
        write_text(usage, periods, False, out, work)
        lines = out.getvalue().splitlines()
        if lines[-1].startswith("* over-allocated"):
            lines = lines[:-1]
        expected = _expected_rows(usage, periods, work)
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
        usage = build_usage(plan, schedule(plan))
        periods = usage.periods(Scale.WEEKS)
        work = WorkUnit.of(plan.project)
        for by_task in (False, True):
            path = tmp_path / "usage.csv"
            write_csv(usage, periods, by_task, path, work)
            with path.open(encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows[0][4:] == [d.isoformat() for d in periods.starts]
            assert len(rows) > 1
            for row in rows[1:]:
                figures = [float(c) for c in row[4:] if c]
                assert all(f > 0 for f in figures)
                assert sum(figures) == pytest.approx(float(row[3]), abs=0.01 * len(figures) + 0.01)
