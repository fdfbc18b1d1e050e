"""Customize Group By refuses an interval no calendar or figure can hold with one message,
and nothing is grouped: 1e15 days for Start grouped and then raised OverflowError in the
labels, 'inf' or 400 digits labelled every group 'nan - <nan', and 400 digits of days for
Duration raised OverflowError in the dialog. A custom Duration field's interval is a
length (1w), as the built-in Duration's is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget

from app.domain.custom_fields import CustomField
from app.domain.errors import AppError, InputError
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.grouping_rows import group_tasks
from app.domain.scheduler import schedule
from app.ui.dialogs.group_dialog import GroupDialog
from tests.gui.conftest import build_plan


@pytest.mark.parametrize(
    ("field", "interval"),
    [
        (GroupField.START, 1e15),
        (GroupField.FINISH, float("inf")),
        (GroupField.PRIORITY, float("inf")),
        (GroupField.COST, 1e308),
        (GroupField.DURATION, 1e23),
        ("Duration1", 1e23),
        ("Date1", 1e9),
    ],
)
def test_an_interval_past_what_can_be_shown_is_refused(field, interval):
    with pytest.raises(InputError, match="interval"):
        GroupKey(field, interval=interval)


def test_the_longest_date_interval_still_groups():
    plan = build_plan()
    key = GroupKey(GroupField.START, interval=438_000)
    groups = group_tasks(plan, schedule(plan), GroupBy((key,)))
    assert groups
    assert all(" - " in g.label for g in groups)


class _Window(QWidget):
    """What the dialog reads the custom fields off: the window's plan."""

    def __init__(self, plan):
        super().__init__()
        self.document = type("Doc", (), {"plan": plan})()


def _dialog(qtbot, plan):
    parent = _Window(plan)
    qtbot.addWidget(parent)
    dialog = GroupDialog(GroupBy(), plan.project, parent)
    dialog.keep = parent  # the parent lives as long as the dialog
    return dialog


def _pick(combo, data):
    at = combo.findData(data)
    assert at >= 0
    combo.setCurrentIndex(at)


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        (GroupField.DURATION, "9" * 400, "is too long"),  # as typed anywhere
        (GroupField.PRIORITY, "9" * 400, "is too large"),
        (GroupField.START, "1e15", "at most 438,000 days"),
        (GroupField.PRIORITY, "x" * 10_000, "is not a number"),
    ],
)
def test_the_dialog_says_why_in_one_short_line(qtbot, field, text, message):
    dialog = _dialog(qtbot, build_plan())
    _pick(dialog.rows[0].field, field)
    dialog.rows[0].interval.setText(text)
    with pytest.raises(AppError, match=message) as refused:
        dialog.grouping()
    assert len(str(refused.value)) < 200


def test_a_custom_duration_field_takes_a_length(qtbot):
    plan = build_plan()
    fields = (CustomField("Duration1", alias="Review time"),)
    plan.project = replace(plan.project, custom_fields=fields)
    dialog = _dialog(qtbot, plan)
    _pick(dialog.rows[0].field, "Duration1")
    dialog.rows[0].interval.setText("1w")
    assert dialog.grouping().keys == (GroupKey("Duration1", interval=5 * 480.0),)
    dialog.show_group(dialog.grouping())
    assert dialog.rows[0].interval.text() == "5d"  # shown as a length again
