"""Format > Task Path in the main window: the chart colours the current task's chains."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QColor

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.domain.task_path import PathIndex, PathKind
from app.report.gantt_paint import Colors
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.gantt.task_path import ACTION_IDS, PATH_COLORS, highlight_of
from app.ui.link_commands import AddLinkCommand
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _plan():
    """The sample plan (Specs -> Review -> Code -> Test -> Go-live) plus Docs, unlinked."""
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    return plan


def _open(qtbot, tmp_path, plan):
    path = tmp_path / "paths.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    return session, win


@pytest.fixture
def window(qtbot, tmp_path):
    session, win = _open(qtbot, tmp_path, _plan())
    yield win
    for w in list(session.windows):
        w.close()


def uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def names(window, path):
    plan = window.document.plan
    return {plan.task(u).name: kind for u, kind in path.items()}


def toggle(window, kind, on=True):
    window.action_collection[ACTION_IDS[kind]].setChecked(on)


def test_the_menu_lives_under_format_with_remove_highlighting(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("F&ormat") == menus.index("&View") + 1
    for action_id in [*ACTION_IDS.values(), "task_path_remove"]:
        assert action_id in window.action_collection


def test_driving_predecessors_and_successors_follow_the_selection(window):
    highlight = highlight_of(window)
    window.tree.select_uids([uid(window, "Code")])
    assert highlight.path() == {}  # nothing switched on
    toggle(window, PathKind.DRIVING_PREDECESSORS)
    toggle(window, PathKind.SUCCESSORS)
    assert names(window, highlight.path()) == {
        "Specs": PathKind.DRIVING_PREDECESSORS,
        "Review": PathKind.DRIVING_PREDECESSORS,
        "Test": PathKind.SUCCESSORS,
        "Go-live": PathKind.SUCCESSORS,
    }
    window.tree.select_uids([uid(window, "Review")])  # the highlight follows the selection
    assert names(window, highlight.path()) == {
        "Specs": PathKind.DRIVING_PREDECESSORS,
        "Code": PathKind.SUCCESSORS,
        "Test": PathKind.SUCCESSORS,
        "Go-live": PathKind.SUCCESSORS,
    }
    window.tree.select_uids([uid(window, "Docs")])
    assert highlight.path() == {}
    window.action_collection["task_path_remove"].trigger()
    assert highlight.kinds == set()
    assert not any(window.action_collection[a].isChecked() for a in ACTION_IDS.values())
    window.tree.select_uids([uid(window, "Code")])
    assert highlight.path() == {}


def test_an_edit_that_gives_a_task_slack_takes_it_off_the_driving_path(window):
    highlight = highlight_of(window)
    window.tree.select_uids([uid(window, "Test")])
    toggle(window, PathKind.DRIVING_PREDECESSORS)
    assert names(window, highlight.path()) == {
        "Code": PathKind.DRIVING_PREDECESSORS,
        "Review": PathKind.DRIVING_PREDECESSORS,
        "Specs": PathKind.DRIVING_PREDECESSORS,
    }
    # Docs, made long and linked into Test, now holds it: Code has slack into Test.
    docs = uid(window, "Docs")
    model = window.model
    assert model.setData(model.index_of_uid(docs, Column.DURATION), "20d")
    execute(window.document, AddLinkCommand(window.document, docs, uid(window, "Test")))
    assert window.tree.current_uid() == uid(window, "Test")
    assert names(window, highlight.path()) == {"Docs": PathKind.DRIVING_PREDECESSORS}
    window.document.undo_stack.undo()  # the link goes: the path is Code's again
    assert "Code" in names(window, highlight.path())


def _pixel_at_bar(window, name):
    view = window.gantt
    rows = view.visible_rows()
    row = next(r for r in rows if r.uid == uid(window, name))
    geom = view.chart_painter().geometry(row)
    image = view.canvas.grab().toImage()
    x = int((geom.x0 + geom.x1) / 2 - view.hscroll)
    y = int(geom.top + 2)
    return image.pixelColor(x, y)


def test_the_chart_paints_path_bars_in_ms_projects_colours(window, qtbot):
    window.gantt.fit_project()
    window.tree.select_uids([uid(window, "Code")])
    before = _pixel_at_bar(window, "Review")
    toggle(window, PathKind.DRIVING_PREDECESSORS)
    toggle(window, PathKind.DRIVEN_SUCCESSORS)
    assert _pixel_at_bar(window, "Review") == PATH_COLORS[PathKind.DRIVING_PREDECESSORS]
    assert _pixel_at_bar(window, "Test") == PATH_COLORS[PathKind.DRIVEN_SUCCESSORS]
    assert before != PATH_COLORS[PathKind.DRIVING_PREDECESSORS]
    assert before in (Colors.bar, Colors.critical, QColor(Colors.critical))
    window.action_collection["task_path_remove"].trigger()
    assert _pixel_at_bar(window, "Review") == before


def test_selecting_in_a_big_plan_walks_the_path_not_the_plan(qtbot, tmp_path, monkeypatch):
    """10k tasks in 100 chains of 100: a new selection walks one chain, never every task."""
    plan = Plan(project=Project(name="Big", start=datetime(2026, 3, 2, 8, 0)))
    plan.tasks = [Task(i, f"T{i}", 1, duration_minutes=60) for i in range(1, 10_001)]
    plan.add_links([Link(i, i + 1) for i in range(1, 10_001) if i % 100])
    session, win = _open(qtbot, tmp_path, plan)
    try:
        highlight = highlight_of(win)
        toggle(win, PathKind.PREDECESSORS)
        toggle(win, PathKind.DRIVEN_SUCCESSORS)
        win.tree.select_uids([150])
        assert len(highlight.path()) == 99
        built = []
        original = PathIndex.__init__

        def counting(self, plan):
            built.append(1)
            original(self, plan)

        monkeypatch.setattr(PathIndex, "__init__", counting)
        for pick in (250, 5050, 9999):
            win.tree.select_uids([pick])
            assert len(highlight.path()) == 99
        assert built == []  # links and outline were indexed once, before: not per selection
        model = win.model
        assert model.setData(model.index_of_uid(9999, Column.DURATION), "2h")  # not a link
        assert len(highlight.path()) == 99
        assert built == []
        # Links changed: indexed again. 9999 now follows 9901 (the first of its chain) only.
        assert model.setData(model.index_of_uid(9999, Column.PREDECESSORS), "9901")
        assert highlight.path() == {
            9901: PathKind.PREDECESSORS,
            10000: PathKind.DRIVEN_SUCCESSORS,
        }
        assert built == [1]
    finally:
        for w in list(session.windows):
            w.close()
