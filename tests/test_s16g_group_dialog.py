"""Customize Group By…: keys, orders, intervals and Maintain hierarchy read off the dialog."""

from __future__ import annotations

from app.domain.grouping import GroupBy, GroupField, GroupKey, built_in
from app.domain.project import Project
from app.ui.dialogs.group_dialog import GroupDialog


def _pick(combo, data):
    at = combo.findData(data)
    assert at >= 0
    combo.setCurrentIndex(at)


def test_the_dialog_reads_three_keys_with_intervals(qtbot):
    project = Project(name="P")
    dialog = GroupDialog(GroupBy(), project)
    qtbot.addWidget(dialog)
    first, second, third = dialog.rows
    assert first.field.currentData() is GroupField.RESOURCE_NAMES  # No Group offers Resource
    assert second.field.currentData() is None
    _pick(first.field, GroupField.DURATION)
    first.interval.setText("1w")
    _pick(second.field, GroupField.START)
    second.order.setCurrentIndex(1)
    second.interval.setText("7")
    _pick(third.field, GroupField.CRITICAL)
    assert not third.interval.isEnabled()  # a flag is not grouped in intervals
    dialog.keep_hierarchy.setChecked(True)
    assert dialog.grouping() == GroupBy(
        (
            GroupKey(GroupField.DURATION, interval=5 * 480.0),
            GroupKey(GroupField.START, True, 7.0),
            GroupKey(GroupField.CRITICAL),
        ),
        keep_hierarchy=True,
    )


def test_a_bad_interval_is_said_and_the_dialog_stays(qtbot):
    dialog = GroupDialog(GroupBy(), Project(name="P"))
    qtbot.addWidget(dialog)
    _pick(dialog.rows[0].field, GroupField.COST)
    dialog.rows[0].interval.setText("lots")
    dialog._on_ok()
    assert dialog.result() == 0
    assert dialog.error.text() == "Interval 'lots' is not a number"
    dialog.rows[0].interval.setText("1000")
    dialog._on_ok()
    assert dialog.result() == 1


def test_the_dialog_shows_the_current_group_and_resets(qtbot):
    project = Project(name="P")
    current = built_in("duration_priority")
    dialog = GroupDialog(current, project)
    qtbot.addWidget(dialog)
    assert [r.field.currentData() for r in dialog.rows] == [
        GroupField.DURATION,
        GroupField.PRIORITY,
        None,
    ]
    assert dialog.rows[1].order.currentIndex() == 1  # Priority: highest first
    assert dialog.grouping().keys == current.keys
    dialog.reset()
    assert dialog.grouping() == GroupBy((GroupKey(GroupField.RESOURCE_NAMES),))
