"""File > Export… to a workbook offers "Work and Remaining Work columns" (the window's
``gantry convert --work``): ticked, the Plan sheet carries both columns in the plan's hours;
unticked, neither. The tick is remembered as the dialog's other choices are. Figures hand
computed on tests/s31bd_plan.py (Design 40h done, Build 40h at 40 %)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.io.excel_export_choice import CLIENT_HANDOFF, FULL_EXPORT
from app.ui import settings as keys
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_export
from app.ui.exchange.export_choice_dialog import ExportChoiceDialog
from tests.s31bd_plan import sprint_plan

EXPECTED = {"Sprint": (80, 24), "Design": (40, 0), "Build": (40, 24)}


def _plan_sheet(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    rows = list(load_workbook(path)["Plan"].iter_rows(values_only=True))
    return [str(t) for t in rows[0]], rows[1:]


def _export(qtbot, monkeypatch, tmp_path, tick: bool) -> tuple[Path, list[bool], QWidget, Document]:
    """run_export with the real dialog, its Work box set to ``tick`` and Export pressed: the
    file, the box as each dialog opened, the window and the plan (to export again)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.settings = keys.Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    target = tmp_path / "po.xlsx"
    monkeypatch.setattr(
        ExchangeDialogs, "export_path", classmethod(lambda cls, p, s, folder=None: target)
    )
    monkeypatch.setattr(ExchangeDialogs, "notice", classmethod(lambda cls, p, m: None))
    opened: list[bool] = []

    def press_export(cls, p, choice, table=False):  # the dialog as ask builds it, Export pressed
        dialog = cls(choice, p, table)
        qtbot.addWidget(dialog)
        opened.append(dialog.work.isChecked())
        dialog.work.setChecked(tick)
        return dialog.choice()

    # tests/conftest.py answers the dialog unasked; here the real one is built and ticked
    monkeypatch.setattr(ExportChoiceDialog, "ask", classmethod(press_export))
    document = Document(sprint_plan())
    assert run_export(parent, document) == target
    return target, opened, parent, document


def test_s31wx_ticked_the_workbook_has_work_and_remaining_work(qtbot, monkeypatch, tmp_path):
    target, opened, parent, document = _export(qtbot, monkeypatch, tmp_path, tick=True)
    assert opened == [False]  # never asked before: the workbook as before
    header, rows = _plan_sheet(target)
    work, left, name = header.index("Work"), header.index("Remaining Work"), header.index("Task")
    assert {str(r[name]).strip(): (r[work], r[left]) for r in rows} == EXPECTED
    # remembered: the next export's dialog opens ticked
    run_export(parent, document)
    assert opened == [False, True]


def test_s31wx_unticked_the_workbook_has_neither(qtbot, monkeypatch, tmp_path):
    target, _opened, _parent, _document = _export(qtbot, monkeypatch, tmp_path, tick=False)
    header, _rows = _plan_sheet(target)
    assert "Work" not in header
    assert "Remaining Work" not in header


def test_s31wx_the_box_has_a_key_and_a_tip_and_survives_the_presets(qtbot):
    dialog = ExportChoiceDialog(FULL_EXPORT)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.work.isVisible()
    assert dialog.work.text() == "&Work and Remaining Work columns"
    assert "not taken back" in dialog.work.toolTip()
    dialog.work.setChecked(True)
    dialog.set_choice(CLIENT_HANDOFF)  # set_choice is the kept choice: as it says
    assert dialog.choice().work is False
    dialog.work.setChecked(True)
    dialog._preset(CLIENT_HANDOFF)  # a preset button leaves the added columns as ticked
    assert dialog.choice().work is True
    assert dialog.choice().team is False
    dialog.close()


def test_s31wx_a_csv_has_no_work_box(qtbot):
    from dataclasses import replace

    dialog = ExportChoiceDialog(replace(FULL_EXPORT, work=True), table=True)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert not dialog.work.isVisible()
    assert dialog.choice().work is False
    dialog.close()
