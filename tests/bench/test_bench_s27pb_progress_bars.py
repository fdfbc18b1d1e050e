"""Gantt repaint on a generated 10k-task plan under way: the progress bars end at each task's
complete-through moment (its working time on its calendar), worked out for the drawn rows
only. A scroll step draws rows not drawn before; a fresh painter (as after an edit) has
nothing cached. Run with ``make bench``; no timing is asserted here."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QImage

from app.domain.plan import Plan
from tests.bench.test_bench_gantt import _paint, _window, generated_plan


def _under_way() -> Plan:
    plan = generated_plan()
    for i, task in enumerate(list(plan.tasks)):
        if task.outline_level == 2:
            plan.update_task(replace(task, percent_complete=float(1 + (i * 37) % 98)))
    return plan


def _shown(qtbot):
    _doc, tree, gantt, splitter = _window(_under_way())
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    gantt.set_zoom("days")
    image = QImage(gantt.canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    _paint(gantt, image)
    return tree, gantt, image, splitter  # the splitter kept: it owns the tree and chart


def test_bench_s27pb_scroll_step_10k(benchmark, qtbot):
    tree, gantt, image, _splitter = _shown(qtbot)
    bar = tree.verticalScrollBar()
    state = {"v": 0}

    def scroll_and_paint():
        state["v"] = (state["v"] + 137) % max(bar.maximum(), 1)
        bar.setValue(state["v"])
        gantt.scroll_to_task(gantt.visible_rows()[0].uid)  # the bars in view
        _paint(gantt, image)

    benchmark(scroll_and_paint)


def test_bench_s27pb_fresh_painter_repaint_10k(benchmark, qtbot):
    tree, gantt, image, _splitter = _shown(qtbot)
    bar = tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    gantt.scroll_to_task(gantt.visible_rows()[0].uid)
    _paint(gantt, image)
    assert len(gantt.visible_rows()) > 20

    def fresh_and_paint():
        gantt._painter = None  # what an edit does: a new painter, nothing cached
        _paint(gantt, image)

    benchmark(fresh_and_paint)
