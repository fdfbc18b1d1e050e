"""A risk's status reads the same wherever it is shown: the Risks view, its printout, the
client workbook's Risks sheet and the status report's risk table said 'Open' in three of
them and 'open' in the status report."""

from __future__ import annotations

from datetime import datetime

from app.domain.risk import Risk, RiskStatus
from app.domain.status_report import gather_status
from app.io.register_sheets import status_shown
from app.report.render import BoldRow
from app.report.status_tables import risk_table
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def test_s18st_status_report_shows_a_risks_status_as_the_risks_view(qtbot):
    plan = build_plan()
    plan.risks.append(Risk(91, "Supplier late", 0.35, 15_000.0, owner="Ana"))
    plan.risks.append(
        Risk(92, "Spec churn", 0.3, 1_000.0, owner="Ben", status=RiskStatus.MITIGATING)
    )
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    window.show_view("risks")
    _title, headers, rows = actions.current_table(window)
    status = headers.index("Status")
    printed = {row[1]: row[status] for row in rows if not isinstance(row, BoldRow)}
    doc = window.document
    report = gather_status(doc.plan, doc.schedule, doc.costs, datetime(2026, 3, 10))
    in_report = {row[0]: row[-1] for row in risk_table(report).rows}
    assert in_report == printed
    assert in_report["Supplier late"] == "Open"
    assert in_report["Spec churn"] == "Mitigating"
    assert [status_shown(s) for s in RiskStatus] == [s.label for s in RiskStatus]
    window.close()
