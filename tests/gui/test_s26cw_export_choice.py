"""File > Export… to a workbook asks what the client workbook carries, and remembers it."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings

from app import formats
from app.io.excel_export_choice import CLIENT_HANDOFF, FULL_EXPORT, ExportChoice, PeopleShown
from app.ui import settings as keys
from app.ui.exchange.actions import ExchangeDialogs, run_export
from app.ui.exchange.export_choice_dialog import (
    ExportChoiceDialog,
    choice_from_text,
    choice_text,
)

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def test_s26cw_the_dialog_shows_the_presets_and_reads_back_its_boxes(qtbot):
    dialog = ExportChoiceDialog(FULL_EXPORT)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.choice() == FULL_EXPORT  # the default keeps today's full export
    assert "whole plan" in dialog.summary.text()
    dialog.set_choice(CLIENT_HANDOFF)
    assert dialog.choice().keeps_costs is False
    assert dialog.choice() == replace(CLIENT_HANDOFF, costs=False)
    assert not dialog.team.isChecked()
    assert not dialog.risks.isChecked()
    assert dialog.roundtrip.isChecked()
    assert "rates and costs" in dialog.summary.text()
    # names only sends no rates: the costs box is greyed and unticked, and comes back
    dialog.set_choice(FULL_EXPORT)
    dialog.people.setCurrentIndex(dialog.people.findData(PeopleShown.NAMES.value))
    assert not dialog.costs.isEnabled()
    assert not dialog.costs.isChecked()
    assert dialog.choice().keeps_costs is False
    dialog.people.setCurrentIndex(dialog.people.findData(PeopleShown.ALL.value))
    assert dialog.costs.isEnabled()
    assert dialog.costs.isChecked()
    dialog.risks.setChecked(False)
    dialog.roundtrip.setChecked(False)
    assert dialog.choice() == ExportChoice(risks=False, roundtrip=False)
    assert "plan of its own" in dialog.summary.text()


def test_s26cw_the_choice_is_kept_as_text():
    for choice in (
        FULL_EXPORT,
        CLIENT_HANDOFF,
        ExportChoice(notes=False, people=PeopleShown.ON_TASKS),
    ):
        assert choice_from_text(choice_text(choice)) == choice
    assert choice_from_text("") == FULL_EXPORT
    assert choice_from_text("team=maybe,people=nobody,costs=0") == ExportChoice(costs=False)


def test_s26cw_file_export_sends_the_choice_and_remembers_it(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    from app.ui.document import Document

    document = Document(formats.read_plan(DEMO))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.settings = keys.Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    target = tmp_path / "client.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    offered: list[ExportChoice] = []

    def answer(cls, p, choice):
        offered.append(choice)
        return CLIENT_HANDOFF

    monkeypatch.setattr(ExportChoiceDialog, "ask", classmethod(answer))
    monkeypatch.setattr(ExchangeDialogs, "notice", classmethod(lambda cls, p, m: None))
    assert run_export(parent, document) == target
    assert offered == [FULL_EXPORT]  # the first time: everything, as before
    with zipfile.ZipFile(target) as z:
        text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "northwind.example" not in text  # no staff e-mail, even in _gantry
    back = formats.read_plan(target)
    assert back.risks == []
    assert all(r.standard_rate == 0 for r in back.resources)
    # the next export starts from this one's choice
    assert run_export(parent, document) == target
    assert offered[-1] == CLIENT_HANDOFF
    # Cancel in the dialog: nothing is written
    target.unlink()
    monkeypatch.setattr(ExportChoiceDialog, "ask", classmethod(lambda cls, p, c: None))
    assert run_export(parent, document) is None
    assert not target.exists()


def test_s26cw_a_returned_handoff_reviewed_into_the_plan_keeps_its_rates(
    qtbot, monkeypatch, tmp_path
):
    """File > Import of the client's copy: the review lists the client's edit and says what
    the workbook did not carry; applied, the plan keeps its people, rates and risks."""
    import openpyxl

    from app.io.excel_export import write_workbook
    from app.ui.document import Document
    from app.ui.exchange.actions import run_import
    from app.ui.exchange.review_dialog import ReviewChangesDialog

    plan = formats.read_plan(DEMO)
    document = Document(formats.read_plan(DEMO))
    path = tmp_path / "returned.xlsx"
    write_workbook(plan, path, choice=CLIENT_HANDOFF)
    task = next(t for t in plan.tasks if plan.assignments_of_task(t.uid) and not t.milestone)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    titles = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == task.uid)
    ws.cell(row, titles.index("Duration") + 1).value = "13d"
    book.save(path)
    seen: dict[str, object] = {}

    def review(cls, parent, items, project, notes=()):
        seen["fields"] = [(i.change.entity, i.change.uid) for i in items]
        seen["notes"] = list(notes)
        return [i.change for i in items]  # Apply all

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    with qtbot.waitSignal(document.sig_schedule_changed):
        assert run_import(None, document) is None
    assert seen["fields"] == [("task", task.uid)]
    assert any("client hand-off" in n for n in seen["notes"])
    after = document.plan
    assert after.task(task.uid).duration_minutes == 13 * plan.project.minutes_per_day
    assert after.resources == plan.resources
    assert after.risks == plan.risks
    assert after.calendars == plan.calendars


def test_s26cw_the_windows_file_export_asks_and_remembers(session, qtbot, monkeypatch, tmp_path):
    """File > Export… in the main window: the choice is asked after the file name, the
    workbook carries only it, and the window's settings keep it for the next export."""
    import shutil

    source = tmp_path / "crm.gantry"
    shutil.copy(DEMO, source)
    window = session.open_path(source)
    assert window is not None
    qtbot.addWidget(window)
    workbook = tmp_path / "for client.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: workbook)
    )
    offered: list[ExportChoice] = []

    def answer(cls, parent, choice):
        offered.append(choice)
        return replace(CLIENT_HANDOFF, roundtrip=False)

    monkeypatch.setattr(ExportChoiceDialog, "ask", classmethod(answer))
    window.action_collection["export_plan"].trigger()
    assert workbook.exists()
    with zipfile.ZipFile(workbook) as z:
        assert "_gantry" not in "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "without" in window.statusBar().currentMessage()  # what was left out, said
    window.action_collection["export_plan"].trigger()
    assert offered == [FULL_EXPORT, replace(CLIENT_HANDOFF, roundtrip=False)]
    window.close()
