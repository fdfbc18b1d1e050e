"""Assign Resources on a recurring task: the Units column showed the first occurrence's
units for someone whose units differ among the occurrences. It shows their range, as
the People cell does; left alone or committed as it reads, each occurrence keeps its
own; one number typed goes on every occurrence."""

from __future__ import annotations

import pytest

from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog
from app.ui.document import Document
from tests.s18rc_recurring_plan import (
    BOB,
    BOB_UNITS,
    CLEO,
    SYNC_UID,
    bob_units,
    occurrence_uids_of,
    recurring_plan,
    units_on,
)
from tests.test_s18rc_units_commit import _commit


def _dialog(qtbot, tasks: list[int]) -> AssignResourcesDialog:
    widget = AssignResourcesDialog(Document(recurring_plan(ann_on_summary=False)), lambda: tasks)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture
def dialog(qtbot):
    return _dialog(qtbot, [SYNC_UID])


def test_s18rc_units_column_shows_the_range(dialog):
    assert dialog.table.units_of(BOB) == "25-75%"


def test_s18rc_the_range_committed_as_it_reads_keeps_each_occurrences_units(qtbot, dialog):
    plan = dialog.document.plan
    _commit(qtbot, dialog, BOB, "25-75%")
    assert dialog.error.text() == ""
    dialog.table.type_units(CLEO, "50%")
    assert dialog.assign(), dialog.error.text()
    assert bob_units(plan) == list(BOB_UNITS)
    assert [units_on(plan, u)[CLEO] for u in occurrence_uids_of(plan)] == [0.5] * 4


def test_s18rc_the_range_left_alone_keeps_each_occurrences_units(dialog):
    dialog.table.tick([BOB])
    assert dialog.assign(), dialog.error.text()
    assert bob_units(dialog.document.plan) == list(BOB_UNITS)


def test_s18rc_one_number_typed_goes_on_every_occurrence(dialog):
    dialog.table.type_units(BOB, "40%")
    assert dialog.assign(), dialog.error.text()
    assert bob_units(dialog.document.plan) == [0.4] * 4


def test_s18rc_the_range_cannot_go_on_a_task_without_the_person(qtbot):
    dialog = _dialog(qtbot, [SYNC_UID, 1])
    plan = dialog.document.plan
    dialog.table.tick([BOB])
    assert not dialog.assign()
    assert dialog.error.text() == (
        "Bob: units 25-75% differ among the occurrences of 'Sync': type the units for 'Build'"
    )
    assert units_on(plan, 1) == {}
    assert dialog.document.undo_stack.count() == 0
