"""On the bundled demo plan (links of all four types, lags, people on their own calendars with
vacations), every bar drag sets exactly the dates its feedback box showed.

Walking the demo found drags whose box and result disagreed: a task whose
finish a finish-to-finish link holds grew at its start, and pinned tasks
dragged before their predecessor's finish stayed where the link put them.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import QPoint, Qt

from app.assets import resource_path
from app.formats import read_plan
from app.report.bars import BarKind
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


@pytest.fixture
def demo_plan():
    return read_plan(resource_path("demo", "crm-rollout.gantry"))


def _lines(text: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", line)) for line in text.split("<br>")]


def _field(lines: list[str], name: str) -> str | None:
    return next((ln.split(": ", 1)[1] for ln in lines if ln.startswith(name + ": ")), None)


@pytest.mark.parametrize(("gesture", "dx"), [("move", 47), ("move", -35), ("resize", 71)])
def test_every_drag_on_the_demo_sets_what_its_box_shows(qtbot, demo_plan, gesture, dx):
    win = MainWindow(Document(demo_plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 800)
    win.show()
    win.show_view("gantt")
    gantt, doc = win.gantt, win.document
    gantt.set_zoom("days")
    canvas = gantt.canvas
    checked, wrong = 0, []
    for task in list(doc.plan.tasks):
        times = doc.schedule.get(task.uid)
        if times is None or times.summary:
            continue
        win.tree.scrollTo(win.tree.task_model().index_of_uid(task.uid))
        gantt.scroll_to_task(task.uid)
        row = next((r for r in gantt.visible_rows() if r.uid == task.uid), None)
        geom = gantt.chart_painter().geometry(row) if row is not None else None
        if geom is None or (gesture == "resize" and geom.kind is not BarKind.TASK):
            continue
        if geom.kind is BarKind.TASK and geom.x1 - geom.x0 < 12:
            continue  # its middle is a grab zone for its ends
        x = geom.x1 - 1 if gesture == "resize" else (geom.x0 + geom.x1) / 2
        press = QPoint(round(x - gantt.hscroll), round(geom.mid_y))
        if not 30 < press.x() < canvas.width() - 120:
            continue
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=press)
        for k in range(1, 5):
            qtbot.mouseMove(canvas, press + QPoint(round(dx * k / 4), 0))
        shown = _lines(gantt.mouse.feedback.text())
        before = doc.undo_stack.index()
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=press + QPoint(dx, 0))
        after = doc.schedule[task.uid]
        got = (f"{after.start:%a %Y-%m-%d %H:%M}", f"{after.finish:%a %Y-%m-%d %H:%M}")
        if (_field(shown, "Start"), _field(shown, "Finish")) != got:
            wrong.append(f"{task.name}: box {shown[1:3]}, set {got}")
        checked += 1
        if doc.undo_stack.index() > before:
            doc.undo_stack.undo()
    assert checked > 30
    assert not wrong
    win.close()
