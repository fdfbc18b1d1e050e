"""Assign Resources as MS Project's: units typed per row, a Cost column, Replace….

Before, the dialog had one Units box for every ticked person, read a material's units
as a percentage, showed no cost and could not replace someone; the People cell took
"Ann[5000000%]", past the roster's 1,000,000 %.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.costs import cost_of_assignment
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.ui.app import Session
from app.ui.budget.money import money
from app.ui.dialogs.assign_grid import COST, MARK, NAME, UNITS
from app.ui.dialogs.assign_replace_dialog import ReplaceResourceDialog
from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog, assign_resources_action
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.team.roster_model import RosterColumn, edited

START = datetime(2026, 3, 2, 8, 0)
ANN, BOB, CLEO, CEMENT = 1, 2, 3, 4
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lab", start=START))
    plan.append_task(Task(1, "Design", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * DAY, effort_driven=True))
    plan.add_resource(Resource(ANN, "Ann", standard_rate=50.0))
    plan.add_resource(Resource(BOB, "Bob", standard_rate=40.0))
    plan.add_resource(Resource(CLEO, "Cleo", standard_rate=60.0, max_units=1.5))
    plan.add_resource(
        Resource(
            CEMENT, "Cement", type=ResourceType.MATERIAL, material_label="t", standard_rate=90.0
        )
    )
    plan.add_assignment(Assignment(1, 2, CLEO, units=1.0, work_minutes=3 * DAY))
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(w)
    return w


def _open(window: MainWindow, *tasks: int) -> AssignResourcesDialog:
    window.tree.select_uids(list(tasks))
    return assign_resources_action(window)


def _staff(plan: Plan, task_uid: int) -> dict[str, float]:
    return {plan.resource(a.resource_uid).name: a.units for a in plan.assignments_of_task(task_uid)}


def _work(plan: Plan, task_uid: int) -> int:
    return sum(a.work_minutes for a in plan.assignments_of_task(task_uid))


def test_s17assign_units_typed_per_row_assign_two_people_in_one_click(window):
    plan = window.document.plan
    dialog = _open(window, 1)
    dialog.table.type_units(ANN, "50%")
    dialog.table.type_units(BOB, "100")
    assert dialog.checked_uids() == [ANN, BOB]  # typing units ticks the row
    before = window.document.undo_stack.count()
    assert dialog.assign(), dialog.error.text()
    assert _staff(plan, 1) == {"Ann": 0.5, "Bob": 1.0}
    assert dialog.table.text_at(ANN, UNITS) == "50%"
    assert dialog.table.text_at(BOB, UNITS) == "100%"
    assert dialog.table.text_at(ANN, MARK) == "✓"
    assert dialog.table.text_at(CLEO, MARK) == ""
    stack = window.document.undo_stack
    assert stack.count() == before + 1
    assert stack.undoText() == "Assign Resources"
    stack.undo()
    assert _staff(plan, 1) == {}


def test_s17assign_material_units_are_a_quantity_in_its_label(window):
    plan = window.document.plan
    dialog = _open(window, 1)
    dialog.table.type_units(CEMENT, "3 t")
    assert dialog.assign(), dialog.error.text()
    assert _staff(plan, 1) == {"Cement": 3.0}  # not 3 %: a quantity
    assert dialog.table.text_at(CEMENT, UNITS) == "3 t"
    dialog.table.type_units(CEMENT, "2,5")  # the label may be left out
    assert dialog.assign(), dialog.error.text()
    assert _staff(plan, 1) == {"Cement": 2.5}
    before = window.document.undo_stack.count()
    dialog.table.type_units(CEMENT, "4 kg")
    assert dialog.error.text() == (
        "Cement: Units '4 kg': Cement is counted in t; type a quantity such as 3 t"
    )
    assert not dialog.assign()
    assert window.document.undo_stack.count() == before
    assert _staff(plan, 1) == {"Cement": 2.5}


@pytest.mark.parametrize("typed", ["5000000%", "1000000.5"])
def test_s17assign_grid_units_past_the_roster_limit_are_refused(window, typed):
    plan = window.document.plan
    dialog = _open(window, 1)
    dialog.table.type_units(ANN, typed)
    before = window.document.undo_stack.count()
    assert not dialog.assign()
    assert dialog.error.text() == f"Ann: Units: '{typed}' is not between 0% and 1,000,000%"
    assert window.document.undo_stack.count() == before
    assert _staff(plan, 1) == {}
    dialog.table.type_units(ANN, "1000000%")
    assert dialog.assign(), dialog.error.text()
    assert _staff(plan, 1) == {"Ann": 10000.0}


def test_s17assign_cost_column_is_the_plans_cost_of_each_assignment(window):
    doc = window.document
    plan = doc.plan
    dialog = _open(window, 2)
    dialog.table.type_units(ANN, "50%")
    dialog.table.type_units(CEMENT, "3 t")
    assert dialog.assign(), dialog.error.text()
    # Effort-driven: Cleo's 3 days of work are shared at 150 %: 2 days (16 h), Ann 8 h.
    assert plan.task(2).duration_minutes == 2 * DAY
    expected = {CLEO: 16 * 60.0, ANN: 8 * 50.0, CEMENT: 3 * 90.0}
    for a in plan.assignments_of_task(2):
        res = plan.resource(a.resource_uid)
        priced = cost_of_assignment(plan, doc.schedule, a, res).cost
        assert priced == pytest.approx(expected[res.uid])
        assert dialog.table.text_at(res.uid, COST) == money(plan.project, priced)
    assert dialog.table.text_at(BOB, COST) == ""  # not on the task: no cost


def test_s17assign_replace_keeps_the_work_of_an_effort_driven_task_and_undoes_in_one(window):
    plan = window.document.plan
    dialog = _open(window, 2)
    before_assignments = list(plan.assignments)
    before_task = plan.task(2)
    assert _work(plan, 2) == 3 * DAY
    assert dialog.replace_with(CLEO, {ANN: None, BOB: "50%"}), dialog.error.text()
    assert _staff(plan, 2) == {"Ann": 1.0, "Bob": 0.5}  # blank: Cleo's 100 %
    assert _work(plan, 2) == 3 * DAY  # the task's work is kept
    assert plan.task(2).duration_minutes == 2 * DAY  # shared at 150 %
    stack = window.document.undo_stack
    assert stack.undoText() == "Replace Resource"
    stack.undo()
    assert plan.assignments == before_assignments
    assert plan.task(2) == before_task


def test_s17assign_replace_button_swaps_the_highlighted_person(window, monkeypatch):
    plan = window.document.plan
    dialog = _open(window, 2)
    asked: list[int] = []

    def ask(cls, parent, plan_, old_uid):
        asked.append(old_uid)
        return {BOB: "100%"}

    monkeypatch.setattr(ReplaceResourceDialog, "ask", classmethod(ask))
    dialog.table.setCurrentCell(dialog.table.row(_item(dialog, "Ann")), NAME)
    assert not dialog.replace()  # Ann is not on Build
    assert "Highlight a person on the selected task" in dialog.error.text()
    dialog.table.setCurrentCell(dialog.table.row(_item(dialog, "Cleo")), NAME)
    assert dialog.replace(), dialog.error.text()
    assert asked == [CLEO]
    assert _staff(plan, 2) == {"Bob": 1.0}
    assert _work(plan, 2) == 3 * DAY
    assert dialog.table.text_at(BOB, MARK) == "✓"


def test_s17assign_replace_refuses_someone_already_on_the_task(window):
    plan = window.document.plan
    dialog = _open(window, 2)
    dialog.table.type_units(ANN, "50%")
    assert dialog.assign()
    before = window.document.undo_stack.count()
    assert not dialog.replace_with(CLEO, {ANN: None})
    assert dialog.error.text() == "'Ann' is already on 'Build': untick them to replace"
    assert window.document.undo_stack.count() == before
    assert _staff(plan, 2) == {"Cleo": 1.0, "Ann": 0.5}


def test_s17assign_replace_dialog_reads_each_row_units(qtbot):
    plan = _plan()
    dialog = ReplaceResourceDialog(plan, CLEO)
    qtbot.addWidget(dialog)
    names = [dialog.grid.item(r, NAME).text() for r in range(dialog.grid.rowCount())]
    assert names == ["Ann", "Bob", "Cement"]  # everyone but the one replaced
    dialog.grid.type_units(BOB, "25%")
    dialog.grid.tick([ANN])
    assert dialog.read() == {ANN: None, BOB: "25%"}
    dialog.grid.type_units(CEMENT, "lots")
    dialog._on_ok()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Cement: Units 'lots'")


def test_s17assign_dialog_follows_the_selection(window):
    dialog = _open(window, 1)
    assert dialog.task_label.text() == "Task: Design"
    assert dialog.table.text_at(CLEO, MARK) == ""
    assert dialog.table.text_at(CLEO, COST) == ""
    window.tree.select_uids([2])
    assert dialog.task_label.text() == "Task: Build"
    assert dialog.table.text_at(CLEO, MARK) == "✓"
    assert dialog.table.text_at(CLEO, UNITS) == "100%"
    assert dialog.table.text_at(CLEO, COST) == money(window.document.plan.project, 24 * 60.0)
    assert dialog.table.item(0, NAME).text() == "Cleo"  # the people on the task first


def test_s17assign_people_cell_refuses_units_past_the_roster_limit_in_its_words(window, qtbot):
    plan = window.document.plan
    model = window.tree.model()
    index = _people_cell(model, 1)
    with pytest.raises(InputError) as roster:
        edited(plan.resource(ANN), RosterColumn.MAX_UNITS, "5000000%")
    words = str(roster.value).removeprefix("Max units: ")
    assert words == "'5000000%' is not between 0% and 1,000,000%"
    with qtbot.waitSignal(window.tree.model().sig_error) as blocker:
        assert not model.setData(index, "Ann[5000000%]", Qt.ItemDataRole.EditRole)
    assert blocker.args[0] == f"Ann's units: {words}"
    assert plan.assignments_of_task(1) == []
    assert model.setData(index, "Ann[1000000%]", Qt.ItemDataRole.EditRole)
    assert _staff(plan, 1) == {"Ann": 10000.0}


def _people_cell(model, task_uid: int):
    from app.ui.models.roles import TaskUidRole

    for row in range(model.rowCount()):
        index = model.index(row, Column.RESOURCES)
        if index.data(TaskUidRole) == task_uid:
            return index
    raise AssertionError(task_uid)


def _item(dialog: AssignResourcesDialog, name: str):
    hits = dialog.table.findItems(name, Qt.MatchFlag.MatchExactly)
    assert hits, name
    return hits[0]


def test_s17assign_people_left_on_the_task_keep_their_units(window):
    plan = window.document.plan
    plan.add_assignment(Assignment(2, 1, ANN, units=1 / 3, work_minutes=320))
    dialog = _open(window, 1)
    assert dialog.table.text_at(ANN, UNITS) == "33.3333%"
    dialog.table.type_units(BOB, "50%")
    assert dialog.assign(), dialog.error.text()
    units = {a.resource_uid: a.units for a in plan.assignments_of_task(1)}
    assert units[ANN] == pytest.approx(1 / 3, abs=1e-6)  # the People cell's text: 0.3333
    assert units[BOB] == 0.5
