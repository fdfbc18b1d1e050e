"""Money on screen: as the project shows it, with the separators of the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.money import format_money
from app.domain.project import Project

# The user's thousands and decimal separators, read once: a sheet shows thousands of
# amounts, and a QLocale made and asked for each was half of what one took (3.5 -> 1.6 µs).
# The application never changes the default locale (QLocale.setDefault) once it runs.
_GROUP = QLocale().groupSeparator()
_DECIMAL = QLocale().decimalPoint()


def money(
    project: Project, value: float, locale: QLocale | None = None, *, digits: int | None = None
) -> str:
    """``value`` in the project's currency: its symbol, position and decimals
    (app.domain.money.format_money), the locale's thousands and decimal separators
    (the user's locale when ``locale`` is None).

    The C locale (tests, servers) gets ``€8,500.00`` / ``-€12.50``; ``digits``
    overrides the project's decimals for a whole-number summary.
    """
    if locale is None:
        group, decimal = _GROUP, _DECIMAL
    else:
        group, decimal = locale.groupSeparator(), locale.decimalPoint()
    return format_money(value, project, digits=digits, group=group, decimal=decimal)
