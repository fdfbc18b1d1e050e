"""A printed Gantt cut a long task name at its column's edge ('Install and commission the
redundan…'): MS Project widens nothing on paper, yet its names can be read. A name wider
than the Task Name column now wraps onto a second and third line of a taller row, its
bar centred in it at its usual size; longer than three lines, it ends in "…". A plan
whose names fit prints as before (the demo and the shared files' PDFs compared pixel for
pixel), and a picture (PNG, Copy Picture) keeps one line a row, a long name ending in
"…"."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.report.export import picture_height
from app.report.gantt_pages import ROW_H, TIMESCALE_H, GanttPageLayout, _bar_row
from app.report.gantt_paint import ChartRow
from app.report.options import PrintOptions
from app.store.document import write_plan
from tests.gui.conftest import build_plan

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
LONG = "Install and commission the redundant cooling loop for the north data hall (phase A)"
LONGER = f"{LONG}, then flush, pressure-test and hand it over to the facilities team"


def long_plan(copies: int = 1) -> Plan:
    """The sample outline, its Specs task (a subtask) with an 83-letter name and Code with
    a name longer than three lines hold; ``copies`` times over."""
    base = build_plan()
    plan = Plan(project=replace(base.project, name="Long names"))
    names = {2: LONG, 5: LONGER}
    for k in range(copies):
        for task in base.tasks:
            uid = task.uid + 10 * k
            plan.append_task(replace(task, uid=uid, name=names.get(task.uid, task.name)))
    return plan


def _bbox(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, top, left, right, word) of each word, in points from the paper's top left."""
    run = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    out = []
    for page, body in enumerate(run.stdout.split("<page ")[1:], start=1):
        for x0, y0, x1, word in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', body
        ):
            out.append((page, float(y0), float(x0), float(x1), word))
    return out


def test_s19pr_only_rows_of_long_names_grow(qapp):
    plan = long_plan()
    layout = GanttPageLayout(plan, schedule(plan), PrintOptions(), 523.0, 770.0)
    taller = [uid for uid, h in zip(layout.uids, layout.heights or (), strict=True) if h > ROW_H]
    assert taller == [2, 5]
    short = build_plan()
    assert GanttPageLayout(short, schedule(short), PrintOptions(), 523.0, 770.0).heights is None
    # a bar in a taller row keeps its height, centred in the row
    row = ChartRow(2, 100.0, layout.heights[1])
    band = _bar_row(row)
    assert band.height == ROW_H
    assert band.top + band.height / 2 == pytest.approx(row.top + row.height / 2)


@needs_poppler
def test_s19pr_a_long_name_prints_on_two_lines_of_its_row(qapp, tmp_path):
    source, out = tmp_path / "long.gantry", tmp_path / "long.pdf"
    write_plan(long_plan(), source)
    assert main(["convert", str(source), str(out)]) == 0
    words = _bbox(out)
    (head,) = [x0 for _p, y, x0, _x1, w in words if w == "Task" and y < 200]  # not the legend
    (duration,) = [x0 for _p, _y, x0, _x1, w in words if w == "Duration"]
    # the Task Name column's words, read down and across as a reader does
    column = sorted((p, y, x0, w) for p, y, x0, x1, w in words if head <= x0 and x1 < duration)
    text = " ".join(w for *_rest, w in column)
    assert LONG in text  # every word of it, in order: nothing cut
    names = [w for *_rest, w in column]
    at = next(k for k in range(len(names)) if names[k : k + len(LONG.split())] == LONG.split())
    lines = {y for _p, y, _x, _w in column[at : at + len(LONG.split())]}
    assert len(lines) == 3  # on three lines of its row
    # longer than three lines: its third line ends in "…", inside the column
    cut = [(x1, w) for _p, _y, _x0, x1, w in words if w.endswith("\u2026")]
    assert cut
    assert all(x1 < duration for x1, _w in cut)
    assert LONGER not in text


def test_s19pr_pages_hold_the_taller_rows_whole(qapp):
    plan = long_plan(copies=12)  # 84 rows, 24 of them two lines tall
    sched = schedule(plan)
    for options in (PrintOptions(), PrintOptions(pages_tall=3), PrintOptions(scale=1.0)):
        layout = GanttPageLayout(plan, sched, options, 523.0, 770.0)
        room = layout.body_height / layout.scale - TIMESCALE_H
        bands = sorted({(s.first_task, s.last_task) for s in layout.pages})
        assert bands[0][0] == 0
        assert bands[-1][1] == len(layout.uids)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(bands))  # no row lost
        for first, last in bands:
            assert layout.tops[last] - layout.tops[first] <= room + 1e-6, options
        if options.pages_tall is not None:
            assert layout.rows_count <= options.pages_tall


def test_s19pr_a_picture_keeps_one_line_a_row(qapp, tmp_path):
    source, out = tmp_path / "long.gantry", tmp_path / "long.png"
    write_plan(long_plan(), source)
    assert main(["convert", str(source), str(out)]) == 0
    from PySide6.QtGui import QImage

    assert QImage(str(out)).height() == picture_height(len(long_plan().tasks))


def test_s19pr_a_layout_of_short_names_pages_as_before(qapp):
    """Rows of one line: each a row's height down the page, as they always were."""
    plan = build_plan()
    layout = GanttPageLayout(plan, schedule(plan), PrintOptions(), 770.0, 523.0)
    assert layout.heights is None
    assert layout.tops == [i * ROW_H for i in range(8)]
    assert [(s.first_task, s.last_task) for s in layout.pages] == [(0, 7)]
