"""The Budget printout ends with the project's total row (the figures of the view's cards,
as MS Project's Cost table ends with the project summary row), in bold, then the risk
reserve of the risks not closed and the budget plus that reserve."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPdfWriter

from app.domain.risk import contingency_reserve
from app.formats import read_plan
from app.report import render
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.printing import actions

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def test_s19mo_budget_printout_ends_with_the_total_and_the_reserve(qtbot, tmp_path):
    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    doc = Document(read_plan(DEMO))
    window = MainWindow(doc, Session(Settings(settings)))
    qtbot.addWidget(window)
    window.show_view("budget")
    title, headers, rows = actions.current_table(window)
    project = doc.plan.project
    costs = doc.costs
    total, reserve, plus = rows[-3:]
    assert isinstance(total, render.BoldRow)
    assert total[0] == "Project total"
    assert total[headers.index("Budget")] == money(project, costs.budget)
    assert total[headers.index("Forecast")] == money(project, costs.total_cost)
    assert total[headers.index("Actual")] == money(project, costs.total_actual_cost)
    assert total[headers.index("EAC")] != ""
    assert reserve[0] == "Risk reserve: contingency of the 6 risks not closed"
    assert reserve[headers.index("Budget")] == money(project, 55000)
    assert plus[headers.index("Budget")] == money(
        project, costs.budget + contingency_reserve(doc.plan.risks)
    )
    assert not isinstance(reserve, render.BoldRow)
    writer = QPdfWriter(str(tmp_path / "budget.pdf"))
    assert render.render_table(writer, title, headers, rows, project=project.name) >= 1
    window.close()
