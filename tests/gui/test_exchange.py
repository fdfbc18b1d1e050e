"""Review changes and column mapping dialogs, and the import/export actions, through undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import inspect_workbook, read_roundtrip_workbook, sheet_rows
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_export, run_import
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.unit.excel_plans import sample_plan


def _edit(path: Path, edits: list[tuple[int, str, object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    for row, title, value in edits:
        ws.cell(row=row, column=header.index(title) + 1).value = value
    wb.save(path)


@pytest.fixture
def client_copy(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path)
    _edit(path, [(4, "Task", "Peer review"), (5, "Duration", "15d"), (5, "% Complete", 0.5)])
    return path


def test_review_accept_some_reject_some_is_one_undo_step(
    qtbot, monkeypatch, client_copy: Path
) -> None:
    document = Document(sample_plan())
    original = copy_plan(document.plan)
    shown: list[ReviewChangesDialog] = []

    def review(cls, parent, items, project, notes=()):
        dialog = ReviewChangesDialog(items, project, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        fields = [i.change.field for i in items]
        assert fields == ["name", "duration_minutes", "percent_complete"]
        dialog.set_accepted(fields.index("name"), False)  # reject the rename
        return dialog.accepted_changes()

    monkeypatch.setattr(
        ExchangeDialogs, "import_path", classmethod(lambda cls, parent: client_copy)
    )
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    with qtbot.waitSignal(document.sig_schedule_changed):
        assert run_import(None, document) is None
    plan = document.plan
    assert plan.task(3).name == "Review"
    assert plan.task(4).duration_minutes == 7200
    assert plan.task(4).percent_complete == 50
    assert document.schedule[4].duration_minutes == 7200  # rescheduled
    stack = document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Apply client changes"
    stack.undo()
    assert diff_plans(original, document.plan) == []
    stack.redo()
    assert document.plan.task(4).duration_minutes == 7200
    assert document.plan.task(3).name == "Review"


def test_conflicts_are_flagged_and_left_unticked(qtbot, client_copy: Path) -> None:
    ours = sample_plan()
    ours.update_task(replace(ours.task(4), duration_minutes=9600))
    trip = read_roundtrip_workbook(client_copy)
    items = three_way(trip.base, trip.theirs, ours)
    dialog = ReviewChangesDialog(items, ours.project)
    qtbot.addWidget(dialog)
    rows = dialog.change_rows()
    conflict = [r for r, i in zip(rows, items, strict=True) if i.conflict]
    assert len(conflict) == 1
    assert conflict[0].text(1) == "20d"  # the value here now
    assert conflict[0].text(2) == "15d"
    assert "also changed here" in conflict[0].text(3)
    assert [c.field for c in dialog.accepted_changes()] == ["name", "percent_complete"]
    dialog.set_all(True)
    assert len(dialog.accepted_changes()) == 3


def test_no_changes_says_so(qtbot, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "same.xlsx"
    write_plan(sample_plan(), path)
    document = Document(sample_plan())
    told: list[str] = []
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(
        ExchangeDialogs, "info", classmethod(lambda cls, parent, msg: told.append(msg))
    )
    assert run_import(None, document) is None
    assert told == ["same.xlsx holds no changes to this plan."]
    assert document.undo_stack.count() == 0


def _client_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    for row in (
        ["Acme roll-out"],
        [],
        ["Activity", "Span", "Begin", "After"],
        ["Spec", "2w", date(2026, 3, 2), None],
        ["Build", "10", None, "1"],
    ):
        ws.append(row)
    wb.save(path)
    return path


def test_mapping_dialog_shows_the_guess_and_can_be_changed(qtbot, tmp_path: Path) -> None:
    path = _client_sheet(tmp_path / "acme.xlsx")
    info = inspect_workbook(path)
    dialog = ColumnMappingDialog(info, lambda name: sheet_rows(path, name))
    qtbot.addWidget(dialog)
    assert dialog.sheet_box.currentText() == "Schedule"
    assert dialog.header_spin.value() == 3
    mapping = dialog.mapping()
    assert mapping is not None
    assert mapping.columns == {"name": 0, "start": 2, "predecessors": 3}
    # "Span" is not a known title: the user maps it
    dialog.set_field_column("duration", 1)
    mapping = dialog.mapping()
    assert mapping is not None
    assert mapping.columns["duration"] == 1
    assert mapping.duration_unit is None  # guessed from the dates at import
    dialog.set_duration_unit("w")
    assert dialog.unit_box.currentText() == "weeks"
    assert dialog.mapping().duration_unit == "w"
    assert dialog.preview.item(0, 0).text() == "Activity"


def test_import_of_a_client_sheet_returns_a_new_plan(qtbot, monkeypatch, tmp_path: Path) -> None:
    path = _client_sheet(tmp_path / "acme.xlsx")
    document = Document(sample_plan())

    def choose(cls, parent, p, info):
        dialog = cls(info, lambda name: sheet_rows(p, name))
        qtbot.addWidget(dialog)
        dialog.set_field_column("duration", 1)
        return dialog.mapping()

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(choose))
    plan = run_import(None, document)
    assert plan is not None
    assert [t.name for t in plan.tasks] == ["Spec", "Build"]
    assert [t.duration_minutes for t in plan.tasks] == [4800, 4800]
    assert [lk.key for lk in plan.links] == [(1, 2)]
    assert document.undo_stack.count() == 0


def test_failed_import_shows_one_message_and_changes_nothing(
    qtbot, monkeypatch, client_copy: Path
) -> None:
    _edit(client_copy, [(5, "Start", "next week")])
    document = Document(sample_plan())
    errors: list[str] = []
    monkeypatch.setattr(
        ExchangeDialogs, "import_path", classmethod(lambda cls, parent: client_copy)
    )
    monkeypatch.setattr(
        ExchangeDialogs, "error", classmethod(lambda cls, parent, msg: errors.append(msg))
    )
    assert run_import(None, document) is None
    assert errors == ["Plan!F5: 'next week' is not a date"]
    assert diff_plans(sample_plan(), document.plan) == []
    assert document.undo_stack.count() == 0


def test_export_writes_the_workbook(qtbot, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    document = Document(sample_plan())
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, parent, s, folder=None: target)
    )
    assert run_export(None, document) == target
    assert diff_plans(document.plan, read_plan(target)) == []
    assert not list(tmp_path.glob(".*partial*"))


def test_csv_import_goes_through_the_mapping_dialog(qtbot, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("What;Span;Owner\nDraft;3;Ana\nSend;1;Ben\n", encoding="utf-8")
    asked: list[str] = []

    def choose(cls, parent, p, info, load_rows=None):
        dialog = cls(info, load_rows)
        qtbot.addWidget(dialog)
        asked.append(dialog.sheet_box.currentText())
        dialog.set_field_column("name", 0)
        dialog.set_field_column("duration", 1)
        dialog.set_field_column("resources", 2)
        return dialog.mapping()

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(choose))
    plan = run_import(None, Document(sample_plan()))
    assert asked == ["list"]
    assert plan is not None
    assert [(t.name, t.duration_minutes) for t in plan.tasks] == [("Draft", 1440), ("Send", 480)]
    assert [r.name for r in plan.resources] == ["Ana", "Ben"]


def test_review_rows_read_like_the_task_table(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    write_plan(sample_plan(), path)
    _edit(path, [(7, "Start", date(2026, 3, 2)), (5, "Duration", "3w")])
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, sample_plan())
    dialog = ReviewChangesDialog(items, trip.base.project)
    qtbot.addWidget(dialog)
    shown = [(r.text(0), r.text(1), r.text(2)) for r in dialog.change_rows()]
    assert shown == [
        ("Duration", "10d", "15d"),
        ("Constraint Type", "As Soon As Possible", "Start No Earlier Than 2026-03-02 08:00"),
    ]
    assert dialog.tree.topLevelItem(0).text(0) == "Task: Build"


def test_read_only_plan_refuses_a_round_trip(qtbot, monkeypatch, client_copy: Path) -> None:
    class ReadOnlyFile:
        read_only = True
        path = Path("plan.gantry")

    document = Document(sample_plan(), ReadOnlyFile())
    errors: list[str] = []
    monkeypatch.setattr(
        ExchangeDialogs, "import_path", classmethod(lambda cls, parent: client_copy)
    )
    monkeypatch.setattr(
        ExchangeDialogs, "error", classmethod(lambda cls, parent, msg: errors.append(msg))
    )
    assert run_import(None, document) is None
    assert len(errors) == 1
    assert "read-only" in errors[0]
    assert document.undo_stack.count() == 0


def test_another_plans_workbook_opens_as_a_new_plan(qtbot, monkeypatch, client_copy: Path) -> None:
    document = Document(Plan(tasks=[Task(1, "Unrelated")]))
    monkeypatch.setattr(
        ExchangeDialogs, "import_path", classmethod(lambda cls, parent: client_copy)
    )
    plan = run_import(None, document)
    assert plan is not None
    assert plan.task(3).name == "Peer review"  # the client's copy, edits included
    assert document.undo_stack.count() == 0


def test_team_and_risk_edits_are_reviewed_and_undone_together(
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    wb["Team"]["F2"] = 65  # Ana's rate
    wb["Risks"]["I2"] = "closed"
    wb["Risks"].append([None, "Scope creep", 0.4, 2000])
    wb.save(path)
    document = Document(sample_plan())
    original = copy_plan(document.plan)
    listed: list[tuple[str, str]] = []

    def review(cls, parent, items, project, notes=()):
        listed.extend((i.change.entity, i.change.field or i.change.kind) for i in items)
        return [i.change for i in items]

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    with qtbot.waitSignal(document.sig_schedule_changed):
        run_import(None, document)
    assert sorted(listed) == [("resource", "standard_rate"), ("risk", "added"), ("risk", "status")]
    plan = document.plan
    assert plan.resource(1).standard_rate == 65
    assert [r.title for r in plan.risks] == ["-Late supplier", "Scope creep"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert diff_plans(original, document.plan) == []
