"""Money on screen: as the project shows it, with the separators of the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.money import format_money
from app.domain.project import Project


def money(
    project: Project, value: float, locale: QLocale | None = None, *, digits: int | None = None
) -> str:
    """``value`` in the project's currency: its symbol, position and decimals
    (app.domain.money.format_money), the locale's thousands and decimal separators.

    The C locale (tests, servers) gets ``€8,500.00`` / ``-€12.50``; ``digits``
    overrides the project's decimals for a whole-number summary.
    """
    loc = locale if locale is not None else QLocale()
    return format_money(
        value, project, digits=digits, group=loc.groupSeparator(), decimal=loc.decimalPoint()
    )
