"""``gantry convert plan out.png --from A --to B`` kept the tasks active between the dates
in ID order and dropped the view: ``--filter milestones`` (or the plan's saved filter)
printed every task of March, ``--group`` printed no group. The dates now narrow the view's
rows: its filter, sort and groups stay, a group header only above a task it keeps."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, SortKey, TaskSort
from app.report.export import png_picture
from tests.gui.conftest import build_plan

# build_plan: 1 Design (2 Specs Mar 2-4, 3 Review Mar 5), 4 Build (5 Code Mar 6-12,
# 6 Test Mar 13-16), 7 Go-live (milestone, Mar 16)
MARCH_13_ON = {"date_from": "2026-03-13", "date_to": "2026-03-31"}
FIRST_WEEK = {"date_from": "2026-03-02", "date_to": "2026-03-05"}


@pytest.fixture(autouse=True)
def _qapp(qapp):
    return qapp


def _picture(**options):
    plan = build_plan()
    return plan, png_picture(plan, schedule(plan), **options)


def test_s18p_the_filter_stays_with_dates():
    _plan, picture = _picture(task_filter=TaskFilter(FilterKind.MILESTONES), **MARCH_13_ON)
    assert picture.uids == (7,)
    _plan, picture = _picture(task_filter=TaskFilter(FilterKind.NAME_CONTAINS, text="e"))
    assert picture.uids == (1, 2, 3, 4, 5, 6, 7)  # Build stays, above Code
    _plan, picture = _picture(
        task_filter=TaskFilter(FilterKind.NAME_CONTAINS, text="e"), **FIRST_WEEK
    )
    assert picture.uids == (1, 2, 3)


def test_s18p_the_sort_stays_with_dates():
    by_name = TaskSort((SortKey(SortField.NAME),), keep_outline=False)
    _plan, picture = _picture(task_sort=by_name, **MARCH_13_ON)
    assert picture.uids == (7, 6)  # Go-live, Test: by name, tasks only
    assert picture.flat


def test_s18p_groups_stay_with_dates_their_empty_headers_left_out():
    _plan, picture = _picture(task_group=built_in("milestones"), **FIRST_WEEK)
    headers = [picture.groups[k].label for k in picture.uids if k in picture.groups]
    tasks = [k for k in picture.uids if k not in picture.groups]
    assert len(headers) == 1  # the milestones' group has no task that week
    assert "No" in headers[0]
    assert tasks == [2, 3]  # a group lists tasks, not their summaries
    _plan, picture = _picture(task_group=built_in("milestones"), **MARCH_13_ON)
    labels = [picture.groups[k].label if k in picture.groups else k for k in picture.uids]
    assert len([x for x in labels if isinstance(x, str)]) == 2
    assert sorted(x for x in labels if isinstance(x, int)) == [6, 7]
    assert "Yes" in labels[labels.index(7) - 1]  # Go-live under the milestones' header


def test_s18p_no_view_prints_the_active_tasks_in_id_order_as_before():
    _plan, picture = _picture(**MARCH_13_ON)
    assert picture.uids == (4, 6, 7)


def test_s18p_a_filter_keeping_none_with_dates_says_the_filter(tmp_path, capsys):
    from app.store.document import write_plan

    source = tmp_path / "plan.gantry"
    write_plan(build_plan(), source)
    out = tmp_path / "out.png"
    argv = ["convert", str(source), str(out), "--from", "2026-03-13", "--to", "2026-03-31"]
    assert main([*argv, "--filter", "task-name-contains=zzz"]) == 1
    assert "No task matches the filter Task Name Contains 'zzz'" in capsys.readouterr().err
    assert main([*argv, "--filter", "task-name-contains=spec"]) == 1  # Specs ended Mar 4
    assert "no task is active between" in capsys.readouterr().err
    assert not out.exists()
    assert main([*argv, "--filter", "milestones"]) == 0
    assert out.exists()


def test_s18p_dates_dont_move_the_picture_start(qapp):
    """The dates asked for are the chart's, whatever the rows."""
    _plan, picture = _picture(task_filter=TaskFilter(FilterKind.MILESTONES), **MARCH_13_ON)
    assert picture.date_from == datetime(2026, 3, 13)
