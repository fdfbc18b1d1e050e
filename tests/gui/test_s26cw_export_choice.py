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
