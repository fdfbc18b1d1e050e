"""File > Export… to a CSV asks what the task table carries (costs, notes), with the
workbook's dialog and its Client hand-off preset; it wrote Fixed cost, Cost and Notes
whatever the PM wanted to send."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QSettings

from app import formats
from app.io.excel_export_choice import CLIENT_HANDOFF, FULL_EXPORT, ExportChoice
from app.ui import settings as keys
from app.ui.exchange.actions import ExchangeDialogs, run_export
from app.ui.exchange.export_choice_dialog import ExportChoiceDialog, choice_from_text

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def test_s26ex_the_csv_dialog_offers_costs_and_notes_only(qtbot, tmp_path):
    dialog = ExportChoiceDialog(FULL_EXPORT, table=True)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.windowTitle() == "Export CSV"
    assert dialog.costs.isVisible()
    assert dialog.notes.isVisible()
    for widget in (dialog.team, dialog.risks, dialog.people, dialog.roundtrip):
        assert not widget.isVisible()
    assert dialog.choice() == FULL_EXPORT
    dialog.set_choice(CLIENT_HANDOFF)  # the preset: no costs, no notes, nothing else to drop
    assert dialog.choice() == ExportChoice(costs=False, notes=False)
    assert not dialog.costs.isChecked()
    assert dialog.costs.isEnabled()
    assert "rates and costs" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "csv_choice.png"))


def test_s26ex_file_export_to_csv_leaves_the_columns_out(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    from app.ui.document import Document

    document = Document(formats.read_plan(DEMO))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.settings = keys.Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    parent.settings.set(keys.EXPORT_CHOICE, "team=0,risks=0")
    target = tmp_path / "client.csv"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    asked: list[tuple[ExportChoice, bool]] = []

    def answer(cls, p, choice, table=False):
        asked.append((choice, table))
        return ExportChoice(costs=False, notes=False)

    monkeypatch.setattr(ExportChoiceDialog, "ask", classmethod(answer))
    monkeypatch.setattr(ExchangeDialogs, "notice", classmethod(lambda cls, p, m: None))
    assert run_export(parent, document) == target
    assert asked == [(ExportChoice(team=False, risks=False), True)]
    with target.open(encoding="utf-8-sig", newline="") as fh:
        titles = next(csv.reader(fh))
    assert "Notes" not in titles
    assert not any(t.startswith(("Cost", "Fixed cost")) for t in titles)
    # the workbook's own boxes stay as they were; the CSV's two are remembered
    kept = choice_from_text(parent.settings.get(keys.EXPORT_CHOICE))
    assert kept == ExportChoice(team=False, risks=False, costs=False, notes=False)
