"""Changing a recurring task's pattern says which links of the old occurrences it drops.

Found building a plan as an MS Project user: the third steering meeting was linked to
Go-live, then the series was lengthened from 6 to 8 meetings in Recurring Task
Information; the occurrences were made again and the link to Go-live was gone, while
the status bar only said "Recurring task 'Steering': 8 occurrences, ...". Since s15q
the meetings the new pattern still holds stay, links and all, as in MS Project; a
meeting no longer held goes with its links (undo brings them back), and saying so
lets the PM link another meeting.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QSettings

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.app import Session
from app.ui.dialogs import recurring_dialog as rd
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    plan = Plan(project=Project(name="Steering", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=20 * 480))
    plan.append_task(Task(2, "Go-live", 1, milestone=True))
    plan.add_link(Link(1, 2, LinkType.FS))
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(plan), Session(Settings(settings)))
    qtbot.addWidget(win)
    count = {"n": 6}

    def ask(cls, parent, plan, name, rec):
        dialog = rd.RecurringTaskDialog(plan, name, rec, parent)
        dialog.name.setText("Steering")
        dialog.duration.setText("2h")
        dialog.count.setValue(count["n"])
        return dialog.task_name(), dialog.recurrence()

    monkeypatch.setattr(rd.RecurringTaskDialog, "ask", classmethod(ask))
    win.tree.setCurrentIndex(win.model.blank_index())
    rd.insert_recurring_task(win)
    win.count = count  # the next pattern's number of meetings
    return win


def _series(window):
    plan = window.document.plan
    summary = next(t.uid for t in plan.tasks if t.name == "Steering")
    return summary, [t.uid for t in plan.children(summary)]


def test_a_dropped_link_is_said_and_undo_brings_it_back(window):
    plan = window.document.plan
    summary, meetings = _series(window)
    assert window.document.schedule[meetings[2]].start.date() == date(2026, 3, 16)
    plan.add_link(Link(meetings[2], 2, LinkType.FS))
    window.count["n"] = 2  # the third meeting is no longer held (s15q: longer keeps it)
    rd.edit_recurring_task(window, summary)
    _, remade = _series(window)
    assert len(remade) == 2
    assert [lk.predecessor for lk in plan.links_into(2)] == [1]
    said = window.statusBar().currentMessage()
    assert said.startswith("Recurring task 'Steering': 2 occurrences")
    assert "1 link of the old occurrences dropped (Steering 3 -> Go-live)" in said
    window.document.undo_stack.undo()
    assert [lk.predecessor for lk in plan.links_into(2)] == [1, meetings[2]]


def test_a_longer_series_keeps_the_link(window):
    plan = window.document.plan
    summary, meetings = _series(window)
    plan.add_link(Link(meetings[2], 2, LinkType.FS))
    window.count["n"] = 8
    rd.edit_recurring_task(window, summary)
    _, remade = _series(window)
    assert remade[:6] == meetings
    assert [lk.predecessor for lk in plan.links_into(2)] == [1, meetings[2]]
    assert "dropped" not in window.statusBar().currentMessage()


def test_nothing_more_is_said_without_links(window):
    summary, _meetings = _series(window)
    window.count["n"] = 8
    rd.edit_recurring_task(window, summary)
    assert "dropped" not in window.statusBar().currentMessage()
