"""A new plan saved over an old file opens as a new plan: not with the old file's filter,
sort, group or folds, which the user's settings remember by the file's path.

A PM redoing a plan from scratch (File > New, the same name, Replace) found the first
tasks typed hidden by the old plan's Critical filter and Indent greyed by its grouping.
MS Project keeps a view in the file, so a new file starts with none.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.app import Session
from app.ui.settings import Settings


def _new_plan() -> Plan:
    return Plan(project=Project(name="Office move", start=datetime(2027, 3, 1, 8, 0)))


def test_s18x_new_plan_over_an_old_file_opens_unfiltered(qtbot, tmp_path):
    session = Session(Settings())
    path = tmp_path / "office.gantry"
    old = session.create_plan(path, _new_plan())
    assert old is not None
    qtbot.addWidget(old)
    old.action_collection["filter_critical"].trigger()
    old.action_collection["sort_by_duration"].trigger()
    old.action_collection["group_critical"].trigger()
    assert old.model.row_filter() is not None
    old.close()  # the window's view is remembered for the path

    new = session.create_plan(path, _new_plan())  # the save dialog asked to replace it
    assert new is not None
    qtbot.addWidget(new)
    assert new.model.row_filter() is None
    assert new.model.row_sort() is None
    assert new.model.row_group() is None
    assert not new.status_filter.isVisibleTo(new)
    new.close()
