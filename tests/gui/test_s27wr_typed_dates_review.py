"""Taking back a client's hand-off shows the dates the client typed and what they cost.

A PM exported a client hand-off (no rates); the client moved the Finish of one task a
week and the Start of another. The review listed "Duration 15d -> 20d" and a constraint,
never the dates typed, nor that accepting added work, cost and moved the project's
finish; after "Apply accepted" the status bar said nothing. Now each typed date is one
row with what the plan does to honour it, the review says what the ticked changes do to
the finish, work and cost (again when a box is unticked), and the status bar says what
was applied.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt

from app.assets import resource_path
from app.cli import main
from app.ui.app import Session
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.settings import Settings

CORE = 27  # ERP integration: 15d, one person
DATA = 12  # Data model design: its Start typed later


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _returned(plan: Path, tmp_path: Path, finish_days: int = 7, core: int = CORE) -> Path:
    """The plan's client hand-off, its Finish of ``core`` moved ``finish_days`` later and
    the Start of DATA typed a week later, as the client saves it."""
    workbook = tmp_path / "handoff.xlsx"
    assert main(["convert", str(plan), str(workbook), "--client"]) == 0
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    uid, start, finish = (header.index(t) for t in ("UID", "Start", "Finish"))
    for row in ws.iter_rows(min_row=2):
        if row[uid].value == core:
            row[finish].value = row[finish].value + timedelta(days=finish_days)
        if row[uid].value == DATA:
            row[start].value = row[start].value + timedelta(days=7)
    back = tmp_path / "handoff_back.xlsx"
    wb.save(back)
    return back


def _review(window, qtbot, monkeypatch, workbook: Path, untick: bool = False):  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    told: list[str] = []

    def ask(cls, parent, items, project, notes=()):  # type: ignore[no-untyped-def]
        dialog = cls(items, project, parent, notes)
        qtbot.addWidget(dialog)
        dialog.resize(1300, 420)
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.grab().save("/tmp/s27wr_review.png")
        rows = dialog.change_rows()
        seen["rows"] = [[n.text(c) for c in range(5)] for n in rows]
        seen["impact"] = dialog.impact.text()
        seen["all"] = dialog.show_impact()
        if untick:
            finish = next(k for k, n in enumerate(rows) if n.text(0).startswith("Finish"))
            dialog.set_accepted(finish, False)
            qtbot.waitUntil(
                lambda: dialog.impact.text() != seen["all"] and "…" not in dialog.impact.text()
            )
            seen["unticked"] = dialog.impact.text()
        accepted = dialog.accepted_changes()
        dialog.close()
        return accepted

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: workbook))
    window.action_collection["import_plan"].trigger()
    told.append(window.statusBar().currentMessage())
    seen["told"] = told
    return seen


def test_s27wr_a_typed_finish_is_shown_as_typed_with_what_the_plan_does(
    window, qtbot, tmp_path, monkeypatch
):
    document = window.document
    finish_before = document.schedule[CORE].finish
    seen = _review(window, qtbot, monkeypatch, _returned(document.path, tmp_path))
    rows = seen["rows"]
    assert isinstance(rows, list)
    finish = next(r for r in rows if r[0] == "Finish, typed by the client")
    assert finish[1] == finish_before.strftime("%Y-%m-%d %H:%M")  # the plan's, then the typed
    assert finish[2] == (finish_before + timedelta(days=7)).strftime("%Y-%m-%d %H:%M")
    assert finish[4] == "Duration 15d → 20d"  # what the plan does to honour it
    start = next(r for r in rows if r[0] == "Start, typed by the client")
    assert start[4].startswith("Constraint Type As Soon As Possible → Start No Earlier Than")
    # no second row for what the typed dates became
    assert not any(r[0] in ("Duration", "Constraint Type") for r in rows)


def test_s27wr_the_review_says_what_the_ticked_changes_cost(window, qtbot, tmp_path, monkeypatch):
    document = window.document
    cost_before = document.costs.total_cost
    seen = _review(window, qtbot, monkeypatch, _returned(document.path, tmp_path), untick=True)
    every = str(seen["all"])
    assert every == seen["impact"]  # said as the dialog opens
    assert every.startswith("Accepting the 2 ticked changes: Project finish ")
    assert "Work 2,106h → 2,146h (+40h)" in every  # 5 more days of one person
    assert "Cost " in every
    assert "(+" in every.split("Cost ")[1]
    assert "tasks move" in every
    # the Finish unticked: its work and cost are no longer counted
    unticked = str(seen["unticked"])
    assert unticked.startswith("Accepting the 1 ticked change: ")
    assert "Work 2,106h as before" in unticked
    # the status bar says what was applied: one change, no cost
    told = seen["told"]
    assert isinstance(told, list)
    assert len(told) == 1
    assert told[0].startswith("handoff_back.xlsx: 1 change applied; project finish")
    assert "cost" not in told[0]
    assert document.costs.total_cost == pytest.approx(cost_before)


def test_s27wr_after_apply_the_status_bar_says_finish_work_and_cost(
    window, qtbot, tmp_path, monkeypatch
):
    document = window.document
    finish, cost = document.schedule.finish, document.costs.total_cost
    seen = _review(window, qtbot, monkeypatch, _returned(document.path, tmp_path))
    told = seen["told"]
    assert isinstance(told, list)
    assert len(told) == 1
    more = document.costs.total_cost - cost
    assert more > 0
    assert document.schedule.finish > finish
    text = told[0]
    assert text.startswith("handoff_back.xlsx: 2 changes applied; project finish ")
    assert document.schedule.finish.strftime("%Y-%m-%d %H:%M") in text
    assert "work +40h" in text
    assert f"cost +€{more:,.2f}" in text  # the demo counts in euros


def test_s27wr_a_big_plan_works_the_impact_out_on_a_button(window, qtbot, tmp_path, monkeypatch):
    from app.ui.exchange import review_impact

    monkeypatch.setattr(review_impact, "LIVE_TASKS", 10)  # the demo counts as a big plan
    workbook = _returned(window.document.path, tmp_path)
    said: list[str] = []

    def ask(cls, parent, items, project, notes=()):  # type: ignore[no-untyped-def]
        dialog = cls(items, project, parent, notes)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        said.append(dialog.impact.text())  # worked out once as it opens
        assert dialog.impact_button.isVisible()
        dialog.set_all(False)
        said.append(dialog.impact.text())  # not again until asked
        qtbot.mouseClick(dialog.impact_button, Qt.MouseButton.LeftButton)
        said.append(dialog.impact.text())
        dialog.close()
        return []

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: workbook))
    window.action_collection["import_plan"].trigger()
    assert said[0].startswith("Accepting the 2 ticked changes: Project finish ")
    assert said[1] == "The ticked changes changed: Show impact says what they do."
    assert said[2] == "No change ticked: the plan stays as it is."


def test_s27wr_a_typed_finish_that_changes_nothing_is_said(window, qtbot, tmp_path, monkeypatch):
    """Core CRM configuration's person is away the week after it: its Finish typed a week
    later is the same 15 days of work, so the plan keeps its finish. The client believes
    they moved it: the review's notes say it does not."""
    document = window.document
    was = document.schedule[21].finish
    workbook = _returned(document.path, tmp_path, core=21)
    told: list[str] = []

    def ask(cls, parent, items, project, notes=()):  # type: ignore[no-untyped-def]
        told.extend(notes)
        return []

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: workbook))
    window.action_collection["import_plan"].trigger()
    typed = (was + timedelta(days=7)).strftime("%Y-%m-%d %H:%M")
    assert (
        f"'Core CRM configuration': the Finish typed, {typed}, changes nothing on the task's "
        f"working time; it keeps its Finish {was:%Y-%m-%d %H:%M}"
    ) in told


def test_s27wr_a_typed_finish_that_clashes_is_left_unticked(window, qtbot, tmp_path, monkeypatch):
    """The PM lengthened ERP integration after the export: the client's typed Finish
    clashes, so its row is flagged and left unticked, as any clash."""
    from dataclasses import replace as changed

    document = window.document
    workbook = _returned(document.path, tmp_path)
    task = document.plan.task(CORE)
    document.plan.update_task(changed(task, duration_minutes=task.duration_minutes + 480))
    seen: dict[str, object] = {}

    def ask(cls, parent, items, project, notes=()):  # type: ignore[no-untyped-def]
        dialog = cls(items, project, parent, notes)
        qtbot.addWidget(dialog)
        row = next(n for n in dialog.change_rows() if n.text(0).startswith("Finish"))
        seen["checked"] = row.checkState(0)
        seen["conflict"] = row.text(3)
        seen["impact"] = dialog.show_impact()
        return dialog.accepted_changes()

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: workbook))
    window.action_collection["import_plan"].trigger()
    assert seen["checked"] == Qt.CheckState.Unchecked
    assert seen["conflict"]  # the clash said
    assert str(seen["impact"]).startswith("Accepting the 1 ticked change: ")
