"""The Usage view's figures in the user's locale: ``1.234,5h`` and ``1.200,00 €`` in German,
``1,234.5h`` and ``€1,200.00`` in American English, as the Team and Budget views write
money (app/ui/budget/money.py). The locale is asked for each figure, so a locale changed
while the plan is open shows at the next repaint (app/ui/locale_follow.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.usage_tree import MONEY, UsageTree
from app.ui.budget.money import money

_NUMBER = frozenset("-0123456789,.")


def figure_text(tree: UsageTree, value: float, unit: str, locale: QLocale | None = None) -> str:
    """``tree.text(value, unit)`` with the separators of ``locale`` (the user's when None):
    money as the other views show it; work or a material's quantity with the locale's
    group and decimal marks in its number, its unit as it is."""
    if unit == MONEY:
        return money(tree.project, value, locale)
    text = tree.text(value, unit)  # "1,234.5h", "12.0 t"
    locale = locale or QLocale()
    group, decimal = locale.groupSeparator(), locale.decimalPoint()
    if group == "," and decimal == ".":
        return text
    end = 0
    while end < len(text) and text[end] in _NUMBER:
        end += 1
    number = text[:end].translate({ord(","): group, ord("."): decimal})
    return number + text[end:]
