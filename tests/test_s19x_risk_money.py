"""Risk money reads the same everywhere: the register, its total line and the status report
show whole units of the currency (one constant, app.domain.risk.RISK_DIGITS), the Budget
view's risk reserve card the same amount in cents as its other figures, and on-screen
amounts follow the locale in force when shown."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain import risk as risk_domain
from app.domain.project import Project, SymbolPosition
from app.domain.risk import Risk
from app.report import status_tables
from app.ui.app import Session
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _window(qtbot):
    plan = build_plan()
    plan.risks.append(Risk(91, "Supplier late", 0.35, 15_000.0, contingency=1_234.56))
    plan.risks.append(Risk(92, "Spec churn", 0.3, 1_234.55, contingency=100.2))
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    return window


def test_s19x_budget_reserve_card_reads_as_the_risk_register(qtbot):
    window = _window(qtbot)
    window.show_view("risks")
    total_line = window.views["risks"].total.text()
    assert "Contingency reserve: €1,335" in total_line
    window.show_view("budget")
    card = window.views["budget"].cards["reserve"]
    # the same reserve, in the Budget view's cents since 6febef72/c46f35f2 (tester s31xf:
    # every other Budget figure has cents): 1,234.56 + 100.20
    assert card.value.text() == "€1,334.76"
    # The tooltip's exposure is the register's whole-unit exposure too.
    assert "probability x impact: €8,620)" in card.toolTip()  # 3000 + 5250 + 370.365
    window.close()


def test_s19x_risk_digits_is_one_constant():
    assert status_tables.RISK_DIGITS is risk_domain.RISK_DIGITS


def test_s19x_money_follows_a_locale_set_after_start():
    euros = Project(currency_symbol="€", currency_symbol_position=SymbolPosition.AFTER_SPACE)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert money(euros, 8500.5) == "8.500,50 €"
        QLocale.setDefault(QLocale("en_US"))
        assert money(euros, 8500.5) == "8,500.50 €"
    finally:
        QLocale.setDefault(before)
