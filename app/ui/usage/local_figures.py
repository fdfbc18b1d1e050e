"""The Usage view's figures in the user's locale: ``1.234,5h`` and ``1.200,00 €`` in German,
``1,234.5h`` and ``€1,200.00`` in American English, as the Team and Budget views write
money (app/ui/budget/money.py). The locale is asked for each figure, so a locale changed
while the plan is open shows at the next repaint (app/ui/locale_follow.py).

The rule is app.report.locale_numbers.usage_figure, which the command line's usage table
takes too; this only asks Qt's locale for its marks."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.usage_details import PERCENT, percent_text
from app.domain.usage_tree import UsageTree
from app.report.locale_numbers import local_figure, locale_marks, usage_figure


def figure_text(tree: UsageTree, value: float, unit: str, locale: QLocale | None = None) -> str:
    """``tree.text(value, unit)`` with the separators of ``locale`` (the user's when None):
    money as the other views show it; work or a material's quantity with the locale's
    group and decimal marks in its number, its unit as it is; Peak Units as ``150%``."""
    if unit == PERCENT:
        return local_figure(percent_text(value), locale_marks(locale))
    return usage_figure(tree, value, unit, locale_marks(locale))
