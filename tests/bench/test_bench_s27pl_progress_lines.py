"""Gantt viewport repaint on a generated 10k-task plan under way, with progress lines on (the
current line and one a week) beside the same repaint without them. Only the visible rows'
progress points are worked out. Run with ``make bench``; no timing is asserted here."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtGui import QImage

from app.domain.plan import Plan
from app.domain.progress_lines import Every, ProgressLines
from tests.bench.test_bench_gantt import _paint, _window, generated_plan

STATUS = datetime(2026, 9, 4, 17, 0)


def _tracked(lines: ProgressLines) -> Plan:
    plan = generated_plan()
    for i, task in enumerate(list(plan.tasks)):
        if task.outline_level == 2:
            plan.update_task(replace(task, percent_complete=float((i * 37) % 100)))
    plan.project = replace(plan.project, status_date=STATUS, progress_lines=lines)
    return plan


@pytest.mark.parametrize(
    "lines",
    [ProgressLines(), ProgressLines(current=True, every=Every.WEEKLY, weekday=4)],
    ids=["off", "current-and-weekly"],
)
def test_bench_s27pl_repaint_10k(benchmark, qtbot, lines):
    _doc, tree, gantt, splitter = _window(_tracked(lines))
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    bar = tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    gantt.set_zoom("weeks")
    gantt.hbar.setValue(int(gantt.scale.x_of(STATUS)) - 500)
    image = QImage(gantt.canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    _paint(gantt, image)  # warm caches (row index, painter, progress points)
    assert len(gantt.visible_rows()) > 20
    benchmark(_paint, gantt, image)
