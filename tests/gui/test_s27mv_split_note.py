"""Split Task's dialog says that its pause moves with the task and points to Add Days Off for
an absence (s27xa finding 7: a split made for a holiday drifted past it)."""

from __future__ import annotations

from app.store.document import GantryFile
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan

CODE = 5


def test_the_split_dialog_points_to_add_days_off_for_an_absence(qtbot):
    dialog = SplitDialog(Document(build_plan()), CODE)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    note = dialog.findChild(type(dialog.error), "split_note")
    assert note.isVisible()
    assert "moves with the task" in note.text()
    assert "Resource > Add Days Off" in note.text()
    dialog.grab().save("/tmp/s27mv/split_dialog.png")
    dialog.close()


def test_the_split_commands_tip_says_it_too(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.tree.select_uids([CODE], CODE)
    action = window.action_collection["split_task"]
    qtbot.waitUntil(action.isEnabled)
    assert "Resource > Add Days Off" in action.statusTip()


def test_a_split_stops_the_work_where_typed_when_the_person_has_a_day_off(qtbot):
    """The offset counts on the task's people's working time, as the scheduler lays the
    pause: on the project calendar alone the work stopped a day late."""
    from datetime import date, datetime

    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.resource import Assignment, Resource
    from app.domain.splits import Split, TaskClocks
    from app.domain.task import Task
    from app.domain.vacations import add_vacation

    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))  # a Monday
    plan.append_task(Task(1, "Build", duration_minutes=4 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * 480))
    add_vacation(plan, 1, date(2026, 1, 6), date(2026, 1, 6))  # Ana is off Tuesday
    document = Document(plan)
    dialog = SplitDialog(document, 1)
    qtbot.addWidget(dialog)
    dialog.at.setDateTime(datetime(2026, 1, 8, 8))  # Thursday morning
    dialog.pause.setText("1d")
    document.undo_stack.push(dialog.command())
    assert plan.task(1).splits == (Split(2 * 480, 480),)  # Mon and Wed done
    parts = TaskClocks(plan).parts(plan.task(1), document.schedule[1])
    assert parts[0][1] == datetime(2026, 1, 7, 17)
    assert parts[1][0] == datetime(2026, 1, 9, 8)  # Thursday paused
