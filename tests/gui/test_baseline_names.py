"""Baselines keep a name: typed in Set Baseline, read from GanttProject, kept in .gantry."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import read_plan
from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.view import BudgetView
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8, 0)
SAVED = datetime(2026, 1, 9, 16, 30)


def _doc() -> Document:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * 480))
    return Document(plan)


@pytest.fixture
def view(qtbot):
    widget = BudgetView(_doc(), clock=lambda: SAVED)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(monkeypatch, index, name):
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (index, False, name))
    )


def test_a_typed_name_labels_the_baseline_everywhere_and_undo_takes_it_back(view, monkeypatch):
    doc = view.document
    _choose(monkeypatch, 1, "  Signed-off plan ")
    view.set_baseline()
    assert doc.plan.baselines[1].name == "Signed-off plan"
    assert doc.undo_stack.undoText() == "Set Signed-off plan for the project"
    texts = [view.variance_baseline.itemText(k) for k in range(view.variance_baseline.count())]
    assert texts[0] == "Baseline"
    assert texts[1] == "Signed-off plan (last saved on Fri 2026-01-09 16:30)"
    assert texts[2] == "Baseline 2"
    doc.undo_stack.undo()
    assert 1 not in doc.plan.baselines
    view.refresh()
    assert view.variance_baseline.itemText(1) == "Baseline 1"


def test_saving_again_without_a_name_keeps_the_name(view, monkeypatch):
    doc = view.document
    _choose(monkeypatch, 0, "Contract")
    view.set_baseline()
    dialog = SetBaselineDialog(False, doc.plan.baselines)
    assert dialog.which.itemText(0).startswith("Contract (last saved on")
    assert dialog.name.text() == "Contract"  # it opens on baseline 0 and shows its name
    dialog.which.setCurrentIndex(3)
    assert dialog.name.text() == ""  # baseline 3 has none
    dialog.which.setCurrentIndex(0)
    assert dialog.name.text() == "Contract"
    assert dialog.answer()[:3] == (0, False, "Contract")
    dialog.name.clear()
    assert dialog.answer()[:3] == (0, False, "")


def test_the_name_survives_the_gantry_file(tmp_path, view, monkeypatch):
    from app.store.document import write_plan

    _choose(monkeypatch, 4, "Re-plan after audit")
    view.set_baseline()
    path = tmp_path / "named.gantry"
    write_plan(view.document.plan, path)
    again = read_plan(path)
    assert again.baselines[4].label() == "Re-plan after audit"
    assert again.baselines[4].entries == view.document.plan.baselines[4].entries


def test_a_ganttproject_baseline_name_survives_conversion(shared_data, tmp_path, capsys):
    out = tmp_path / "baseline.gantry"
    source = shared_data / "gan/blyoa-task-in-baseline-crossing-one-off-holiday.gan"
    assert main(["convert", str(source), str(out)]) == 0
    assert [b.label() for b in read_plan(out).baselines.values()] == ["baseline A"]
