"""Set Baseline refuses a name another baseline is known by.

A PM named Baseline 2 "Signed-off plan", the name Baseline 1 already had (or
"Baseline", Baseline 0's): the Budget view's list then offered two entries of
the same name and nothing told them apart. The dialog now says which
baseline has that name and stays open; nothing is saved.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.budget import baseline_dialog
from app.ui.budget.baseline_dialog import SetBaselineDialog, name_clash, set_baseline
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8, 0)


@pytest.fixture
def doc():
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480))
    return Document(plan)


def _save(doc, index, name, monkeypatch, parent):
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (index, False, name))
    )
    return set_baseline(doc, parent, [], MON)


def test_a_name_in_use_is_refused_with_the_baseline_that_has_it(doc, qtbot, monkeypatch):
    parent = baseline_dialog.QWidget()
    qtbot.addWidget(parent)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: said.append(text))
    assert _save(doc, 1, "Signed-off plan", monkeypatch, parent) == 1
    assert _save(doc, 2, " signed-off PLAN ", monkeypatch, parent) is None
    assert said == ["'signed-off PLAN' is already the name of Baseline 1: give this one another"]
    assert sorted(doc.plan.baselines) == [1]
    assert doc.undo_stack.count() == 1
    # Another baseline's own label is taken too, saved or not; a baseline's own is not.
    assert name_clash(doc.plan.baselines, 3, "Baseline") == (
        "'Baseline' is already the name of Baseline 0: give this one another"
    )
    assert name_clash(doc.plan.baselines, 3, "Baseline 4") is not None
    assert name_clash(doc.plan.baselines, 3, "Baseline 3") is None
    assert name_clash(doc.plan.baselines, 1, "Signed-off plan") is None
    assert name_clash(doc.plan.baselines, 3, "") is None


def test_the_dialog_stays_open_and_says_why(doc, qtbot, monkeypatch):
    from app.domain.baselines import snapshot

    plan = doc.plan
    plan.set_baseline(snapshot(plan, doc.schedule, doc.costs, 1, MON, name="Contract"))
    dialog = SetBaselineDialog(False, plan.baselines)
    qtbot.addWidget(dialog)
    dialog.which.setCurrentIndex(4)
    dialog.name.setText("contract")
    dialog.accept()
    assert dialog.result() != SetBaselineDialog.DialogCode.Accepted
    assert (
        dialog.problem.text()
        == "'contract' is already the name of Baseline 1: give this one another"
    )
    dialog.name.setText("Contract v2")
    assert dialog.problem.text() == ""
    dialog.accept()
    assert dialog.result() == SetBaselineDialog.DialogCode.Accepted
