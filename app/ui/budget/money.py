"""Money as the user reads it: the project currency in the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def money(symbol: str, value: float, locale: QLocale | None = None) -> str:
    """Amount in the project currency, formatted for the user's locale.

    The C locale (tests, servers) gets a neutral ``€8,500.00`` / ``-€12.50``.
    """
    loc = locale if locale is not None else QLocale()
    if loc.language() != QLocale.Language.C:
        return loc.toCurrencyString(value, symbol)
    sign = "-" if value < -0.005 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"
