"""The task sheet's Overtime Work and Regular Work columns: 8h of overtime typed on a 40h
task of one person makes it 4 days, as MS Project schedules it, in one undo step; bad
input is one message naming the field and changes nothing.

The sample plan (tests/gui/conftest.py): Code (uid 5) lasts 5 days; Ana (100 %) works it.
"""

from __future__ import annotations

import pytest

from app.domain.resource import Assignment, Resource
from app.ui.column_catalog import COLUMN_GROUPS
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import HEADERS, Column
from app.ui.status_said import sentence
from tests.gui.conftest import build_plan
from tests.test_s21wk_work_window import _typed_in_editor

H = 60
SHOWN = (Column.WORK, Column.OVERTIME_WORK, Column.REGULAR_WORK)


def _document(people: int = 1) -> Document:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, overtime_rate=150.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, 40 * H))
    if people > 1:
        plan.add_assignment(Assignment(2, 5, 2, 1.0, 40 * H))
    return Document(plan)


def _window(qtbot, people: int = 1) -> MainWindow:
    win = MainWindow(_document(people))
    qtbot.addWidget(win)
    win.resize(1500, 500)
    for column in SHOWN:
        insert_column(win.tree, column)
    with qtbot.waitExposed(win):
        win.show()
    win.document.undo_stack.clear()
    return win


def _cells(window: MainWindow, uid: int = 5) -> tuple[str, ...]:
    model = window.tree.task_model()
    columns = (Column.DURATION, *SHOWN)
    return tuple(model.index_of_uid(uid, c).data() for c in columns)


def test_s23ot_columns_are_offered_with_ms_projects_titles():
    assert (HEADERS[Column.OVERTIME_WORK], HEADERS[Column.REGULAR_WORK]) == (
        "Overtime Work",
        "Regular Work",
    )
    assert {Column.OVERTIME_WORK, Column.REGULAR_WORK} <= set(COLUMN_GROUPS["Cost and work"])


def test_s23ot_8h_overtime_typed_makes_the_task_4_days_in_one_undo_step(qtbot):
    window = _window(qtbot)
    assert _cells(window) == ("5d", "40h", "0h", "40h")
    _typed_in_editor(window, 5, Column.OVERTIME_WORK, "8h")
    assert _cells(window) == ("4d", "40h", "8h", "32h")
    assert _cells(window, 4)[2:] == ("8h", "32h")  # the summary: its subtasks'
    stack = window.document.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Set overtime work of 'Code'")
    window.tree.grab().save("/tmp/s23ot_columns.png")
    stack.undo()
    assert _cells(window) == ("5d", "40h", "0h", "40h")
    stack.redo()
    assert _cells(window) == ("4d", "40h", "8h", "32h")
    _typed_in_editor(window, 5, Column.OVERTIME_WORK, "8h")  # its own text back: no step
    assert stack.count() == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("lots", "Overtime Work: 'lots' is not work (try 8h, 1.5d)"),
        ("-2h", "Overtime Work: '-2h': work cannot be negative"),
        (
            "50h",
            "Overtime Work must be less than the work of 'Ana' on 'Code' (40h): "
            "50h leaves no regular work",
        ),
    ],
)
def test_s23ot_bad_overtime_is_one_message_and_changes_nothing(qtbot, text, said):
    window = _window(qtbot)
    plan = window.document.plan
    before = (list(plan.tasks), list(plan.assignments))
    _typed_in_editor(window, 5, Column.OVERTIME_WORK, text)
    assert window.statusBar().currentMessage() == sentence(said)
    assert (list(plan.tasks), list(plan.assignments)) == before
    assert window.document.undo_stack.count() == 0


def test_s23ot_a_task_with_two_people_points_to_each_ones_row(qtbot):
    window = _window(qtbot, people=2)
    _typed_in_editor(window, 5, Column.OVERTIME_WORK, "8h")
    said = window.statusBar().currentMessage()
    assert "2 people work on it" in said
    assert "Overtime Work" in said
    assert window.document.undo_stack.count() == 0


def _info(qtbot, doc: Document, **typed: str):
    from app.ui.dialogs.assignment_info import AssignmentInfoDialog

    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    for field, text in typed.items():
        getattr(dialog, field).setText(text)
    dialog.accept()
    return dialog


def test_s23ot_assignment_information_takes_overtime_in_one_step(qtbot):
    doc = _document()
    dialog = _info(qtbot, doc, overtime="8h")
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.task(5).duration_minutes == 4 * 8 * H
    assert doc.plan.assignment(1).overtime_work_minutes == 8 * H
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(5).duration_minutes == 5 * 8 * H
    assert doc.plan.assignment(1).overtime_work_minutes == 0
    # with more work typed at once: 48 h, 8 h of it overtime, is 5 days again
    dialog = _info(qtbot, doc, work="48h", overtime="8h")
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.task(5).duration_minutes == 5 * 8 * H
    assert doc.undo_stack.count() == 1


def test_s23ot_assignment_information_refuses_overtime_beyond_the_work(qtbot):
    doc = _document()
    dialog = _info(qtbot, doc, overtime="40h")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Overtime Work must be less than the work of 'Ana'")
    assert doc.plan.assignment(1).overtime_work_minutes == 0
    assert doc.undo_stack.count() == 0


def test_s23ot_the_printout_writes_the_columns_as_the_sheet():
    from app.domain.assignment_work import apply_edit
    from app.domain.overtime_work import overtime_edit
    from app.report.columns import CellText

    doc = _document()
    apply_edit(doc.plan, overtime_edit(doc.plan, 1, 8 * H))
    cells = CellText(doc.plan, doc.schedule, {}, doc.costs)
    assert [cells.text(5, k) for k in ("work", "overtime_work", "regular_work")] == [
        "40h",
        "8h",
        "32h",
    ]
