"""Recurring Task… on the real window: insert, edit from Task Information, undo, file, MSPDI."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.recurrence_tasks import NonWorkingOccurrence, TaskRecurrence
from app.domain.task import ConstraintType, DurationUnit, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

MON_THU = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (0, 3), occurrences=6),
    date(2026, 3, 2),
    duration_minutes=60,
    duration_unit=DurationUnit.HOURS,
)
WEDNESDAYS = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 2, (2,)),
    date(2026, 3, 2),
    end=date(2026, 4, 30),
    duration_minutes=120,
)


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def _answer(monkeypatch, name, rec):
    monkeypatch.setattr(
        RecurringTaskDialog, "ask", classmethod(lambda cls, parent, plan, n, r: (name, rec))
    )


def _insert(window, monkeypatch, rec=MON_THU):
    _answer(monkeypatch, "Status meeting", rec)
    window.tree.select_uids([7])  # above Go-live, at its level
    window.action_collection["recurring_task"].trigger()
    plan = window.document.plan
    return next(uid for uid in plan.recurrences)


def _occurrences(window, uid):
    doc = window.document
    return [
        (t.name, doc.schedule[t.uid].start, doc.schedule[t.uid].finish)
        for t in doc.plan.children(uid)
    ]


def test_insert_makes_a_summary_with_one_pinned_subtask_per_occurrence(window, monkeypatch):
    doc = window.document
    uid = _insert(window, monkeypatch)
    plan = doc.plan
    summary = plan.task(uid)
    assert summary.name == "Status meeting"
    assert plan.index_of(uid) == 6  # where Go-live was
    assert plan.recurrences == {uid: MON_THU}
    children = plan.children(uid)
    assert [c.name for c in children] == [f"Status meeting {i}" for i in range(1, 7)]
    assert {c.constraint_type for c in children} == {ConstraintType.SNET}
    starts = [doc.schedule[c.uid].start for c in children]
    assert starts[:3] == [
        datetime(2026, 3, 2, 8),
        datetime(2026, 3, 5, 8),
        datetime(2026, 3, 9, 8),
    ]
    assert doc.schedule[children[-1].uid].finish == datetime(2026, 3, 19, 9)
    assert doc.schedule[uid].start == starts[0]
    assert "6 occurrences" in window.statusBar().currentMessage()
    assert doc.undo_stack.count() == 1

    doc.undo_stack.undo()
    assert not plan.has_task(uid)
    assert plan.recurrences == {}
    assert [t.uid for t in plan.tasks] == [1, 2, 3, 4, 5, 6, 7]
    doc.undo_stack.redo()
    assert plan.recurrences == {uid: MON_THU}
    assert len(plan.children(uid)) == 6


def test_task_information_on_the_summary_changes_the_pattern_in_one_step(window, monkeypatch):
    doc = window.document
    uid = _insert(window, monkeypatch)
    before = _occurrences(window, uid)
    seen = []

    def ask(cls, parent, plan, name, rec):
        seen.append((name, rec))
        return "Review", WEDNESDAYS

    monkeypatch.setattr(RecurringTaskDialog, "ask", classmethod(ask))
    window.tree.select_uids([uid])
    window.action_collection["task_information"].trigger()
    assert seen == [("Status meeting", MON_THU)]
    plan = doc.plan
    assert plan.task(uid).name == "Review"
    assert plan.recurrences[uid] == WEDNESDAYS
    # every other Wednesday from March 4 until April 30
    assert [s for _n, s, _f in _occurrences(window, uid)] == [
        datetime(2026, 3, 4, 8),
        datetime(2026, 3, 18, 8),
        datetime(2026, 4, 1, 8),
        datetime(2026, 4, 15, 8),
        datetime(2026, 4, 29, 8),
    ]
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert plan.recurrences[uid] == MON_THU
    assert _occurrences(window, uid) == before
    doc.undo_stack.redo()
    assert len(plan.children(uid)) == 5


def test_an_occurrence_opens_the_ordinary_task_dialog(window, monkeypatch):
    uid = _insert(window, monkeypatch)
    child = window.document.plan.children(uid)[0].uid
    opened = []
    monkeypatch.setattr(
        RecurringTaskDialog, "ask", classmethod(lambda *a: opened.append(a) or None)
    )
    import app.ui.dialogs.task_dialog as task_dialog

    monkeypatch.setattr(task_dialog.TaskDialog, "exec", lambda self: opened.append(self.uid) or 0)
    window._on_task_activated(child)
    assert opened == [child]


def test_the_pattern_is_kept_in_the_file_and_in_ms_project_xml(window, monkeypatch, tmp_path):
    uid = _insert(window, monkeypatch)
    path = window.document.path
    window.close()
    plan = read_plan(path)
    assert plan.recurrences == {uid: MON_THU}
    assert len(plan.children(uid)) == 6

    xml = tmp_path / "recurring.xml"
    write_mspdi(plan, xml)
    assert xml.read_text(encoding="utf-8").count("<Recurring>1</Recurring>") == 1
    back = read_mspdi(xml)
    assert set(back.recurrences) == {uid}
    found = back.recurrences[uid]
    # MS Project XML keeps only the occurrences: the pattern read back makes the same ones
    assert found.pattern.kind is RecurrenceKind.WEEKLY
    assert found.pattern.weekdays == (0, 3)
    assert [t.constraint_date for t in back.children(uid)] == [
        t.constraint_date for t in plan.children(uid)
    ]


def test_deleting_the_recurring_task_and_undoing_keeps_its_pattern(window, monkeypatch):
    doc = window.document
    uid = _insert(window, monkeypatch)
    window.tree.select_uids([uid])
    window.action_collection["delete_task"].trigger()
    assert uid not in doc.plan.recurrences
    doc.undo_stack.undo()
    assert doc.plan.recurrences == {uid: MON_THU}
    path = doc.path
    window.close()
    assert read_plan(path).recurrences == {uid: MON_THU}


def test_the_dialog_reads_its_fields_and_previews_the_occurrences(qtbot):
    plan = build_plan()
    dialog = RecurringTaskDialog(plan, "", None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Backup")
    dialog.duration.setText("2")  # a bare number: the project's unit (days)
    dialog.kind.setCurrentIndex(2)  # monthly
    dialog.by_weekday.setChecked(True)
    dialog.ordinal.setCurrentIndex(4)  # last
    dialog.weekday.setCurrentIndex(4)  # Friday
    dialog.count.setValue(3)
    dialog.non_working.setCurrentIndex(1)
    rec = dialog.recurrence()
    assert rec.pattern.kind is RecurrenceKind.MONTHLY_BY_WEEKDAY
    assert (rec.pattern.week_of_month, rec.pattern.weekday, rec.pattern.occurrences) == (5, 4, 3)
    assert rec.duration_minutes == 2 * 480
    assert rec.non_working is NonWorkingOccurrence.SKIP
    assert dialog.preview.text().startswith("3 occurrences")
    assert "Fri 2026-03-27" in dialog.preview.text()
    assert dialog._weekly_row.isHidden()
    assert not dialog._weekday_row.isHidden()
    dialog.name.setText(" ")
    dialog.accept()
    assert dialog.error.text() == "the recurring task needs a name"
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.kind.setCurrentIndex(1)  # weekly, on no day
    for box in dialog.weekdays:
        box.setChecked(False)
    assert dialog.error.text() == "pick at least one day of the week"
    assert dialog.preview.text() == ""


def test_a_read_only_plan_shows_the_pattern_without_ok(qtbot, monkeypatch):
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

    class _ReadOnlyFile:
        read_only = True
        path = None

    plan = build_plan()
    plan.insert_tasks(7, [Task(20, "Meetings"), Task(21, "Meetings 1", 2)])
    plan.recurrences = {20: MON_THU}
    window = MainWindow(Document(plan, _ReadOnlyFile()), settings=Settings())
    qtbot.addWidget(window)
    assert not window.action_collection["recurring_task"].isEnabled()
    shown = []
    monkeypatch.setattr(RecurringTaskDialog, "exec", lambda self: shown.append(self) or 0)
    window._on_task_activated(20)
    (dialog,) = shown
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.name.text() == "Meetings"
    assert window.document.undo_stack.count() == 0
    window.close()
