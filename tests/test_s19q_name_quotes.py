"""Every undo text and message of the Team view, the task sheet's cells and the dialogs quotes a
task's or a person's name as app.ui.commands.quoted does: past 40 characters it is cut with
'…' (a 300-character name made an Undo item, or a message, as long); a name of 40 characters
or fewer reads exactly as before. The long cases fail on e01abb7, the short ones pass there."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import AppError, InputError
from app.domain.hyperlinks import Hyperlink
from app.domain.resource import Resource
from app.ui.commands import execute
from app.ui.dialogs.assign_staffing import staff_people
from app.ui.dialogs.assign_units import staffing_replacing
from app.ui.dialogs.hyperlink_dialog import hyperlink_command
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.find_query import FindQuery, Matcher, replace_command, typed_in
from app.ui.mark_on_track import summary_percent_command
from app.ui.models.custom_columns import custom_column, custom_command
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_model_hyperlinks import hyperlink_cell_command
from app.ui.models.task_model_tracking import accrual_cell_command, progress_duration_command
from app.ui.outline_commands import swapped_order
from app.ui.team.commands import (
    AddResourceCommand,
    RemoveResourceCommand,
    SetAssignmentsCommand,
    SetAssignmentWorkCommand,
    UpdateResourceCommand,
)
from app.ui.team.person_details import details_command
from app.ui.team.roster_model import RosterColumn, RosterModel, check_name, check_unique_name
from tests.gui.test_usage_view import staffed_plan

LONG = "Integration of the payment provider's sandbox with the order service"
SHOWN = "'Integration of the payment provider's sa…'"
PERSON = "Maria Fernanda Rodriguez de la Torre y Villanueva"
PERSON_SHOWN = "'Maria Fernanda Rodriguez de la Torre y V…'"
SPECS, DESIGN = 2, 1  # Specs (Ana and Ben on it) under the summary Design
ANA = 1
NAMES = [(LONG, SHOWN), ("Specs", "'Specs'")]
PEOPLE = [(PERSON, PERSON_SHOWN), ("Ana", "'Ana'")]


def _document(task: str = "Specs", person: str = "Ana", uid: int = SPECS) -> Document:
    plan = staffed_plan()
    plan.update_task(replace(plan.task(uid), name=task))
    plan.update_resource(replace(plan.resource(ANA), name=person))
    return Document(plan)


def _text(document: Document, command) -> str:
    assert command is not None
    execute(document, command)
    return document.undo_stack.undoText()


# ------------------------------------------------------------ the Team view's undo texts


@pytest.mark.parametrize(("person", "shown"), PEOPLE)
def test_s19q_team_commands_quote_the_person(person, shown):
    document = _document(person=person)
    plan = document.plan
    added = Resource(9, person + " (contractor)")
    assert _text(document, AddResourceCommand(document, added)) == (
        f"Add {shown if len(person) > 40 else repr(added.name)} to the team"
    )
    edited = replace(plan.resource(ANA), initials="MF")
    assert _text(document, UpdateResourceCommand(document, edited)) == f"Edit {shown}"
    ana_on_specs = next(
        a.uid for a in plan.assignments if a.resource_uid == ANA and a.task_uid == SPECS
    )
    assert _text(document, SetAssignmentWorkCommand(document, ana_on_specs, 4 * 480)) == (
        f"Work of {shown} on 'Specs'"
    )
    assert _text(document, RemoveResourceCommand(document, ANA)) == f"Remove {shown} from the team"


def test_s19q_details_names_the_person_as_they_were():
    document = _document(person=PERSON)
    old = document.plan.resource(ANA)
    command = details_command(document, old, replace(old, name="Ana"))
    assert _text(document, command) == f"Edit {PERSON_SHOWN}"


@pytest.mark.parametrize(("task", "shown"), NAMES)
def test_s19q_staffing_quotes_the_task(task, shown):
    document = _document(task=task)
    assert _text(document, SetAssignmentsCommand(document, SPECS, "Ben")) == (
        f"Assign people to {shown}"
    )
    assert _text(document, staff_people(document, SPECS, {ANA: "50%"})) == (
        f"Assign people to {shown}"
    )


def test_s19q_a_person_already_on_the_task_is_quoted_cut():
    document = _document(task=LONG, person=PERSON)
    with pytest.raises(InputError) as caught:
        staffing_replacing(document.plan, SPECS, 2, {ANA: None})  # Ben -> Ana, on already
    assert str(caught.value) == (f"{PERSON_SHOWN} is already on {SHOWN}: untick them to replace")


# ------------------------------------------------------- the task sheet's cells and dialogs


@pytest.mark.parametrize(("task", "shown"), NAMES)
def test_s19q_cell_edits_quote_the_task(task, shown):
    document = _document(task=task)
    model = TaskTreeModel(document)
    command = custom_command(document, SPECS, custom_column("Text1"), "x")
    assert _text(document, command) == f"Set Text1 of {shown}"
    assert _text(document, accrual_cell_command(document, SPECS, "Start")) == (
        f"Set fixed cost accrual of {shown}"
    )
    command = progress_duration_command(document, SPECS, Column.ACTUAL_DURATION, "1d")
    assert _text(document, command) == f"Set actual duration of {shown}"
    command = hyperlink_cell_command(document, SPECS, Column.HYPERLINK_ADDRESS, "https://x.org")
    assert _text(document, command) == f"Set hyperlink address of {shown}"
    command = hyperlink_cell_command(document, SPECS, Column.HYPERLINK_ADDRESS, "")
    assert _text(document, command) == f"Remove hyperlink from {shown}"
    command = typed_in(model, SPECS, Column.NOTES, "a note")
    assert _text(document, command) == f"Set notes of {shown}"
    command = hyperlink_command(document, SPECS, Hyperlink("h", "https://x.org"))
    assert _text(document, command) == f"Insert hyperlink on {shown}"


@pytest.mark.parametrize(("task", "shown"), [(LONG, SHOWN), ("Design", "'Design'")])
def test_s19q_summary_edits_and_refusals_quote_the_task(task, shown):
    document = _document(task=task, uid=DESIGN)
    with pytest.raises(InputError) as caught:
        progress_duration_command(document, DESIGN, Column.ACTUAL_DURATION, "1d")
    assert str(caught.value) == (
        f"the actual duration of summary task {shown} comes from its subtasks"
    )
    assert _text(document, summary_percent_command(document, DESIGN, 50)) == (
        f"Set % complete of {shown}"
    )
    with pytest.raises(AppError) as caught:
        swapped_order(document.plan, [DESIGN], down=False)
    assert str(caught.value) == f"{shown} is already the first there"


@pytest.mark.parametrize(("task", "shown"), NAMES)
def test_s19q_replace_all_refused_names_the_task_cut(task, shown):
    model = TaskTreeModel(_document(task=task))
    matcher = Matcher(model, FindQuery("3", Column.DURATION))
    with pytest.raises(InputError) as caught:
        replace_command(model, matcher, [SPECS], "x")
    assert str(caught.value).startswith(f"Task 2 {shown}, Duration: ")


@pytest.mark.parametrize(("person", "shown"), PEOPLE)
def test_s19q_the_roster_quotes_the_person(person, shown):
    document = _document(person=person)
    model = RosterModel(document)
    assert model.setData(model.index(0, RosterColumn.ROLE), "Lead")
    assert document.undo_stack.undoText() == f"Edit role of {shown}"
    with pytest.raises(InputError) as caught:
        check_unique_name(document.plan.resources, 2, person.upper())
    assert str(caught.value) == (
        f"{shown} is already in the team; give each person a name of their own"
    )


@pytest.mark.parametrize(
    ("name", "shown"), [(PERSON + ", Ana", PERSON_SHOWN), ("Ana, Ben", "'Ana, Ben'")]
)
def test_s19q_a_name_with_a_separator_is_quoted_cut(name, shown):
    with pytest.raises(InputError) as caught:
        check_name(name)
    assert str(caught.value).startswith(f"{shown}: a name cannot hold ,")


@pytest.mark.parametrize(("task", "shown"), NAMES)
def test_s19q_the_task_dialogs_quote_the_task(qtbot, task, shown):
    document = _document(task=task)
    dialog = TaskDialog(document, SPECS)
    qtbot.addWidget(dialog)
    dialog.duration.setText("4d")
    assert _text(document, dialog.command()) == f"Edit task {shown}"
    split = SplitDialog(document, SPECS)
    qtbot.addWidget(split)
    assert _text(document, split.command()) == f"Split task {shown}"
