"""Reopening a plan shows it as it was left: zoom, collapsed summaries, first row.

Before, closing the window and opening the same plan again came back at the
default zoom (days) with every summary expanded and the sheet at its top.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import PLAN_VIEWS_KEPT, PlanView, Settings

START = datetime(2026, 1, 5, 8, 0)


def _plan(phases: int = 40, each: int = 5) -> Plan:
    """``phases`` summaries of ``each`` one-day tasks; summary uids 1, 7, 13, ..."""
    plan = Plan(project=Project(name="Big", start=START))
    tasks, uid = [], 1
    for p in range(phases):
        tasks.append(Task(uid, f"Phase {p}", 1))
        uid += 1
        for k in range(each):
            tasks.append(Task(uid, f"Task {p}.{k}", 2, duration_minutes=480))
            uid += 1
    plan.insert_tasks(0, tasks)
    return plan


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "big.gantry"
    GantryFile.create(path, _plan()).close()
    return path


def _open(qtbot, settings: Settings, path: Path):
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    return window


def test_settings_keep_a_view_per_file(settings, tmp_path):
    one, two = tmp_path / "one.gantry", tmp_path / "two.gantry"
    view = PlanView("weeks", 12.5, START, 42, frozenset({1, 2, 3, 7, 10, 11}))
    settings.set_plan_view(one, view)
    assert settings.plan_view(one) == view
    assert settings.plan_view(tmp_path / "sub" / ".." / "one.gantry") == view
    assert settings.plan_view(two) is None


def test_only_the_most_recent_plans_views_are_kept(settings, tmp_path):
    paths = [tmp_path / f"p{k}.gantry" for k in range(PLAN_VIEWS_KEPT + 3)]
    for k, path in enumerate(paths):
        settings.set_plan_view(path, PlanView(top_uid=k))
    assert [settings.plan_view(p) for p in paths[:3]] == [None, None, None]
    assert settings.plan_view(paths[-1]) == PlanView(top_uid=len(paths) - 1)


def test_zoom_folds_and_first_row_come_back_when_the_plan_reopens(qtbot, settings, plan_file):
    window = _open(qtbot, settings, plan_file)
    window.resize(1200, 500)
    window.model.set_collapsed_uids({1, 13, 25})
    window.gantt.set_zoom("weeks")
    window.gantt.hbar.setValue(window.gantt.hbar.value() + 150)
    left = window.gantt.left_moment()
    top = window.model.index_of_uid(8)  # Phase 1's first task
    window.tree.scrollTo(top, window.tree.ScrollHint.PositionAtTop)
    assert window.tree.rowAt(0) == top.row()
    window.close()

    again = _open(qtbot, settings, plan_file)
    again.resize(1200, 500)
    assert again.model.collapsed_uids() == {1, 13, 25}
    assert again.gantt.zoom_level() == "weeks"
    assert abs((again.gantt.left_moment() - left).total_seconds()) < 86400
    qtbot.waitUntil(lambda: again.model.uid_of(again.model.index(again.tree.rowAt(0), 0)) == 8)
    again.close()


def test_another_plan_opens_as_new(qtbot, settings, plan_file, tmp_path):
    window = _open(qtbot, settings, plan_file)
    window.model.set_collapsed_uids({1})
    window.gantt.set_zoom("months")
    window.close()
    other = tmp_path / "other.gantry"
    GantryFile.create(other, _plan()).close()
    fresh = _open(qtbot, settings, other)
    assert fresh.model.collapsed_uids() == frozenset()
    assert fresh.gantt.zoom_level() == "days"
    fresh.close()


def test_tasks_deleted_since_are_passed_over(qtbot, settings, plan_file):
    gone, leaf = 9999, 2  # a uid no task has, and a task that is no summary
    settings.set_plan_view(
        plan_file, PlanView("weeks", 0.0, None, gone, frozenset({1, gone, leaf, 7}))
    )
    window = _open(qtbot, settings, plan_file)
    assert window.model.collapsed_uids() == {1, 7}
    assert window.gantt.zoom_level() == "days"  # no scale kept: the default
    assert window.model.uid_of(window.model.index(window.tree.rowAt(0), 0)) == 1
    window.close()


def test_a_window_left_on_another_view_keeps_the_zoom_from_before(qtbot, settings, plan_file):
    weeks = _open(qtbot, settings, plan_file)
    weeks.gantt.set_zoom("weeks")
    weeks.show_view("team")
    weeks.close()
    on_team = _open(qtbot, settings, plan_file)
    assert on_team.gantt is None  # the Gantt page is built when first shown
    on_team.close()
    kept = settings.plan_view(plan_file)
    assert kept is not None
    assert kept.zoom == "weeks"
    window = _open(qtbot, settings, plan_file)
    window.show_view("gantt")
    assert window.gantt.zoom_level() == "weeks"
    window.close()


def test_the_sort_and_filter_come_back_and_are_run_again(qtbot, settings, plan_file):
    from app.domain.filters import FilterKind, TaskFilter
    from app.domain.sorting import SortField, SortKey, TaskSort

    window = _open(qtbot, settings, plan_file)
    by_name = TaskSort((SortKey(SortField.NAME, descending=True),), keep_outline=True)
    named = TaskFilter(FilterKind.NAME_CONTAINS, text="Phase 1")
    from app.ui import filter_menu, sort_menu

    sort_menu.controller_of(window).apply(by_name)
    filter_menu.controller_of(window).apply(named)
    shown = list(window.model.shown_uids())
    window.close()
    kept = settings.plan_view(plan_file)
    assert kept is not None
    assert (kept.task_sort, kept.task_filter) == (by_name, named)

    again = _open(qtbot, settings, plan_file)
    assert again.model.row_sort() is not None
    assert again.model.row_filter() is not None
    assert list(again.model.shown_uids()) == shown
    assert sort_menu.controller_of(again).current == by_name
    assert filter_menu.controller_of(again).current == named
    again.close()


def test_rows_listed_as_in_the_plan_keep_no_sort_or_filter(qtbot, settings, plan_file):
    window = _open(qtbot, settings, plan_file)
    window.close()
    kept = settings.plan_view(plan_file)
    assert kept is not None
    assert (kept.task_sort, kept.task_filter) == (None, None)


def test_a_filter_on_a_person_who_left_is_not_restored(qtbot, settings, plan_file):
    from app.domain.filters import FilterKind, TaskFilter

    gone = TaskFilter(FilterKind.USING_RESOURCE, resource_uid=77)
    settings.set_plan_view(plan_file, PlanView(task_filter=gone))
    assert settings.plan_view(plan_file).task_filter == gone
    window = _open(qtbot, settings, plan_file)
    assert window.model.row_filter() is None
    window.close()


def test_a_window_left_on_another_view_keeps_the_first_row_from_before(qtbot, settings, plan_file):
    settings.set_plan_view(plan_file, PlanView(top_uid=8))
    window = _open(qtbot, settings, plan_file)
    window.show_view("team")
    window.close()
    kept = settings.plan_view(plan_file)
    assert kept is not None
    assert kept.top_uid == 8
