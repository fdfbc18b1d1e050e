"""A register's own fields (category, response strategy, raised / next review / closed
dates, residual probability and impact) are kept in the .gantry file (schema v43), compared
by gantry diff, set by gantry risk and shown in the Risks view once a risk has one; closing
a risk dates it."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.risk import RiskResponse, RiskStatus
from app.store.document import read_plan, write_plan
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.risk_model import RiskColumn
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _registered(plan):
    risk = replace(
        plan.risk(1),
        category="Supplier",
        response=RiskResponse.TRANSFER,
        raised=date(2026, 2, 2),
        next_review=date(2026, 3, 16),
        residual_probability=0.1,
        residual_impact=4_000.0,
    )
    plan.update_risk(risk)
    return plan


def test_s29rk_fields_are_kept_and_compared(tmp_path):
    plan = _registered(build_plan())
    path = tmp_path / "r.gantry"
    write_plan(plan, path)
    back = read_plan(path).risk(1)
    assert back == plan.risk(1)
    assert back.residual_exposure == 400
    changed = replace(back, response=RiskResponse.ACCEPT, next_review=date(2026, 4, 1))
    other = read_plan(path)
    other.update_risk(changed)
    fields = {c.field: (c.old, c.new) for c in diff_plans(plan, other)}
    assert fields == {
        "response": ("TRANSFER", "ACCEPT"),
        "next_review": ("2026-03-16", "2026-04-01"),
    }


def test_s29rk_cli_sets_fields_and_close_dates_the_risk(tmp_path, capsys):
    path = tmp_path / "p.gantry"
    shutil.copy(DEMO, path)
    args = ["risk", "edit", str(path), "--risk", "R-02", "--category", "Supplier"]
    args += ["--response", "Transfer", "--raised", "01.02.2027", "--next-review", "2027-03-01"]
    args += ["--residual-probability", "10", "--residual-impact", "5000"]
    assert main(args) == 0
    assert main(["risk", "close", str(path), "--risk", "R-02"]) == 0
    risk = read_plan(path).risk(2)
    assert (risk.category, risk.response, risk.raised) == (
        "Supplier",
        RiskResponse.TRANSFER,
        date(2027, 2, 1),
    )
    assert risk.closed_on == date.today()
    assert main(["risk", "edit", str(path), "--risk", "R-02", "--status", "open"]) == 0
    assert read_plan(path).risk(2).closed_on is None  # reopened: no closed date
    capsys.readouterr()
    assert main(["risks", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    second = data["risks"][1]
    assert second["residual_exposure"] == 500
    assert second["response"] == "transfer"
    assert main(["risk", "edit", str(path), "--risk", "R-02", "--raised", "31.02.2027"]) == 1
    assert "--raised '31.02.2027' is not a date" in capsys.readouterr().err


def test_s29rk_view_shows_used_register_columns_and_closing_dates(qtbot):
    window = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("risks")
    view = window.views["risks"]
    assert view.table.isColumnHidden(RiskColumn.CLOSED)  # no risk closed yet
    model = view.model
    assert model.setData(model.index(0, RiskColumn.STATUS), "closed", Qt.ItemDataRole.EditRole)
    assert window.document.plan.risk(1).closed_on == date.today()
    assert not view.table.isColumnHidden(RiskColumn.CLOSED)
    assert model.index(0, RiskColumn.CLOSED).data() == date.today().isoformat()
    view.show_register_column(RiskColumn.RESPONSE)
    assert model.setData(model.index(0, RiskColumn.RESPONSE), "avoid", Qt.ItemDataRole.EditRole)
    assert model.index(0, RiskColumn.RESPONSE).data() == "Avoid"
    assert not model.setData(
        model.index(0, RiskColumn.RESPONSE), "ignore", Qt.ItemDataRole.EditRole
    )
    assert "is not a response strategy" in view.message.text()
    assert model.setData(
        model.index(0, RiskColumn.RESIDUAL_PROBABILITY), "10", Qt.ItemDataRole.EditRole
    )
    assert model.index(0, RiskColumn.RESIDUAL_EXPOSURE).data() == "€1,000"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.plan.risk(1).status is RiskStatus.OPEN
    assert window.document.plan.risk(1).closed_on is None
    window.close()


def test_s29rk_the_risks_sheet_carries_the_fields_and_reads_a_clients_edit(tmp_path, capsys):
    import openpyxl

    path = tmp_path / "p.gantry"
    shutil.copy(DEMO, path)
    args = ["risk", "edit", str(path), "--risk", "R-02", "--response", "mitigate"]
    assert main([*args, "--raised", "2027-01-15", "--residual-probability", "10"]) == 0
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(path), str(book)]) == 0
    capsys.readouterr()
    assert main(["diff", str(path), str(book)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
    wb = openpyxl.load_workbook(book)
    ws = wb["Risks"]
    header = [c.value for c in ws[1]]
    assert ws.cell(3, header.index("Raised") + 1).value == "2027-01-15"
    ws.cell(3, header.index("Response") + 1).value = "Accept"
    ws.cell(3, header.index("Next review") + 1).value = "31.03.2027"
    wb.save(book)
    assert main(["diff", str(path), str(book), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    got = {(c["field"], c["old"], c["new"]) for c in changes if c["entity"] == "risk"}
    assert got == {("response", "MITIGATE", "ACCEPT"), ("next_review", None, "2027-03-31")}
    ws.cell(3, header.index("Response") + 1).value = "Ignore"
    wb.save(book)
    assert main(["diff", str(path), str(book)]) == 1
    assert "Risks!M3: 'Ignore' is not a response strategy" in capsys.readouterr().err
