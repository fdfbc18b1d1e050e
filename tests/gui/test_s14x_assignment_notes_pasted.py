"""Assignment notes pasted from a slide keep their lines and stay writable to any format.

PowerPoint (and Word's text boxes) break lines inside a paragraph with U+000B; pasted into
Assignment Information's Notes, Qt keeps that character, and MS Project XML cannot hold it:
the plan saved as .xml was not well-formed and neither MS Project nor Gantry could open it
again. The notes typed now keep such a break as a line break and drop the other control
characters no file format can hold.
"""

from __future__ import annotations

from datetime import datetime

from app import formats
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document


def _doc() -> Document:
    plan = Plan(project=Project(name="Notes", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 480))
    return Document(plan)


def test_pasted_notes_keep_their_lines_and_save_as_ms_project_xml(qtbot, tmp_path):
    doc = _doc()
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Scope:\x0bAPI only\x07\tphase 1\nthen review")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(1).notes == "Scope:\nAPI only\tphase 1\nthen review"
    out = tmp_path / "plan.xml"
    formats.write_plan(doc.plan, out)
    assert formats.read_plan(out).assignment(1).notes == doc.plan.assignment(1).notes


def test_notes_only_control_characters_are_no_change(qtbot):
    doc = _doc()
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("\x07\x01")
    dialog.accept()
    assert dialog.last_command is None
    assert doc.undo_stack.count() == 0


def test_a_team_members_pasted_notes_too(qtbot, tmp_path):
    from app.ui.team.resource_dialog import ResourceDialog

    doc = _doc()
    dialog = ResourceDialog(doc.plan, doc.plan.resource(1))
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Day rate agreed:\x0b600 EUR\x01")
    person = dialog.resource()
    assert person.notes == "Day rate agreed:\n600 EUR"
    doc.plan.update_resource(person)
    out = tmp_path / "team.xml"
    formats.write_plan(doc.plan, out)
    assert formats.read_plan(out).resource(1).notes == person.notes
