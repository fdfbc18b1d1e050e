"""A recurring task's People cell is honest about occurrences whose units differ: it
showed the first occurrence's units (Bob[25%] where he works 25, 50, 75 and 33 %), so
retyping the cell, or adding someone to it, put 25 % on every occurrence. Units that
differ now show as their range, and typed back as they read keep each occurrence's own
(MS Project's recurring summary holds no assignment of its own: the occurrences do)."""

from __future__ import annotations

import pytest

from app.domain.assigning import format_assignments, units_spread
from app.domain.errors import InputError
from app.domain.resource import Assignment
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand
from tests.s18rc_recurring_plan import (
    BOB,
    BOB_UNITS,
    CEMENT,
    CLEO,
    SYNC_UID,
    bob_units,
    occurrence_uids_of,
    recurring_plan,
    units_on,
)


@pytest.fixture
def doc() -> Document:
    return Document(recurring_plan(ann_on_summary=False))


def _type(doc: Document, text: str, task_uid: int = SYNC_UID) -> None:
    execute(doc, SetAssignmentsCommand(doc, task_uid, text))


def test_s18rc_the_cell_shows_the_range_of_units_that_differ(doc):
    assert format_assignments(doc.plan, SYNC_UID) == "Bob[25-75%]"
    assert units_spread(doc.plan, SYNC_UID) == {BOB: (0.25, 0.75)}


def test_s18rc_retyping_the_cell_as_it_reads_changes_nothing(doc):
    _type(doc, format_assignments(doc.plan, SYNC_UID))
    assert bob_units(doc.plan) == list(BOB_UNITS)  # exactly, 1/3 too


def test_s18rc_adding_someone_keeps_each_occurrences_units(doc):
    _type(doc, "Bob[25-75%], Cleo[50%]")
    assert bob_units(doc.plan) == list(BOB_UNITS)
    assert [units_on(doc.plan, u)[CLEO] for u in occurrence_uids_of(doc.plan)] == [0.5] * 4
    assert format_assignments(doc.plan, SYNC_UID) == "Bob[25-75%], Cleo[50%]"
    doc.undo_stack.undo()
    assert all(CLEO not in units_on(doc.plan, u) for u in occurrence_uids_of(doc.plan))


def test_s18rc_one_number_typed_goes_on_every_occurrence(doc):
    _type(doc, "Bob[50%]")
    assert bob_units(doc.plan) == [0.5] * 4
    assert format_assignments(doc.plan, SYNC_UID) == "Bob[50%]"


def test_s18rc_another_range_is_refused_naming_the_one_shown(doc):
    with pytest.raises(InputError, match=r"'Bob\[10-20%\]'.*Bob\[25-75%\] keeps each"):
        _type(doc, "Bob[10-20%]")
    assert bob_units(doc.plan) == list(BOB_UNITS)
    assert doc.undo_stack.count() == 0


def test_s18rc_a_range_on_an_ordinary_task_is_refused(doc):
    with pytest.raises(InputError, match="one number such as 50%"):
        _type(doc, "Bob[25-75%]", task_uid=1)
    assert units_on(doc.plan, 1) == {}


def test_s18rc_units_that_read_the_same_show_once(doc):
    plan = doc.plan
    for k, uid in enumerate(occurrence_uids_of(plan)):
        units = 1 / 3 if k % 2 else 0.33333333
        plan.add_assignment(Assignment(50 + k, uid, CLEO, units=units, work_minutes=20))
    assert format_assignments(plan, SYNC_UID) == "Bob[25-75%], Cleo[33.33%]"
    _type(doc, "Bob[25-75%], Cleo[33.33%]")
    assert [units_on(plan, u)[CLEO] for u in occurrence_uids_of(plan)] == [
        0.33333333,
        1 / 3,
    ] * 2


def test_s18rc_a_materials_range_shows_in_its_label(doc):
    plan = doc.plan
    for k, uid in enumerate(occurrence_uids_of(plan)):
        plan.add_assignment(Assignment(60 + k, uid, CEMENT, units=2.0 + k, work_minutes=0))
    assert format_assignments(plan, SYNC_UID) == "Bob[25-75%], Cement[2-5 t]"
    _type(doc, format_assignments(plan, SYNC_UID))
    assert [units_on(plan, u)[CEMENT] for u in occurrence_uids_of(plan)] == [2.0, 3.0, 4.0, 5.0]


def test_s18rc_the_sheets_people_cell_shows_the_range_and_takes_it_back(qtbot, tmp_path):
    from PySide6.QtCore import QSettings, Qt

    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.models.task_edits import Column
    from app.ui.settings import Settings

    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(recurring_plan(ann_on_summary=False)), Session(Settings(settings)))
    qtbot.addWidget(window)
    plan, model = window.document.plan, window.model
    cell = model.index_of_uid(SYNC_UID, Column.RESOURCES)
    assert cell.data() == "Bob[25-75%]"
    assert model.setData(cell, "Bob[25-75%], Cleo", Qt.ItemDataRole.EditRole)
    assert bob_units(plan) == list(BOB_UNITS)
    assert cell.data() == "Bob[25-75%], Cleo"
    assert not model.setData(cell, "Bob[30-60%]", Qt.ItemDataRole.EditRole)
    assert "Bob[25-75%] keeps each occurrence's own units" in window.statusBar().currentMessage()
    assert bob_units(plan) == list(BOB_UNITS)
