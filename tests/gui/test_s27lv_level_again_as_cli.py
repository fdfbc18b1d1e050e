"""Leveling a plan leveled before gives, in the window, what ``gantry level`` gives.

Both start from the plan without its leveling delays (MS Project's "Clear leveling values
before leveling"). The window reused the scheduler's network of the leveled plan, whose
tasks still held the last run's delays and splits: Level (Standard), then Leveling
Options > ID Only > Level All left 13 people over-allocated on a 550-task plan where the
CLI, given the same file and options, left 3.
"""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.leveling import LevelingOptions, LevelingOrder
from app.domain.leveling_resume import leveling_of
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.locale_dates import local_date
from app.store.document import GantryFile, read_plan, write_plan
from app.ui.dialogs.leveling_dialog import LevelingDialog
from app.ui.team.leveling_actions import clear_leveling, level_resources
from tests.bench.generate import make_plan

ID_ONLY = LevelingOptions(LevelingOrder.ID_ONLY)
MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _leveling(plan):
    return {t.uid: leveling_of(t) for t in plan.tasks}


def test_level_all_on_a_leveled_plan_gives_the_cli_answer(session, tmp_path, qtbot, monkeypatch):
    # 40 tasks, 3 people: Standard then ID Only differed here before the fix.
    path = tmp_path / "team.gantry"
    GantryFile.create(path, make_plan(40, 52, 1, 3, seed=1)).close()
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    doc = window.document
    window.action_collection["level_resources"].trigger()  # Standard, the plan's options
    assert any(_leveling(doc.plan).values())
    leveled_once = tmp_path / "leveled_once.gantry"
    write_plan(doc.plan, leveled_once)

    monkeypatch.setattr(
        LevelingDialog, "ask", classmethod(lambda cls, current, parent=None: (ID_ONLY, True))
    )
    window.action_collection["leveling_options"].trigger()  # ID Only, Level All
    assert doc.plan.project.leveling.order is LevelingOrder.ID_ONLY

    out = tmp_path / "cli.gantry"
    assert main(["level", str(leveled_once), "--order", "id", "-o", str(out)]) == 0
    cli = read_plan(out)
    assert _leveling(doc.plan) == _leveling(cli)
    after = schedule(cli)
    assert doc.schedule.finish == after.finish
    assert set(doc.costs.overallocated) == set(overallocated_resources(cli, after))


def test_the_message_names_the_longest_delay_as_the_column_shows_it(session, tmp_path, qtbot):
    window = _two_on_ana(session, tmp_path, qtbot)
    said = level_resources(window.document, window)
    # "41.5 days" sent the PM to a column showing 57ed: both units now, and the task
    assert "longest delay 6 working days ('Review', 8ed)." in said


def _two_on_ana(session, tmp_path, qtbot):
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=6 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 6 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    path = tmp_path / "ana.gantry"
    GantryFile.create(path, plan).close()
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_level_again_with_nothing_new_says_so_and_keeps_the_finish(session, tmp_path, qtbot):
    window = _two_on_ana(session, tmp_path, qtbot)
    level_resources(window.document, window)
    steps = window.document.undo_stack.count()
    said = level_resources(window.document, window)
    # "Delayed 1 task…" again claimed work it did not do
    assert said.startswith("The leveling delays are as they were: 1 task stays delayed or split.")
    assert "Finishes " in said
    assert "(unleveled " in said
    assert window.document.undo_stack.count() == steps  # no empty undo step


def test_clear_leveling_says_how_many_and_the_finish_as_the_cli(session, tmp_path, qtbot):
    window = _two_on_ana(session, tmp_path, qtbot)
    level_resources(window.document, window)
    said = clear_leveling(window.document)
    finish = local_date(window.document.schedule.finish)
    assert said == f"Leveling of 1 task cleared. Finishes {finish}."
    assert window.document.schedule.finish == datetime(
        2026, 1, 12, 17, 0
    )  # Design's 6 days, Review beside
