"""Automatic leveling's last gaps: Copy Picture and the Budget chart's export draw the plan
leveled right after an edit; a leveling forced by a save is not run once more by the
edit's own change notice; the window's Level Resources on a Week by Week basis does not say
"no one is over-allocated" before naming someone over-allocated within a week."""

from __future__ import annotations

from dataclasses import replace

from app.domain.leveling_options import LevelingBasis
from app.ui.budget.view import BudgetView
from app.ui.commands import EditTaskCommand, execute
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.gantt.copy_picture import CopyPicture
from app.ui.team import auto_leveling
from tests.gui.test_s28al_auto_leveling_safe import DAY, _grow_dig, _window


def test_s28al2_copy_picture_right_after_an_edit_is_leveled(session, tmp_path, qtbot, monkeypatch):
    win, _path = _window(session, tmp_path, qtbot, delay_ms=60000)  # not before the copy
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("gantt")
    doc = win.document
    _grow_dig(win)
    assert win.auto_leveler.pending
    delays_asked: list[int] = []

    def ask(_parent, _counts, _shown):
        delays_asked.append(doc.plan.task(2).leveling_delay_minutes)
        return CopyPictureChoice()  # to the clipboard

    monkeypatch.setattr(CopyPicture, "ask_choice", staticmethod(ask))
    assert CopyPicture(win).run() == "clipboard"
    assert delays_asked == [4 * DAY]  # leveled before the dialog counted and drew
    assert not win.auto_leveler.pending
    assert doc.undo_stack.count() == 1  # joined to the edit, as ever
    win.close()


def test_s28al2_budget_chart_export_right_after_an_edit_is_leveled(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, delay_ms=60000)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("budget")
    budget = win.findChild(BudgetView)
    assert budget is not None
    _grow_dig(win)
    assert win.auto_leveler.pending
    target = tmp_path / "s-curve.png"
    budget.ask_png_path = lambda _parent: str(target)
    assert budget.export_chart() == str(target)
    assert not win.auto_leveler.pending
    assert win.document.plan.task(2).leveling_delay_minutes == 4 * DAY
    win.close()


def test_s28al2_a_forced_leveling_is_not_run_again(session, tmp_path, qtbot, monkeypatch):
    """Save a copy right after an edit levels at once; the edit's change notice, queued
    before, must not start one more run that can only find the same delays."""
    runs: list[int] = []
    level = auto_leveling.level

    def counting(*args, **kwargs):
        runs.append(1)
        return level(*args, **kwargs)

    monkeypatch.setattr(auto_leveling, "level", counting)
    win, _path = _window(session, tmp_path, qtbot, delay_ms=10)
    doc = win.document
    _grow_dig(win)  # a first edit, leveled in the background
    qtbot.waitUntil(lambda: doc.plan.task(2).leveling_delay_minutes == 4 * DAY, timeout=20000)
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    assert len(runs) == 1
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Dig'", duration_minutes=5 * DAY))
    win.ask_save_path = lambda *_a, **_k: tmp_path / "copy.gantry"
    win.save_copy_as()  # before the event loop runs: the notice is still queued
    assert len(runs) == 2
    assert doc.plan.task(2).leveling_delay_minutes == 5 * DAY
    qtbot.wait(300)  # far past the 10 ms a queued run would wait
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    assert len(runs) == 2
    win.close()


def test_s28al2_week_basis_message_agrees_with_who_is_named(session, tmp_path, qtbot):
    """Ana works two 1-day tasks the same Monday: over within the day, not within the week.
    Leveled on a Week by Week basis, nothing moves, and the message says so with the basis
    named, as gantry level does."""
    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.resource import Assignment, Resource
    from app.domain.task import Task
    from app.store.document import GantryFile
    from app.ui.team.leveling_actions import level_resources
    from tests.gui.test_s28al_auto_leveling_safe import MON

    plan = Plan(project=Project(name="Week", start=MON))
    plan.append_task(Task(1, "Dig", duration_minutes=DAY))
    plan.append_task(Task(2, "Fill", duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    options = replace(plan.project.leveling, basis=LevelingBasis.WEEK)
    plan.project = replace(plan.project, leveling=options)
    path = tmp_path / "week.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    said = level_resources(win.document, win)
    assert "Ana" in said  # named over-allocated within a week
    assert "no one is over-allocated." not in said
    assert "no one is over-allocated on a Week by Week basis" in said
    win.close()
