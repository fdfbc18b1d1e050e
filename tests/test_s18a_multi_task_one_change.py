"""Multiple Task Information on thousands of tasks is one change of the plan.

OK wrote one task edit (and one assignment edit per person a new duration moved) after
another: each told the views, the lookups and the scheduler on its own, ~1.6 s on 5k
tasks. The fields now go to every task as one change of the tasks and one of their
people's work, rescheduled once, one undo step; what the plan holds after OK and after
undo is what it was (checked byte-identical on a generated plan with progress, manual
and fixed-work tasks, saved and reopened).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from app.domain.events import Change, Entity
from app.domain.task import TaskType
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.multi_task_edits import TITLE
from app.ui.document import Document
from tests.bench.generate import make_plan

DAY = 480


def _doc() -> Document:
    plan = make_plan(200, 300, 3, 10)
    for t in plan.tasks[::9]:
        if not plan.is_summary(t.uid):
            plan.update_task(replace(t, task_type=TaskType.FIXED_WORK))
    return Document(plan)


def _count(doc: Document) -> tuple[Counter[Entity], list[int]]:
    changes: Counter[Entity] = Counter()
    reschedules: list[int] = []

    def seen(change: Change) -> None:
        changes[change.entity] += 1

    doc.plan.changes.subscribe(seen)
    doc.sig_changed.connect(lambda: reschedules.append(1))
    return changes, reschedules


def test_s18a_a_duration_on_every_task_is_one_change_one_reschedule_one_step(qtbot):
    doc = _doc()
    plan = doc.plan
    before_tasks, before_people = list(plan.tasks), list(plan.assignments)
    plain = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)]
    fixed_work = {t.uid for t in plan.tasks if t.task_type is TaskType.FIXED_WORK}
    work = {a.uid: a.work_minutes for a in plan.assignments}
    dialog = MultiTaskDialog(doc, [t.uid for t in plan.tasks])
    qtbot.addWidget(dialog)
    dialog.duration.setText("3d")
    dialog.priority.setValue(777)
    changes, reschedules = _count(doc)
    dialog.accept()
    assert not dialog.error.text()
    assert {plan.task(u).duration_minutes for u in plain} == {3 * DAY}
    assert {t.priority for t in plan.tasks} == {777}
    for a in plan.assignments:  # work follows the new duration, or units do (fixed work)
        if a.task_uid in fixed_work:
            assert a.work_minutes == work[a.uid]
        else:
            assert a.work_minutes == round(3 * DAY * a.units)
    assert changes == Counter({Entity.TASK: 1, Entity.ASSIGNMENT: 1})
    assert len(reschedules) == 1
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == TITLE
    changes.clear()
    reschedules.clear()
    doc.undo_stack.undo()
    assert plan.tasks == before_tasks
    assert plan.assignments == before_people
    assert changes == Counter({Entity.TASK: 1, Entity.ASSIGNMENT: 1})
    assert len(reschedules) == 1


def test_s18a_a_field_no_task_changes_for_is_no_step(qtbot):
    doc = _doc()
    plan = doc.plan
    dialog = MultiTaskDialog(doc, [t.uid for t in plan.tasks])
    qtbot.addWidget(dialog)
    dialog.priority.setValue(777)
    dialog.accept()
    dialog = MultiTaskDialog(doc, [t.uid for t in plan.tasks])
    qtbot.addWidget(dialog)
    dialog.priority.setValue(777)  # as they all are now
    changes, _ = _count(doc)
    dialog.accept()
    assert doc.undo_stack.count() == 1
    assert not changes


def test_s18a_the_saved_file_takes_the_one_change(qtbot, tmp_path):
    from app.store.document import GantryFile

    path = tmp_path / "many.gantry"
    GantryFile.create(path, _doc().plan).close()
    file = GantryFile.open(path)
    try:
        doc = Document(file.plan, file)
        dialog = MultiTaskDialog(doc, [t.uid for t in doc.plan.tasks])
        qtbot.addWidget(dialog)
        dialog.duration.setText("2d")
        dialog.accept()
        tasks, people = list(doc.plan.tasks), list(doc.plan.assignments)
    finally:
        file.close()
    reopened = GantryFile.open(path)
    try:
        assert reopened.plan.tasks == tasks
        assert reopened.plan.assignments == people
    finally:
        reopened.close()


def test_s18a_update_assignments_announces_those_changed_once():
    plan = make_plan(40, 30, 1, 4)
    seen: list[Change] = []
    plan.changes.subscribe(seen.append)
    first, second = plan.assignments[:2]
    olds = plan.update_assignments([replace(first, work_minutes=first.work_minutes + 60), second])
    assert olds == [first]  # the second is as it was: not changed, not returned
    assert plan.assignment(first.uid).work_minutes == first.work_minutes + 60
    assert [(c.entity, c.keys) for c in seen] == [(Entity.ASSIGNMENT, (first.uid,))]
    assert plan.update_assignments([second]) == []
    assert len(seen) == 1
