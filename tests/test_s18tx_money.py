"""Amounts on screen take the user's separators (read once) or those of a locale given."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.project import Project, SymbolPosition
from app.ui.budget.money import money


def test_s18tx_amounts_take_the_user_s_separators_or_the_locale_s_given():
    euros = Project(currency_symbol="€", currency_symbol_position=SymbolPosition.AFTER_SPACE)
    user = QLocale()
    group, decimal = user.groupSeparator(), user.decimalPoint()
    assert money(euros, 8500.5) == f"8{group}500{decimal}50 €"
    assert money(euros, 8500.5, QLocale("de_DE")) == "8.500,50 €"
    assert money(euros, -12.5, QLocale("en_US")) == "-12.50 €"
    assert money(euros, 8499.6, QLocale("de_DE"), digits=0) == "8.500 €"
