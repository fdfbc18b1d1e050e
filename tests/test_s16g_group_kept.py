"""The group a plan was left grouped by is kept with its view (QSettings), as sort and filter."""

from __future__ import annotations

from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.ui.settings import PlanView, Settings


def test_a_custom_group_with_intervals_and_hierarchy_round_trips(tmp_path):
    settings = Settings()
    path = tmp_path / "plan.gantry"
    path.write_bytes(b"")
    group = GroupBy(
        (GroupKey(GroupField.DURATION, True, 2400.0), GroupKey("Text3")),
        keep_hierarchy=True,
        name="",
    )
    settings.set_plan_view(path, PlanView(task_group=group))
    assert settings.plan_view(path).task_group == group
    settings.set_plan_view(path, PlanView())
    assert settings.plan_view(path).task_group is None


def test_a_group_this_version_cannot_read_is_dropped(tmp_path):
    settings = Settings()
    path = tmp_path / "plan.gantry"
    path.write_bytes(b"")
    settings.set_plan_view(path, PlanView(task_group=GroupBy((GroupKey(GroupField.STATUS),))))
    store = settings._store
    key = next(k for k in store.allKeys() if k.startswith("state/plans/"))
    store.setValue(key, store.value(key).replace('"status"', '"colour"'))
    assert settings.plan_view(path).task_group is None
