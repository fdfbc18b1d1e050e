"""A workbook exported from Northwind's plan was taken back into Contoso's plan, cloned from
the same template, without a word: Northwind's 4d -> 9d landed in Contoso's plan (tester
s31xp, finding 1). The workbook's snapshot names the plan it came from: importing it into a
plan titled otherwise asks first, naming both plans. Open as a New Plan leaves this plan
alone; Review into This Plan Anyway takes it as before; Cancel does nothing. A workbook
taken back into its own plan (or a Save As copy of it, which keeps the title) asks nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.plan_identity import other_plan
from app.formats import write_plan
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_import
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.unit.excel_plans import sample_plan


def _named(name: str) -> Plan:
    plan = sample_plan()
    plan.project = replace(plan.project, name=name)
    return plan


@pytest.fixture
def returned(tmp_path: Path) -> Path:
    """Northwind's workbook, back with task 4 made 15d."""
    path = tmp_path / "northwind.xlsx"
    write_plan(_named("CRM roll-out for Northwind"), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("Duration") + 1).value = "15d"
    wb.save(path)
    return path


def _importing(monkeypatch, path: Path, answer: bool | None) -> tuple[list[str], list[int]]:
    asked: list[str] = []
    reviewed: list[int] = []
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(
        ExchangeDialogs,
        "other_plan",
        classmethod(lambda cls, parent, message: asked.append(message) or answer),
    )

    def review(cls, parent, items, project, notes=()):
        reviewed.append(len(items))
        return [i.change for i in items]

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    return asked, reviewed


def test_s31pf_another_plans_workbook_asks_naming_both_plans_and_opens_apart(
    qtbot, monkeypatch, returned: Path
) -> None:
    document = Document(_named("CRM roll-out for Contoso"))
    before = copy_plan(document.plan)
    asked, reviewed = _importing(monkeypatch, returned, False)
    plan = run_import(None, document)
    assert asked == [
        "northwind.xlsx was exported from 'CRM roll-out for Northwind', not from this plan "
        "'CRM roll-out for Contoso'"
    ]
    assert reviewed == []
    assert plan is not None  # Northwind's plan, with the client's edit, in a window of its own
    assert plan.project.name == "CRM roll-out for Northwind"
    assert plan.task(4).duration_minutes == 15 * 480
    assert document.plan.task(4).duration_minutes == before.task(4).duration_minutes
    assert document.undo_stack.count() == 0


def test_s31pf_cancel_changes_nothing_and_anyway_reviews_into_this_plan(
    qtbot, monkeypatch, returned: Path
) -> None:
    document = Document(_named("CRM roll-out for Contoso"))
    asked, reviewed = _importing(monkeypatch, returned, None)
    assert run_import(None, document) is None
    assert (len(asked), reviewed, document.undo_stack.count()) == (1, [], 0)
    asked, reviewed = _importing(monkeypatch, returned, True)
    with qtbot.waitSignal(document.sig_schedule_changed):
        assert run_import(None, document) is None
    assert reviewed == [1]
    assert document.plan.task(4).duration_minutes == 15 * 480
    assert document.undo_stack.count() == 1


def test_s31pf_its_own_plan_or_a_copy_of_it_asks_nothing(
    qtbot, monkeypatch, returned: Path
) -> None:
    document = Document(_named("  crm roll-out for NORTHWIND "))  # a Save As copy, spacing aside
    asked, reviewed = _importing(monkeypatch, returned, False)
    with qtbot.waitSignal(document.sig_schedule_changed):
        assert run_import(None, document) is None
    assert asked == []
    assert reviewed == [1]


def test_s31pf_a_plan_without_a_title_is_not_told_apart() -> None:
    assert other_plan(_named(""), _named("Contoso"), "x.xlsx") == ""
    assert other_plan(_named("Northwind"), _named(" "), "x.xlsx") == ""


def test_s31pf_the_question_offers_the_three_ways(qtbot, monkeypatch) -> None:
    seen: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append([b.text() for b in box.buttons()])
        box.grab().save("/tmp/s31pf_other_plan_box.png")
        button = next(b for b in box.buttons() if b.text() == "Open as a New Plan")
        assert isinstance(button, QPushButton)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ExchangeDialogs.other_plan(None, "x.xlsx was exported from 'A', not from 'B'") is False
    assert sorted(seen[0]) == sorted(
        ["Open as a New Plan", "Review into This Plan Anyway", "Cancel"]
    )
