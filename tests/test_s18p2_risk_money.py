"""A risk's money read €15,000.00 in the status report's risk table and €15,000 in the Risks
printout (the register's sheet): one rule now, the register's. A risk's impact is an
estimate, typed and shown in whole units of the project's currency (format_money with no
decimals), and so is its exposure, wherever it is printed."""

from __future__ import annotations

from datetime import datetime

from app.domain.risk import Risk
from app.domain.status_report import gather_status
from app.report.render import BoldRow
from app.report.status_tables import risk_table
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _plan():
    plan = build_plan()
    plan.risks.append(Risk(91, "Supplier late", 0.35, 15_000.0, owner="Ana"))
    plan.risks.append(Risk(92, "Spec churn", 0.3, 1_234.55, owner="Ben"))  # exposure 370.365
    return plan


def test_s18p2_status_report_risk_money_is_the_risks_printout(qtbot):
    plan = _plan()
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    window.show_view("risks")
    _title, headers, rows = actions.current_table(window)
    title, impact = headers.index("Risk"), headers.index("Impact")
    exposure = headers.index("Exposure")
    printed = {
        row[title]: (row[impact], row[exposure]) for row in rows if not isinstance(row, BoldRow)
    }
    doc = window.document
    report = gather_status(doc.plan, doc.schedule, doc.costs, datetime(2026, 3, 10))
    table = risk_table(report)
    in_report = {row[0]: (row[2], row[3]) for row in table.rows}
    assert in_report == printed
    assert in_report["Supplier late"] == ("€15,000", "€5,250")
    assert in_report["Spec churn"] == ("€1,235", "€370")
    window.close()
